#include "criterion_scoring.h"

#include <gtest/gtest.h>

using namespace thidua::domain;

// Hand-computed: a criterion worth 10 points, target 200 cases, the leader of
// the cluster at 300 of a 200 target.
namespace {

QuantitativeResult result(double actual, double target = 200) {
    return {target, actual, 200, 300};
}

} // namespace

TEST(CriterionScoring, BelowTheTargetEarnsHalfTheMaximumInProportion) {
    EXPECT_DOUBLE_EQ(quantitativePoints(result(150), 10, OverTargetScale::Difference), 3.75);
    EXPECT_DOUBLE_EQ(quantitativePoints(result(0), 10, OverTargetScale::Difference), 0);
    EXPECT_DOUBLE_EQ(quantitativePoints(result(133), 10, OverTargetScale::Difference), 3.33);
}

TEST(CriterionScoring, AtTheTargetHalfTheLeaderAllOverItInBetween) {
    EXPECT_DOUBLE_EQ(quantitativePoints(result(200), 10, OverTargetScale::Difference), 5);
    EXPECT_DOUBLE_EQ(quantitativePoints(result(300), 10, OverTargetScale::Difference), 10);
    // 5 + 5 × 50/100
    EXPECT_DOUBLE_EQ(quantitativePoints(result(250), 10, OverTargetScale::Difference), 7.5);
}

TEST(CriterionScoring, ThePercentageScaleComparesEachWithItsOwnTarget) {
    // 120 of a 100 target is 20 % over; the leader is 50 % over (300 of 200):
    // 5 + 5 × 20/50 = 7. By difference it would be 5 + 5 × 20/200 = 5.5.
    const QuantitativeResult unit{100, 120, 200, 300};
    EXPECT_DOUBLE_EQ(quantitativePoints(unit, 10, OverTargetScale::Percentage), 7);
    EXPECT_DOUBLE_EQ(quantitativePoints(unit, 10, OverTargetScale::Difference), 5.5);
}

TEST(CriterionScoring, AUnitWithoutATargetIsScoredAgainstTheBestOfItsGroup) {
    EXPECT_DOUBLE_EQ(quantitativePoints({0, 150, 0, 300}, 10, OverTargetScale::Difference), 5);
    EXPECT_DOUBLE_EQ(quantitativePoints({0, 0, 0, 0}, 10, OverTargetScale::Difference), 0);
}

TEST(CriterionScoring, PassFailIsAllOrNothing) {
    EXPECT_DOUBLE_EQ(passFailPoints(true, 4), 4);
    EXPECT_DOUBLE_EQ(passFailPoints(false, 4), 0);
}

TEST(CriterionScoring, PointsPerOccurrenceStopAtTheCap) {
    EXPECT_DOUBLE_EQ(perOccurrencePoints(3, 0.5, 2), 1.5);
    EXPECT_DOUBLE_EQ(perOccurrencePoints(5, 0.5, 2), 2);
    EXPECT_DOUBLE_EQ(perOccurrencePoints(0, 0.5, 2), 0);
}

TEST(CriterionScoring, ARoundFindsItsLeaderAndScoresEveryUnitAgainstIt) {
    // Targets 40, 50, 20 (MS 30): the first is 5 over, the second the leader at
    // 10 over, the third below its target; a fourth had no target.
    const std::vector<TargetAndActual> results{{40, 45}, {50, 60}, {20, 10}, {0, 8}};
    const std::vector<double> points = quantitativeRound(results, 30, OverTargetScale::Difference);
    ASSERT_EQ(points.size(), 4u);
    EXPECT_DOUBLE_EQ(points[0], 18.75); // 15 + 15·(45 − 40)/(60 − 40)
    EXPECT_DOUBLE_EQ(points[1], 30);    // the leader
    EXPECT_DOUBLE_EQ(points[2], 7.5);   // 15·10/20
    EXPECT_DOUBLE_EQ(points[3], 30);    // the best without a target
    // On the percentage scale the first (12,5 % over) is measured against the
    // leader's 20 %: 15 + 15·0,125/0,2.
    EXPECT_DOUBLE_EQ(quantitativeRound(results, 30, OverTargetScale::Percentage)[0], 24.38);
    EXPECT_TRUE(quantitativeRound({}, 30, OverTargetScale::Difference).empty());
}
