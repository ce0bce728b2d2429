#include "cli_fixture.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

using thidua::test::DemoCliTest;
using thidua::test::Outcome;

namespace {

class RankCommandTest : public DemoCliTest {
protected:
    Outcome rank(const QStringList& arguments) { return onDemo(QStringLiteral("rank"), arguments); }
};

} // namespace

TEST_F(RankCommandTest, RanksAClustersUnitsBestFirstWithSharedRanksForTies) {
    const Outcome run =
        rank({QStringLiteral("--cluster"), QStringLiteral("II"), QStringLiteral("--year"),
              QStringLiteral("2018"), QStringLiteral("--format"), QStringLiteral("json")});
    ASSERT_EQ(run.exitCode, 0) << run.err.toStdString();
    const QJsonArray rows = QJsonDocument::fromJson(run.out.toUtf8()).array();
    ASSERT_EQ(rows.size(), 10); // the demo's cluster II has ten units
    for (int index = 0; index < rows.size(); ++index) {
        const QJsonObject row = rows[index].toObject();
        EXPECT_NEAR(row[QStringLiteral("total")].toDouble(),
                    row[QStringLiteral("scored")].toDouble() +
                        row[QStringLiteral("bonus")].toDouble() -
                        row[QStringLiteral("penalty")].toDouble(),
                    0.005);
        EXPECT_EQ(row[QStringLiteral("missing")].toInt(), 0);
        EXPECT_FALSE(row[QStringLiteral("unit")].toString().isEmpty());
        if (index == 0) {
            EXPECT_EQ(row[QStringLiteral("rank")].toInt(), 1);
            continue;
        }
        const QJsonObject above = rows[index - 1].toObject();
        EXPECT_LE(row[QStringLiteral("total")].toDouble(),
                  above[QStringLiteral("total")].toDouble());
        const bool tied = row[QStringLiteral("total")] == above[QStringLiteral("total")] &&
                          row[QStringLiteral("bonus")] == above[QStringLiteral("bonus")] &&
                          row[QStringLiteral("penalty")] == above[QStringLiteral("penalty")];
        EXPECT_EQ(row[QStringLiteral("rank")].toInt(),
                  tied ? above[QStringLiteral("rank")].toInt() : index + 1);
    }
}

TEST_F(RankCommandTest, TextShowsTheRatingBandsAndCsvKeepsEveryUnit) {
    const Outcome text = rank({QStringLiteral("--cluster"), QStringLiteral("Cụm thi đua số IV"),
                               QStringLiteral("--year"), QStringLiteral("2022")});
    ASSERT_EQ(text.exitCode, 0) << text.err.toStdString();
    EXPECT_TRUE(text.out.contains(QStringLiteral("Vụ Hợp tác quốc tế"))) << text.out.toStdString();
    EXPECT_TRUE(text.out.contains(QStringLiteral("Xuất sắc")) ||
                text.out.contains(QStringLiteral("Tốt")));
    const Outcome csv =
        rank({QStringLiteral("--cluster"), QStringLiteral("4"), QStringLiteral("--year"),
              QStringLiteral("2022"), QStringLiteral("--format"), QStringLiteral("csv")});
    ASSERT_EQ(csv.exitCode, 0) << csv.err.toStdString();
    EXPECT_EQ(csv.out.trimmed().split(QLatin1Char('\n')).size(), 1 + 6); // header and six units
}

TEST_F(RankCommandTest, AnUnknownClusterOrAnUnscoredRoundIsExplained) {
    const Outcome unknown = rank({QStringLiteral("--cluster"), QStringLiteral("IX"),
                                  QStringLiteral("--year"), QStringLiteral("2018")});
    EXPECT_EQ(unknown.exitCode, 2);
    EXPECT_TRUE(unknown.err.contains(QStringLiteral("Cụm thi đua số II")))
        << unknown.err.toStdString();
    const Outcome unscored =
        rank({QStringLiteral("--cluster"), QStringLiteral("II"), QStringLiteral("--year"),
              QStringLiteral("2018"), QStringLiteral("--round"), QStringLiteral("so-ket")});
    EXPECT_EQ(unscored.exitCode, 1);
    EXPECT_TRUE(unscored.err.contains(QStringLiteral("2018"))) << unscored.err.toStdString();
    const Outcome wrongRound =
        rank({QStringLiteral("--cluster"), QStringLiteral("II"), QStringLiteral("--year"),
              QStringLiteral("2018"), QStringLiteral("--round"), QStringLiteral("cuoi-nam")});
    EXPECT_EQ(wrongRound.exitCode, 2);
}
