#include "cluster_service.h"
#include "demo_service.h"
#include "fake_clock.h"
#include "flag_proposals.h"
#include "nomination_service.h"
#include "temp_database.h"
#include "workspace.h"

#include <gtest/gtest.h>

using namespace thidua;
using domain::DossierPaper;

namespace {

// The demo with the nominations of 2018 taken back, as if cluster II had
// voted (four units for the sector's flag, two also for the Government's)
// and nobody had proposed them yet.
class FlagProposals : public ::testing::Test {
protected:
    void SetUp() override {
        auto opened = services::Workspace::open(temp.path(), clock, QStringLiteral("thu.ky"));
        ASSERT_TRUE(opened) << opened.error().message.toStdString();
        workspace = std::move(*opened);
        ASSERT_TRUE(workspace->demo().generate({services::DemoScale::Small, 1}));
        auto db = temp.open();
        ASSERT_TRUE(db.execute("DELETE FROM nomination WHERE year = 2018"));
        auto cluster = workspace->clusters().find(2018, QStringLiteral("II"));
        ASSERT_TRUE(cluster) << cluster.error().message.toStdString();
        clusterId = cluster->cluster.id;
    }

    std::vector<domain::NominationEntry> proposed() {
        domain::NominationFilter filter;
        filter.year = 2018;
        filter.clusterId = clusterId;
        return workspace->nominations().list(filter).value_or(
            std::vector<domain::NominationEntry>{});
    }

    test::TempDatabase temp;
    test::FakeClock clock;
    std::unique_ptr<services::Workspace> workspace;
    domain::RowId clusterId = domain::NoId;
};

} // namespace

TEST_F(FlagProposals, TheUnitsTheVoteCarriedAreProposedWithTheMinutesRankingAndScoringTable) {
    auto made = reports::proposeFlagsFromVote(*workspace, clusterId, 2018);
    ASSERT_TRUE(made) << made.error().message.toStdString();
    EXPECT_EQ(*made, 6);
    const auto entries = proposed();
    ASSERT_EQ(entries.size(), 6u);
    EXPECT_EQ(
        std::ranges::count(entries, QStringLiteral("CTDCP"), &domain::NominationEntry::awardCode),
        2);
    for (const domain::NominationEntry& entry : entries) {
        auto dossier = workspace->nominations().dossier(entry.nominationId);
        ASSERT_TRUE(dossier);
        for (DossierPaper paper :
             {DossierPaper::Minutes, DossierPaper::Ranking, DossierPaper::ScoringTable})
            EXPECT_EQ(std::ranges::count(dossier->files, paper, &domain::DossierFile::paper), 1)
                << entry.candidateName.toStdString() << " "
                << domain::dossierPaperCode(paper).toStdString();
        auto minutes =
            std::ranges::find(dossier->files, DossierPaper::Minutes, &domain::DossierFile::paper);
        auto content = workspace->nominations().fileContent(minutes->id);
        ASSERT_TRUE(content);
        EXPECT_TRUE(content->startsWith("%PDF-"));
    }
}

TEST_F(FlagProposals, RunningAgainMakesNothingTwice) {
    ASSERT_TRUE(reports::proposeFlagsFromVote(*workspace, clusterId, 2018));
    auto again = reports::proposeFlagsFromVote(*workspace, clusterId, 2018);
    ASSERT_TRUE(again) << again.error().message.toStdString();
    EXPECT_EQ(*again, 0);
    EXPECT_EQ(proposed().size(), 6u);
    for (const domain::NominationEntry& entry : proposed())
        EXPECT_EQ(workspace->nominations().dossier(entry.nominationId)->files.size(), 3u);
}

TEST_F(FlagProposals, AClusterThatDidNotVoteIsExplained) {
    auto other = workspace->clusters().find(2019, QStringLiteral("II"));
    ASSERT_TRUE(other);
    auto made = reports::proposeFlagsFromVote(*workspace, other->cluster.id, 2019);
    ASSERT_FALSE(made);
    EXPECT_FALSE(made.error().message.isEmpty());
}
