#include "cluster_service.h"
#include "demo_workspace.h"
#include "movement_service.h"
#include "query.h"
#include "scoring_service.h"
#include "voting_service.h"
#include "workspace.h"

#include <gtest/gtest.h>

#include <set>

using namespace thidua;

namespace {

// The small demo's cluster records and movements (seed 7, as demo_service_test).
class DemoClusters : public ::testing::Test {
protected:
    static void SetUpTestSuite() {
        demo = new test::DemoWorkspace(7);
        workspace = demo->workspace.get();
        ASSERT_NE(workspace, nullptr);
    }
    static void TearDownTestSuite() { delete demo; }

    static qint64 count(std::string_view sql) {
        auto db = demo->temp.open(storage::OpenMode::ReadOnly);
        return *storage::selectInt(db, sql);
    }

    static inline test::DemoWorkspace* demo = nullptr;
    static inline services::Workspace* workspace = nullptr;
};

} // namespace

TEST_F(DemoClusters, EveryClusterYearHasItsDecisionAndACovenant) {
    const qint64 clusters = count("SELECT count(*) FROM cluster");
    EXPECT_EQ(clusters, 6 * 8);
    EXPECT_EQ(count("SELECT count(*) FROM cluster_leadership_decision"), clusters);
    EXPECT_EQ(count("SELECT count(*) FROM covenant"), clusters);
    // Decisions come from the organiser before the year; covenants in its first quarter.
    EXPECT_EQ(count("SELECT count(*) FROM cluster_leadership_decision d JOIN cluster c"
                    " ON c.id = d.cluster_id WHERE d.issuer_id <> c.organiser_id"
                    " OR d.decided_on >= c.year || '-01-01'"),
              0);
    EXPECT_EQ(count("SELECT count(*) FROM covenant v JOIN cluster c ON c.id = v.cluster_id"
                    " WHERE v.signed_on NOT BETWEEN c.year || '-01-01' AND c.year || '-03-31'"),
              0);
    EXPECT_EQ(count("SELECT count(*) FROM covenant v WHERE (SELECT count(*) FROM covenant_target t"
                    " WHERE t.covenant_id = v.id) NOT BETWEEN 4 AND 6"),
              0);
}

TEST_F(DemoClusters, ClusterTwoOf2018SignedItsCovenantWithAllItsMembersAtTheHead) {
    auto db = demo->temp.open(storage::OpenMode::ReadOnly);
    const qint64 clusterId =
        *storage::selectInt(db, "SELECT c.id FROM cluster c JOIN unit o ON o.id = c.organiser_id"
                                " WHERE o.name = 'Bộ Tư pháp' AND c.number = 2 AND c.year = 2018");
    ASSERT_NE(clusterId, 0);
    EXPECT_EQ(*storage::selectInt(db, "SELECT count(*) FROM cluster_member WHERE cluster_id = ?",
                                  clusterId),
              10);
    EXPECT_EQ(*storage::selectInt(db,
                                  "SELECT count(*) FROM covenant_signatory s JOIN covenant v"
                                  " ON v.id = s.covenant_id WHERE v.cluster_id = ?",
                                  clusterId),
              10);
    EXPECT_EQ(*storage::selectInt(db,
                                  "SELECT count(*) FROM covenant WHERE cluster_id = ?"
                                  " AND place = 'Hội trường Viện Khoa học pháp lý'",
                                  clusterId),
              1);
    EXPECT_EQ(*storage::selectInt(db,
                                  "SELECT count(*) FROM cluster_leadership_decision"
                                  " WHERE cluster_id = ? AND number LIKE '%/QĐ-BTP'",
                                  clusterId),
              1);
}

TEST_F(DemoClusters, TheMinistryRunsAYearlyMovementAndOneFor2021To2025) {
    auto all = workspace->movements().movements();
    ASSERT_TRUE(all);
    EXPECT_EQ(all->size(), 9u);
    EXPECT_EQ(count("SELECT count(*) FROM movement WHERE kind = 'regular'"), 8);
    auto in2023 = workspace->movements().movements(2023);
    ASSERT_TRUE(in2023);
    ASSERT_EQ(in2023->size(), 2u);
    const domain::Movement& stage = in2023->front();
    EXPECT_EQ(stage.kind, domain::MovementKind::Thematic);
    EXPECT_TRUE(stage.name.contains(QStringLiteral("giai đoạn 2021–2025")));
    EXPECT_EQ(stage.participantIds.size(), 29u);
    EXPECT_EQ(stage.milestones.size(), 10u);
    EXPECT_EQ(stage.targets.size(), 4);
    EXPECT_EQ(count("SELECT count(*) FROM period WHERE kind = 'stage'"
                    " AND label = 'giai đoạn 2021–2025'"),
              1);
    EXPECT_EQ(in2023->back().milestones.size(), 2u);
}

// The proposal's rule "the deputy leads next year" is the rotation the demo's
// numbered clusters follow, so copying 2024 proposes 2025's real heads.
TEST_F(DemoClusters, CopyingTheYearBeforeProposesTheHeadsTheDemoHas) {
    auto proposal = workspace->clusters().proposeNextYear(2024);
    auto actual = workspace->clusters().clusters(2025);
    ASSERT_TRUE(proposal && actual);
    ASSERT_EQ(proposal->clusters.size(), actual->size());
    int compared = 0;
    for (std::size_t i = 0; i < actual->size(); ++i) {
        const domain::ClusterYear& next = proposal->clusters[i].next;
        if (next.cluster.number == 0)
            continue; // the province's block keeps its head by the demo's choice
        EXPECT_EQ(next.cluster.number, (*actual)[i].cluster.number);
        EXPECT_EQ(next.head(), (*actual)[i].head()) << next.cluster.number;
        ++compared;
    }
    EXPECT_EQ(compared, 5);
}

TEST_F(DemoClusters, TheSeedsVotesAreThereWithTheirProposals) {
    EXPECT_EQ(count("SELECT count(*) FROM ballot_session"), 2);
    // Cluster II in 2018: four units for the sector's flag, two of them also for the
    // Government's; one more candidate falls short of each.
    const std::string_view two = " FROM ballot_proposal p JOIN cluster c ON c.id = p.cluster_id"
                                 " WHERE c.number = 2 AND c.year = 2018 AND p.title_code = ";
    EXPECT_EQ(count(std::string("SELECT count(*)") + std::string(two) + "'CTDBO'"), 4);
    EXPECT_EQ(count(std::string("SELECT count(*)") + std::string(two) + "'CTDCP'"), 2);
    EXPECT_EQ(count("SELECT count(*) FROM ballot_proposal p JOIN cluster c ON c.id = p.cluster_id"
                    " JOIN unit u ON u.id = p.unit_id WHERE c.number = 2 AND c.year = 2018"
                    " AND p.title_code = 'CTDCP' AND u.name IN ('Trường Đại học Luật Hà Nội',"
                    " 'Trường Trung cấp Luật Buôn Ma Thuột')"),
              2);
    // Cluster IV in 2022: two units for the sector's flag.
    EXPECT_EQ(count("SELECT count(*) FROM ballot_proposal p JOIN cluster c ON c.id = p.cluster_id"
                    " WHERE c.number = 4 AND c.year = 2022 AND p.title_code = 'CTDBO'"),
              2);
    EXPECT_EQ(count("SELECT count(*) FROM ballot b JOIN ballot_session s ON s.id = b.session_id"
                    " JOIN cluster c ON c.id = s.cluster_id WHERE c.number = 4 AND c.year = 2022"),
              3);
}

// The units the seeds' votes proposed for a flag lead their cluster's
// year-end ranking, as the conferences proposed the best-scored units.
TEST_F(DemoClusters, TheUnitsProposedForAFlagLeadTheirClustersRanking) {
    for (auto [number, year] :
         {std::pair{QStringLiteral("II"), 2018}, {QStringLiteral("IV"), 2022}}) {
        auto cluster = workspace->clusters().find(year, number);
        ASSERT_TRUE(cluster) << cluster.error().message.toStdString();
        auto round = workspace->scoring().round(cluster->cluster.id, domain::RoundKind::YearEnd);
        ASSERT_TRUE(round && *round);
        EXPECT_TRUE((*round)->closedOn);
        auto standings = workspace->scoring().standings((*round)->id);
        ASSERT_TRUE(standings);
        std::set<domain::RowId> proposed;
        auto proposals = workspace->voting().proposals(cluster->cluster.id);
        ASSERT_TRUE(proposals);
        for (const domain::BallotProposal& proposal : *proposals)
            proposed.insert(proposal.ballot.unitId);
        ASSERT_FALSE(proposed.empty());
        for (std::size_t place = 0; place < proposed.size(); ++place)
            EXPECT_TRUE(proposed.contains((*standings)[place].unitId))
                << number.toStdString() << " " << year << ": place " << place + 1;
        EXPECT_EQ((*standings)[proposed.size()].totals.missing, 0);
    }
}
