#include "vote_rules.h"

#include <gtest/gtest.h>

using namespace thidua::domain;

namespace {

constexpr Share eightyPercent{80, 100};
constexpr Share ninetyPercent{90, 100};
constexpr Share twoThirds{2, 3};

// A cluster of 12 members, 11 present, all ballots valid.
BallotCount twelveMembers(int yes) {
    return {12, 11, 1, 11, 11, 11, yes};
}

} // namespace

TEST(VoteRules, TheYesShareIsOfAllMembersAbsentOnesIncluded) {
    const BallotOutcome ten = ballotOutcome(twelveMembers(10), eightyPercent, twoThirds);
    EXPECT_TRUE(ten.passes);
    EXPECT_NEAR(ten.yesPercentOfMembers, 83.33, 0.01);

    // 9 of the 11 present would be 81.8 %, but 9 of 12 members is 75 %.
    const BallotOutcome nine = ballotOutcome(twelveMembers(9), eightyPercent, twoThirds);
    EXPECT_FALSE(nine.passes);
    EXPECT_DOUBLE_EQ(nine.yesPercentOfMembers, 75);
}

TEST(VoteRules, TheThresholdIsReachedExactlyAtItsBoundary) {
    // 8 of 10 is exactly 80 %; 9 of 10 exactly 90 %.
    const BallotCount eight{10, 10, 0, 10, 10, 10, 8};
    EXPECT_TRUE(ballotOutcome(eight, eightyPercent, twoThirds).passes);
    EXPECT_FALSE(ballotOutcome(eight, ninetyPercent, twoThirds).passes);
    BallotCount nine = eight;
    nine.yes = 9;
    EXPECT_TRUE(ballotOutcome(nine, ninetyPercent, twoThirds).passes);
}

TEST(VoteRules, WithoutAQuorumNothingPasses) {
    // 7 of 12 present is under two thirds (8).
    const BallotCount thin{12, 7, 5, 7, 7, 7, 7};
    const BallotOutcome outcome = ballotOutcome(thin, Share{50, 100}, twoThirds);
    EXPECT_FALSE(outcome.quorate);
    EXPECT_FALSE(outcome.passes);
    BallotCount enough = thin;
    enough.present = enough.issued = enough.returned = enough.valid = 8;
    enough.writtenOpinions = 4;
    EXPECT_TRUE(ballotOutcome(enough, Share{50, 100}, twoThirds).quorate);
}

TEST(VoteRules, CountsThatCannotBeRightAreRefusedWithTheirNumbers) {
    EXPECT_FALSE(ballotCountRefusal(twelveMembers(10)));
    BallotCount count = twelveMembers(10);
    count.present = 13;
    EXPECT_EQ(ballotCountRefusal(count),
              QStringLiteral("13 members present is more than the 12 members."));
    count = twelveMembers(10);
    count.valid = 9;
    EXPECT_EQ(ballotCountRefusal(count),
              QStringLiteral("10 yes votes is more than the 9 valid ballots."));
    count = twelveMembers(10);
    count.writtenOpinions = 2;
    EXPECT_EQ(ballotCountRefusal(count),
              QStringLiteral("2 written opinions is more than the 1 members absent."));
    count.members = 0;
    EXPECT_EQ(ballotCountRefusal(count), QStringLiteral("Give the number of members."));
}
