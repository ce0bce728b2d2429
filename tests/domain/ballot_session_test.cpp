#include "ballot_session.h"

#include <gtest/gtest.h>

using namespace thidua::domain;

namespace {

const QString flag = QStringLiteral("CTDBO");
const QString governmentFlag = QStringLiteral("CTDCP");

VoteRules rules() {
    return {{{flag, Share{80, 100}}, {governmentFlag, Share{80, 100}}}, Share{80, 100}};
}

// A cluster of twelve member units (ids 1 … 12), eleven present.
ClusterYear twelveUnits() {
    ClusterYear cluster;
    cluster.cluster.id = 7;
    cluster.cluster.year = 2018;
    cluster.cluster.number = 2;
    for (RowId id = 1; id <= 12; ++id)
        cluster.members.push_back({id, ClusterRole::Member});
    return cluster;
}

BallotSession session(std::vector<Ballot> ballots) {
    BallotSession result;
    result.clusterId = 7;
    result.members = 12;
    result.present = 11;
    result.writtenOpinions = 1;
    result.ballots = std::move(ballots);
    return result;
}

Ballot ballot(RowId unit, const QString& title, int yes, int round = 1) {
    return {unit, title, round, 11, 11, 11, yes};
}

QString name(RowId id) {
    return id == 3 ? QStringLiteral("Học viện Tư pháp") : QStringLiteral("Cục Con nuôi");
}

QString titleName(const QString& code) {
    return code == flag ? QStringLiteral("Cờ thi đua của Bộ") : QStringLiteral("Cờ Chính phủ");
}

std::optional<QString> refusal(const BallotSession& voted) {
    return ballotSessionRefusal(voted, twelveUnits(), name, titleName, rules());
}

} // namespace

TEST(BallotSession, TheShareIsOfAllTwelveMembersAtTheBoundary) {
    const BallotSession voted = session({ballot(3, flag, 10), ballot(4, flag, 9)});
    const BallotOutcome ten = ballotOutcome(voted, voted.ballots[0], rules());
    EXPECT_TRUE(ten.passes);
    EXPECT_NEAR(ten.yesPercentOfMembers, 83.33, 0.01);
    // 9 of the 11 present would be 81.8 %; of the 12 members it is 75 %.
    const BallotOutcome nine = ballotOutcome(voted, voted.ballots[1], rules());
    EXPECT_FALSE(nine.passes);
    EXPECT_DOUBLE_EQ(nine.yesPercentOfMembers, 75);
    EXPECT_EQ(carriedBallots(voted, rules()), (std::vector<CarriedBallot>{{3, flag, 1}}));
}

TEST(BallotSession, WithoutAQuorumNothingCarries) {
    BallotSession thin = session({{3, flag, 1, 9, 9, 9, 9}});
    thin.present = 9; // 9 of 12 is 75 %, under the 80 % a meeting on awards needs
    thin.writtenOpinions = 3;
    EXPECT_FALSE(refusal(thin));
    const BallotOutcome outcome = ballotOutcome(thin, thin.ballots[0], rules());
    EXPECT_FALSE(outcome.quorate);
    EXPECT_FALSE(outcome.passes);
    EXPECT_TRUE(carriedBallots(thin, rules()).empty());
}

TEST(BallotSession, ACandidateFromOutsideTheClusterIsRefusedByName) {
    EXPECT_EQ(refusal(session({ballot(42, flag, 10)})),
              QStringLiteral("Cục Con nuôi is not a member of Cụm thi đua số II (2018), so it "
                             "cannot be a candidate."));
}

TEST(BallotSession, CountsAreRefusedNamingCandidateTitleAndRound) {
    EXPECT_EQ(refusal(session({{3, flag, 1, 11, 11, 9, 10}})),
              QStringLiteral("Học viện Tư pháp for Cờ thi đua của Bộ, round 1: 10 yes votes is "
                             "more than the 9 valid ballots."));
    EXPECT_EQ(refusal(session({{3, flag, 1, 12, 12, 12, 12}})),
              QStringLiteral("Học viện Tư pháp for Cờ thi đua của Bộ, round 1: 12 ballots issued "
                             "is more than the 11 members present."));
}

TEST(BallotSession, ATitleWithoutAThresholdCannotBeVotedOn) {
    EXPECT_EQ(refusal(session({ballot(3, QStringLiteral("TTLDXS"), 10)})),
              QStringLiteral("The rule data sets no share of yes votes for Cờ Chính phủ; add one "
                             "before voting on Học viện Tư pháp."));
}

TEST(BallotSession, ASecondRoundFollowsAFirstThatFailedAndThereIsNoThird) {
    BallotSession voted = session({ballot(3, flag, 9), ballot(4, flag, 11)});
    EXPECT_FALSE(addRound(voted, 3, flag, rules(), name, titleName));
    ASSERT_EQ(voted.ballots.size(), 3u);
    EXPECT_EQ(voted.ballots[1], (Ballot{3, flag, 2, 0, 0, 0, 0}));
    EXPECT_FALSE(refusal(voted));

    EXPECT_EQ(addRound(voted, 3, flag, rules(), name, titleName),
              QStringLiteral("Học viện Tư pháp for Cờ thi đua của Bộ was voted on in both rounds; "
                             "there are at most two."));
    // Unit 4 carried in round 1.
    EXPECT_TRUE(addRound(voted, 4, flag, rules(), name, titleName));
    EXPECT_TRUE(addRound(voted, 3, governmentFlag, rules(), name, titleName));

    voted.ballots[1] = ballot(3, flag, 10, 2);
    EXPECT_EQ(carriedBallots(voted, rules()),
              (std::vector<CarriedBallot>{{3, flag, 2}, {4, flag, 1}}));
    voted.ballots.push_back(ballot(3, flag, 10, 3));
    EXPECT_EQ(refusal(voted),
              QStringLiteral("Học viện Tư pháp for Cờ thi đua của Bộ: there are at most two "
                             "rounds, not round 3."));
}

TEST(BallotSession, ACandidateIsVotedOnOnceARoundForATitle) {
    EXPECT_EQ(refusal(session({ballot(3, flag, 9), ballot(3, flag, 10)})),
              QStringLiteral("Học viện Tư pháp for Cờ thi đua của Bộ is voted on twice in round "
                             "1."));
}
