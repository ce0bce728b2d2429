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
