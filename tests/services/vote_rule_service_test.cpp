#include "cluster_fixture.h"
#include "cluster_service.h"
#include "vote_rule_service.h"
#include "voting_service.h"

#include <gtest/gtest.h>

using namespace thidua;
using test::messageNames;

namespace {

class VoteRuleService : public test::ClusterFixture {
protected:
    domain::VoteRule sectorFlagFrom(QDate day, domain::Share share) const {
        return {QStringLiteral("ctdbo"), day, share, QStringLiteral("Nghị định 152/2025/NĐ-CP")};
    }
};

bool equal(domain::Share a, domain::Share b) {
    return a.numerator * b.denominator == b.numerator * a.denominator;
}

} // namespace

TEST_F(VoteRuleService, ANewThresholdCountsFromItsDayAndEarlierVotesKeepTheirs) {
    auto cluster = workspace->clusters().create(clusterTwo(2025));
    ASSERT_TRUE(cluster);
    ASSERT_TRUE(workspace->voteRules().set(sectorFlagFrom(QDate(2025, 7, 1), {85, 100})));
    auto after = workspace->voting().rules(cluster->cluster.id, QDate(2025, 12, 20));
    auto before = workspace->voting().rules(cluster->cluster.id, QDate(2025, 6, 30));
    ASSERT_TRUE(after && before);
    EXPECT_TRUE(equal(after->thresholds.at(QStringLiteral("CTDBO")), {85, 100}));
    EXPECT_TRUE(equal(before->thresholds.at(QStringLiteral("CTDBO")), {80, 100}));
    EXPECT_EQ(auditOf(QStringLiteral("vote_rule"), QStringLiteral("CTDBO@2025-07-01")).size(), 1u);

    // Set again from the same day, the row is replaced, not doubled.
    ASSERT_TRUE(workspace->voteRules().set(sectorFlagFrom(QDate(2025, 7, 1), {9, 10})));
    auto rules = workspace->voteRules().rules();
    ASSERT_TRUE(rules);
    EXPECT_EQ(std::ranges::count(*rules, QStringLiteral("CTDBO"), &domain::VoteRule::titleCode), 2);
    const auto audit = auditOf(QStringLiteral("vote_rule"), QStringLiteral("CTDBO@2025-07-01"));
    ASSERT_EQ(audit.size(), 2u);
    EXPECT_EQ(audit[1].before.value(QStringLiteral("numerator")).toInt(), 85);
}

TEST_F(VoteRuleService, TheQuorumIsSetLikeAThresholdAndBadRowsAreRefused) {
    auto cluster = workspace->clusters().create(clusterTwo(2026));
    ASSERT_TRUE(cluster);
    ASSERT_TRUE(workspace->voteRules().set(
        {QString(), QDate(2026, 1, 1), {2, 3}, QStringLiteral("Quy chế hoạt động của cụm")}));
    auto rules = workspace->voting().rules(cluster->cluster.id, QDate(2026, 12, 1));
    ASSERT_TRUE(rules);
    EXPECT_TRUE(equal(rules->quorum, {2, 3}));

    auto unknown = workspace->voteRules().set(
        {QStringLiteral("XYZ"), QDate(2026, 1, 1), {80, 100}, QStringLiteral("x")});
    ASSERT_FALSE(unknown);
    EXPECT_TRUE(messageNames(unknown.error(), {"XYZ"}));
    EXPECT_FALSE(workspace->voteRules().set(sectorFlagFrom(QDate(2026, 1, 1), {0, 100})));
    EXPECT_FALSE(workspace->voteRules().set(sectorFlagFrom(QDate(), {80, 100})));
}
