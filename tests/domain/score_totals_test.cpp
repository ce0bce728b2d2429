#include "sample_criteria.h"
#include "score_totals.h"

#include <gtest/gtest.h>

using namespace thidua::domain;
using thidua::test::hundredPointTable;

namespace {

using Points = std::vector<std::optional<double>>;

// Points on the sample table's items, groups left empty:
// I.1, I.2, II.1, II.2, III, IV.1, IV.2, V.1.
Points sheet(double i1, double i2, double ii1, double ii2, double iii, double iv1, double iv2,
             double v1) {
    return {std::nullopt, i1,           i2,  std::nullopt, ii1,          ii2,
            iii,          std::nullopt, iv1, iv2,          std::nullopt, v1};
}

QString refusal(const CriteriaTable& table, int index, double points) {
    return pointsRefusal(table, index, points).value_or(QString());
}

} // namespace

TEST(ScoreTotals, ItemsAddUpAndBonusAndPenaltyStandOutside) {
    const TotalsCalculator totalsOf(hundredPointTable());
    const UnitTotals totals = totalsOf(sheet(18.5, 20, 25, 12.5, 20, 1, 2, 3));
    EXPECT_DOUBLE_EQ(totals.scored, 96);
    EXPECT_DOUBLE_EQ(totals.bonus, 3);
    EXPECT_DOUBLE_EQ(totals.penalty, 3);
    EXPECT_DOUBLE_EQ(totals.total(), 96);
    EXPECT_EQ(totals.missing, 0);
}

TEST(ScoreTotals, BonusIsHeldAtItsGroupsLimit) {
    CriteriaTable table = hundredPointTable();
    table.criteria[8].maxPoints = 4; // IV.1 alone could give 4; IV gives at most 5
    const UnitTotals totals = TotalsCalculator(table)(sheet(20, 20, 25, 15, 20, 4, 3, 0));
    EXPECT_DOUBLE_EQ(totals.bonus, 5);
    EXPECT_DOUBLE_EQ(totals.total(), 105);
}

TEST(ScoreTotals, AUnitWithNothingScoresZeroAndCountsItsMissingItems) {
    const TotalsCalculator totalsOf(hundredPointTable());
    const UnitTotals zero = totalsOf(sheet(0, 0, 0, 0, 0, 0, 0, 0));
    EXPECT_DOUBLE_EQ(zero.total(), 0);
    EXPECT_EQ(zero.missing, 0);
    Points partial = sheet(10, 10, 0, 0, 0, 0, 0, 0);
    partial[4] = std::nullopt;
    partial[11] = std::nullopt;
    const UnitTotals unfinished = totalsOf(partial);
    EXPECT_DOUBLE_EQ(unfinished.total(), 20);
    EXPECT_EQ(unfinished.missing, 2);
    EXPECT_EQ(totalsOf(Points{}).missing, 8);
}

TEST(ScoreTotals, PointsOutsideTheCriterionsRangeAreRefusedByName) {
    const CriteriaTable table = hundredPointTable();
    EXPECT_EQ(refusal(table, 1, 20), QString());
    EXPECT_EQ(refusal(table, 1, 20.5),
              QStringLiteral("I.1 Xây dựng văn bản: 20,5 points is outside 0 to 20."));
    EXPECT_EQ(refusal(table, 1, -1),
              QStringLiteral("I.1 Xây dựng văn bản: -1 points is outside 0 to 20."));
    EXPECT_EQ(refusal(table, 0, 10),
              QStringLiteral("I Công tác chuyên môn is a group: its points are the sum of its "
                             "items."));
}

TEST(ScoreTotals, PassFailTakesAllOrNothing) {
    const CriteriaTable table = hundredPointTable();
    EXPECT_EQ(refusal(table, 4, 25), QString());
    EXPECT_EQ(refusal(table, 4, 0), QString());
    EXPECT_EQ(refusal(table, 4, 12),
              QStringLiteral("II.1 Ký giao ước is passed or failed: give 0 or 25 points."));
}

TEST(ScoreTotals, PerOccurrenceTakesWholeOccurrencesOrTheCap) {
    CriteriaTable table = hundredPointTable();
    EXPECT_EQ(refusal(table, 5, 7.5), QString());
    EXPECT_EQ(refusal(table, 5, 8),
              QStringLiteral("II.2 Báo cáo đúng hạn earns 2,5 points an occurrence: 8 is not a "
                             "whole number of occurrences."));
    table.criteria[5].pointsEach = 4; // 4 occurrences would be 16: the cap of 15 is reached
    EXPECT_EQ(refusal(table, 5, 15), QString());
}

TEST(ScoreTotals, TheRoundsPointsAreTheScorersMean) {
    EXPECT_EQ(meanOfScorers({}), std::nullopt);
    const std::vector<double> one{17.5};
    EXPECT_DOUBLE_EQ(*meanOfScorers(one), 17.5);
    const std::vector<double> three{20, 18, 17};
    EXPECT_DOUBLE_EQ(*meanOfScorers(three), 18.33);
}

TEST(ScoreTotals, EachGroupComesToItsItemsHeldAtItsLimit) {
    CriteriaTable table = hundredPointTable();
    table.criteria[8].maxPoints = 4;
    const std::vector<double> values =
        TotalsCalculator(table).criterionPoints(sheet(18.5, 20, 25, 12.5, 20, 4, 3, 2));
    EXPECT_DOUBLE_EQ(values[0], 38.5); // I
    EXPECT_DOUBLE_EQ(values[3], 37.5); // II
    EXPECT_DOUBLE_EQ(values[7], 5);    // IV: 4 + 3 held at 5
    EXPECT_DOUBLE_EQ(values[8], 4);
    EXPECT_DOUBLE_EQ(values[10], 2); // V
}
