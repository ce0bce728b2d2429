#include "cli_fixture.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

using thidua::test::DemoCliTest;
using thidua::test::Outcome;

namespace {

class RulesCommandTest : public DemoCliTest {
protected:
    Outcome rules(const QStringList& arguments) {
        return onDemo(QStringLiteral("rules"), arguments);
    }
};

} // namespace

TEST_F(RulesCommandTest, ARuleSetFromADayIsListedBesideTheOneBefore) {
    const Outcome set =
        rules({QStringLiteral("--title"), QStringLiteral("CTDBO"), QStringLiteral("--share"),
               QStringLiteral("85"), QStringLiteral("--from"), QStringLiteral("01/07/2025"),
               QStringLiteral("--basis"), QStringLiteral("Nghị định 152/2025/NĐ-CP"),
               QStringLiteral("--format"), QStringLiteral("json")});
    ASSERT_EQ(set.exitCode, 0) << set.err.toStdString();
    int sectorFlag = 0;
    for (const QJsonValue& row : QJsonDocument::fromJson(set.out.toUtf8()).array()) {
        const QJsonObject rule = row.toObject();
        if (rule[QStringLiteral("rule")].toString() != QStringLiteral("CTDBO"))
            continue;
        ++sectorFlag;
        if (rule[QStringLiteral("from")].toString() == QStringLiteral("2025-07-01")) {
            EXPECT_EQ(rule[QStringLiteral("share")].toDouble(), 85);
        }
    }
    EXPECT_EQ(sectorFlag, 2);
}

TEST_F(RulesCommandTest, AWrongShareOrAHalfGivenRuleIsExplained) {
    const Outcome share =
        rules({QStringLiteral("--title"), QStringLiteral("CTDBO"), QStringLiteral("--share"),
               QStringLiteral("tám mươi"), QStringLiteral("--from"), QStringLiteral("01/07/2025"),
               QStringLiteral("--basis"), QStringLiteral("x")});
    EXPECT_EQ(share.exitCode, 2);
    EXPECT_TRUE(share.err.contains(QStringLiteral("tám mươi"))) << share.err.toStdString();
    const Outcome half = rules({QStringLiteral("--title"), QStringLiteral("CTDBO"),
                                QStringLiteral("--share"), QStringLiteral("85")});
    EXPECT_EQ(half.exitCode, 2);
    EXPECT_TRUE(half.err.contains(QStringLiteral("--from"))) << half.err.toStdString();
}
