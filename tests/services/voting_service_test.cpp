#include "cluster_fixture.h"
#include "cluster_service.h"
#include "vote_data.h"
#include "voting_service.h"

#include <QJsonArray>

using namespace thidua;

namespace {

const QString flag = QStringLiteral("CTDBO");
const QString governmentFlag = QStringLiteral("CTDCP");

class VotingServiceTest : public test::ClusterFixture {
protected:
    void SetUp() override {
        ClusterFixture::SetUp();
        auto cluster = workspace->clusters().create(clusterTwo());
        ASSERT_TRUE(cluster) << cluster.error().message.toStdString();
        clusterId = cluster->cluster.id;
        events.clear();
    }

    services::VotingService& service() { return workspace->voting(); }

    // test::twelveMemberVote, its place typed with stray spaces.
    domain::BallotSession session() const {
        domain::BallotSession result = test::twelveMemberVote(clusterId, institute, academy);
        result.place = QStringLiteral(" Hội trường  Viện Khoa học pháp lý");
        return result;
    }

    domain::BallotSession created() {
        auto made = service().create(session());
        EXPECT_TRUE(made) << made.error().message.toStdString();
        events.clear();
        return made.value_or(domain::BallotSession{});
    }

    std::vector<domain::CarriedBallot> carried() {
        auto proposals = service().proposals(clusterId);
        EXPECT_TRUE(proposals);
        std::vector<domain::CarriedBallot> result;
        for (const domain::BallotProposal& proposal :
             proposals.value_or(std::vector<domain::BallotProposal>{}))
            result.push_back(proposal.ballot);
        return result;
    }

    domain::RowId clusterId = domain::NoId;
};

} // namespace

TEST_F(VotingServiceTest, ASessionIsStoredAuditedAnnouncedAndItsWinnersProposed) {
    const qint64 before = auditRows();
    auto made = service().create(session());
    ASSERT_TRUE(made) << made.error().message.toStdString();
    EXPECT_EQ(made->place, QStringLiteral("Hội trường Viện Khoa học pháp lý"));
    EXPECT_EQ(auditRows(), before + 1);
    const auto audit = auditOf(QStringLiteral("ballot_session"), made->uuid);
    ASSERT_EQ(audit.size(), 1u);
    EXPECT_EQ(audit[0].after.value(QStringLiteral("ballots")).toArray().size(), 3);
    ASSERT_EQ(events.size(), 1u);
    EXPECT_EQ(std::get<services::BallotChanged>(events.front()).clusterId, clusterId);

    auto stored = service().forCluster(clusterId);
    ASSERT_TRUE(stored && *stored);
    EXPECT_EQ(**stored, *made);
    // 10 of 12 passes the 80 % of the rule data, 9 of 12 does not.
    EXPECT_EQ(carried(), (std::vector<domain::CarriedBallot>{{institute, flag, 1},
                                                             {institute, governmentFlag, 1}}));
}

TEST_F(VotingServiceTest, TheThresholdsAndQuorumComeFromTheRuleData) {
    auto rules = service().rules(clusterId, QDate(2018, 12, 20));
    ASSERT_TRUE(rules) << rules.error().message.toStdString();
    EXPECT_EQ(rules->thresholds.at(flag).numerator, 80);
    EXPECT_EQ(rules->thresholds.at(QStringLiteral("CSTDBO")).numerator, 90);
    EXPECT_EQ(rules->thresholds.at(QStringLiteral("CSTDCS")).numerator, 80);
    EXPECT_EQ(rules->quorum.numerator, 80);
    auto titles = service().votableTitles(clusterId, {});
    ASSERT_TRUE(titles);
    ASSERT_EQ(titles->size(), 2u);
    EXPECT_EQ(titles->at(0).code, governmentFlag);
    EXPECT_EQ(titles->at(1).code, flag);
}

TEST_F(VotingServiceTest, WithoutAQuorumNobodyIsProposed) {
    domain::BallotSession thin = session();
    thin.present = 9; // 75 % present, under the 80 % of a meeting on awards
    thin.writtenOpinions = 3;
    for (domain::Ballot& ballot : thin.ballots)
        ballot = {ballot.unitId, ballot.titleCode, 1, 9, 9, 9, 9};
    auto made = service().create(thin);
    ASSERT_TRUE(made) << made.error().message.toStdString();
    EXPECT_TRUE(carried().empty());
}

TEST_F(VotingServiceTest, ANonMemberCandidateIsRefusedAndNothingIsWritten) {
    domain::BallotSession wrong = session();
    wrong.ballots.push_back({outsider, flag, 1, 11, 11, 11, 11});
    const qint64 before = auditRows();
    auto made = service().create(wrong);
    ASSERT_FALSE(made);
    EXPECT_EQ(made.error().code, ErrorCode::InvalidInput);
    EXPECT_TRUE(test::messageNames(made.error(), {"Cục Con nuôi", "Cụm thi đua số II (2018)"}));
    EXPECT_EQ(auditRows(), before);
    EXPECT_TRUE(events.empty());
    auto stored = service().forCluster(clusterId);
    ASSERT_TRUE(stored);
    EXPECT_FALSE(*stored);
}

TEST_F(VotingServiceTest, ASecondRoundIsAddedAndAThirdRefused) {
    const domain::BallotSession made = created();
    ASSERT_TRUE(service().addRound(made.id, academy, flag));
    auto withRound = service().forCluster(clusterId);
    ASSERT_TRUE(withRound && *withRound);
    ASSERT_EQ((*withRound)->ballots.size(), 4u);
    EXPECT_EQ((*withRound)->ballots[2], (domain::Ballot{academy, flag, 2, 0, 0, 0, 0}));

    const auto third = service().addRound(made.id, academy, flag);
    ASSERT_FALSE(third);
    EXPECT_TRUE(test::messageNames(third.error(), {"Học viện Tư pháp", "at most two"}));
    // The institute carried in round 1.
    const auto carriedAlready = service().addRound(made.id, institute, flag);
    ASSERT_FALSE(carriedAlready);
    EXPECT_TRUE(test::messageNames(carriedAlready.error(), {"Viện Khoa học pháp lý", "round 1"}));
}

TEST_F(VotingServiceTest, ProposalsFollowTheCountsAndKeepTheirUuid) {
    domain::BallotSession voted = created();
    auto first = service().proposals(clusterId);
    ASSERT_TRUE(first);
    ASSERT_EQ(first->size(), 2u);

    ASSERT_TRUE(service().addRound(voted.id, academy, flag));
    auto reread = service().forCluster(clusterId);
    ASSERT_TRUE(reread && *reread);
    voted = **reread;
    voted.ballots[2] = {academy, flag, 2, 11, 11, 11, 10};
    voted.ballots[3].yes = 8; // the Government's flag no longer carries
    ASSERT_TRUE(service().update(voted));
    EXPECT_EQ(carried(),
              (std::vector<domain::CarriedBallot>{{institute, flag, 1}, {academy, flag, 2}}));
    auto second = service().proposals(clusterId);
    ASSERT_TRUE(second);
    EXPECT_EQ(second->front().uuid, first->front().uuid);
    EXPECT_EQ(second->front().sessionId, voted.id);
}

TEST_F(VotingServiceTest, ACandidateStaysAMemberAndTheSessionKeepsItsCluster) {
    const domain::BallotSession made = created();
    const auto left = workspace->clusters().removeMember(clusterId, academy);
    ASSERT_FALSE(left);
    EXPECT_TRUE(test::messageNames(left.error(), {"Học viện Tư pháp", "ballot session"}));
    const auto removed = workspace->clusters().remove(clusterId);
    ASSERT_FALSE(removed);
    EXPECT_TRUE(test::messageNames(removed.error(), {"ballot session"}));

    ASSERT_TRUE(service().remove(made.id));
    EXPECT_TRUE(carried().empty());
    EXPECT_TRUE(workspace->clusters().removeMember(clusterId, academy));
}

TEST_F(VotingServiceTest, ATallyFileReplacesTheBallotsOrChangesNothing) {
    const domain::BallotSession made = created();
    const QString good =
        writeFile(QStringLiteral("phieu.csv"),
                  QStringLiteral("Đơn vị;Danh hiệu;Vòng;Số phiếu phát ra;Số phiếu thu về;"
                                 "Số phiếu hợp lệ;Số phiếu đồng ý\n"
                                 "Nhà xuất bản Tư pháp;CTĐBO;1;11;11;11;11\n"
                                 "học viện tư pháp;Cờ thi đua của Bộ, ban, ngành, tỉnh;1;11;11;"
                                 "11;7\n"));
    auto report = service().importVotes(good, clusterId, {});
    ASSERT_TRUE(report) << report.error().message.toStdString();
    EXPECT_FALSE(report->hasProblems());
    EXPECT_EQ(report->rowsImported, 2);
    auto stored = service().forCluster(clusterId);
    ASSERT_TRUE(stored && *stored);
    EXPECT_EQ((*stored)->chair, made.chair); // the meeting stays, the ballots are the file's
    ASSERT_EQ((*stored)->ballots.size(), 2u);
    EXPECT_EQ((*stored)->ballots[1], (domain::Ballot{academy, flag, 1, 11, 11, 11, 7}));
    EXPECT_EQ(carried(), (std::vector<domain::CarriedBallot>{{publisher, flag, 1}}));

    const QString broken =
        writeFile(QStringLiteral("loi.csv"),
                  QStringLiteral("Đơn vị,Danh hiệu,Vòng,Phát ra,Thu về,Hợp lệ,Đồng ý\n"
                                 "Cục Con nuôi,CTĐBO,1,11,11,11,11\n"
                                 "Học viện Tư pháp,CTĐBO,3,11,11,11,11\n"
                                 "Học viện Tư pháp,CTĐBO,1,11,12,11,11\n"));
    const qint64 audited = auditRows();
    report = service().importVotes(broken, clusterId, {});
    ASSERT_TRUE(report) << report.error().message.toStdString();
    ASSERT_EQ(report->problems.size(), 3u);
    EXPECT_EQ(report->problems[0].line, 2);
    EXPECT_EQ(report->problems[0].column, QStringLiteral("Đơn vị"));
    EXPECT_TRUE(report->problems[0].message.contains(QStringLiteral("Cục Con nuôi")));
    EXPECT_EQ(report->problems[1].line, 3);
    EXPECT_EQ(report->problems[1].column, QStringLiteral("Vòng"));
    EXPECT_EQ(report->problems[2].line, 4);
    EXPECT_EQ(report->problems[2].message,
              QStringLiteral("12 ballots returned is more than the 11 issued."));
    EXPECT_EQ(report->rowsImported, 0);
    EXPECT_EQ(auditRows(), audited);
    auto unchanged = service().forCluster(clusterId);
    ASSERT_TRUE(unchanged && *unchanged);
    EXPECT_EQ(**unchanged, **stored);
}
