#include "cli_fixture.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

using thidua::test::DemoCliTest;
using thidua::test::Outcome;

namespace {

class EligibilityCommandTest : public DemoCliTest {
protected:
    Outcome eligibility(const QStringList& arguments) {
        return onDemo(QStringLiteral("eligibility"), arguments);
    }

    static QJsonArray rowsOf(const Outcome& outcome) {
        return QJsonDocument::fromJson(outcome.out.toUtf8()).array();
    }
};

} // namespace

TEST_F(EligibilityCommandTest, EveryPersonOfTheDemoIsJudgedWithReasonsAndCitations) {
    const Outcome all =
        eligibility({QStringLiteral("--year"), QStringLiteral("2025"), QStringLiteral("--all"),
                     QStringLiteral("--title"), QStringLiteral("LDTT"), QStringLiteral("--format"),
                     QStringLiteral("json")});
    ASSERT_EQ(all.exitCode, 0) << all.err.toStdString();
    const QJsonArray rows = rowsOf(all);
    ASSERT_FALSE(rows.isEmpty());
    int eligible = 0;
    int notEligible = 0;
    for (const QJsonValue& value : rows) {
        const QJsonObject row = value.toObject();
        EXPECT_EQ(row[QStringLiteral("subject")].toString(), QStringLiteral("person"));
        EXPECT_EQ(row[QStringLiteral("rule_set")].toString(), QStringLiteral("ND152"));
        const QString verdict = row[QStringLiteral("verdict")].toString();
        eligible += verdict == QStringLiteral("eligible") ? 1 : 0;
        notEligible += verdict == QStringLiteral("not_eligible") ? 1 : 0;
        for (const QJsonValue& reason : row[QStringLiteral("reasons")].toArray())
            EXPECT_FALSE(reason.toObject()[QStringLiteral("citation")].toString().isEmpty());
    }
    EXPECT_GT(eligible, 0);
    EXPECT_GT(notEligible, 0);
}

TEST_F(EligibilityCommandTest, APersonByNumberOrNameGetsEveryIndividualTitle) {
    const Outcome byId =
        eligibility({QStringLiteral("--year"), QStringLiteral("2025"), QStringLiteral("--person"),
                     QStringLiteral("1"), QStringLiteral("--format"), QStringLiteral("json")});
    ASSERT_EQ(byId.exitCode, 0) << byId.err.toStdString();
    const QJsonArray rows = rowsOf(byId);
    ASSERT_EQ(rows.size(), 7);
    const QString name = rows.first().toObject()[QStringLiteral("name")].toString();
    const Outcome byName =
        eligibility({QStringLiteral("--year"), QStringLiteral("2025"), QStringLiteral("--person"),
                     name, QStringLiteral("--title"), QStringLiteral("CSTDCS")});
    // Two people may share a name; then the command asks for a number.
    EXPECT_TRUE(byName.exitCode == 0 || byName.err.contains(QStringLiteral("1")))
        << byName.err.toStdString();
    if (byName.exitCode == 0) {
        EXPECT_TRUE(byName.out.contains(name));
    }
}

TEST_F(EligibilityCommandTest, TheRulesAreListedAndANumberIsSet) {
    const Outcome set =
        eligibility({QStringLiteral("--set-rule"), QStringLiteral("ND152:TTLDTT/tt.ldtt.count=75"),
                     QStringLiteral("--format"), QStringLiteral("json")});
    ASSERT_EQ(set.exitCode, 0) << set.err.toStdString();
    bool found = false;
    bool unverifiedShown = false;
    for (const QJsonValue& value : rowsOf(set)) {
        const QJsonObject rule = value.toObject();
        if (rule[QStringLiteral("rule")].toString() == QStringLiteral("ND152:TTLDTT/tt.ldtt")) {
            found = true;
            EXPECT_EQ(rule[QStringLiteral("count")].toInt(), 75);
        }
        unverifiedShown = unverifiedShown || !rule[QStringLiteral("verified")].toBool();
    }
    EXPECT_TRUE(found);
    EXPECT_TRUE(unverifiedShown);
    const Outcome wrong =
        eligibility({QStringLiteral("--set-rule"), QStringLiteral("ND152:TTLDTT/tt.ldtt.count")});
    EXPECT_EQ(wrong.exitCode, 2);
}

TEST_F(EligibilityCommandTest, ARuleIsAddedThenListed) {
    const Outcome added = eligibility(
        {QStringLiteral("--add-rule"), QStringLiteral("ND152:LDTT.months12"),
         QStringLiteral("--kind"), QStringLiteral("worked_months"), QStringLiteral("--count"),
         QStringLiteral("12"), QStringLiteral("--citation"), QStringLiteral("Quy chế của Bộ"),
         QStringLiteral("--unverified"), QStringLiteral("--format"), QStringLiteral("json")});
    ASSERT_EQ(added.exitCode, 0) << added.err.toStdString();
    bool found = false;
    for (const QJsonValue& value : rowsOf(added)) {
        const QJsonObject rule = value.toObject();
        if (rule[QStringLiteral("rule")].toString() != QStringLiteral("ND152:LDTT.months12"))
            continue;
        found = true;
        EXPECT_EQ(rule[QStringLiteral("kind")].toString(), QStringLiteral("worked_months"));
        EXPECT_EQ(rule[QStringLiteral("count")].toInt(), 12);
        EXPECT_FALSE(rule[QStringLiteral("verified")].toBool());
    }
    EXPECT_TRUE(found);
    const Outcome badKind = eligibility(
        {QStringLiteral("--add-rule"), QStringLiteral("ND152:LDTT.x"), QStringLiteral("--kind"),
         QStringLiteral("magic"), QStringLiteral("--citation"), QStringLiteral("Điều 24")});
    EXPECT_EQ(badKind.exitCode, 2);
    EXPECT_TRUE(badKind.err.contains(QStringLiteral("--kind"))) << badKind.err.toStdString();
    const Outcome tooManyMonths = eligibility(
        {QStringLiteral("--add-rule"), QStringLiteral("ND152:LDTT.x"), QStringLiteral("--kind"),
         QStringLiteral("worked_months"), QStringLiteral("--count"), QStringLiteral("13"),
         QStringLiteral("--citation"), QStringLiteral("Điều 24")});
    EXPECT_EQ(tooManyMonths.exitCode, 2);
}

TEST_F(EligibilityCommandTest, AWrongCommandLineIsExplained) {
    const Outcome noSubject = eligibility({QStringLiteral("--year"), QStringLiteral("2025")});
    EXPECT_EQ(noSubject.exitCode, 2);
    EXPECT_TRUE(noSubject.err.contains(QStringLiteral("--person"))) << noSubject.err.toStdString();
    const Outcome unknownTitle =
        eligibility({QStringLiteral("--year"), QStringLiteral("2025"), QStringLiteral("--all"),
                     QStringLiteral("--title"), QStringLiteral("XYZ")});
    EXPECT_EQ(unknownTitle.exitCode, 2);
    const Outcome beforeTheLaw =
        eligibility({QStringLiteral("--year"), QStringLiteral("2023"), QStringLiteral("--all")});
    EXPECT_EQ(beforeTheLaw.exitCode, 2);
}
