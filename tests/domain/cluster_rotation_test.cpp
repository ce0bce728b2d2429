#include "cluster_rotation.h"

#include <QHash>

#include <gtest/gtest.h>

#include <set>

using namespace thidua::domain;

namespace {

// Members 1, 2, 3 … in their stable order, with the given head and deputy.
ClusterYear cluster(int members, RowId head, RowId deputy) {
    ClusterYear result;
    result.cluster.id = 40;
    result.cluster.uuid = QStringLiteral("0190f0c4-0000-7000-8000-000000000040");
    result.cluster.organiserId = 100;
    result.cluster.year = 2024;
    result.cluster.number = 3;
    for (RowId id = 1; id <= members; ++id)
        result.members.push_back({id, id == head     ? ClusterRole::Head
                                      : id == deputy ? ClusterRole::Deputy
                                                     : ClusterRole::Member});
    result.decision = AppointingDecision{QStringLiteral("12/QĐ-BTP"), QDate(2023, 12, 20), 100};
    return result;
}

const StillActive everyone = [](RowId) {
    return true;
};

} // namespace

TEST(ClusterRotation, TheDeputyLeadsNextYearAndTheNextMemberBecomesDeputy) {
    const ClusterYear next = rotatedForNextYear(cluster(5, 1, 2), everyone);
    EXPECT_EQ(next.head(), 2);
    EXPECT_EQ(next.deputy(), 3);
    EXPECT_EQ(next.cluster.year, 2025);
    EXPECT_EQ(next.cluster.id, NoId);
    EXPECT_TRUE(next.cluster.uuid.isEmpty());
    EXPECT_EQ(next.cluster.number, 3);
    EXPECT_EQ(next.cluster.organiserId, 100);
    // Next year's decision is not issued yet.
    EXPECT_FALSE(next.decision);
    EXPECT_EQ(next.memberIds(), (std::vector<RowId>{1, 2, 3, 4, 5}));
}

TEST(ClusterRotation, TheWalkWrapsRoundAndTwoMembersSwap) {
    const ClusterYear wrapped = rotatedForNextYear(cluster(4, 3, 4), everyone);
    EXPECT_EQ(wrapped.head(), 4);
    EXPECT_EQ(wrapped.deputy(), 1);
    const ClusterYear pair = rotatedForNextYear(cluster(2, 1, 2), everyone);
    EXPECT_EQ(pair.head(), 2);
    EXPECT_EQ(pair.deputy(), 1);
}

TEST(ClusterRotation, WithoutADeputyTheWalkStartsAfterTheHead) {
    const ClusterYear noDeputy = rotatedForNextYear(cluster(4, 2, NoId), everyone);
    EXPECT_EQ(noDeputy.head(), 3);
    EXPECT_EQ(noDeputy.deputy(), 4);
    const ClusterYear noLeaders = rotatedForNextYear(cluster(4, NoId, NoId), everyone);
    EXPECT_EQ(noLeaders.head(), 1);
    EXPECT_EQ(noLeaders.deputy(), 2);
    const ClusterYear alone = rotatedForNextYear(cluster(1, 1, NoId), everyone);
    EXPECT_EQ(alone.head(), 1);
    EXPECT_EQ(alone.deputy(), NoId);
    const ClusterYear empty = rotatedForNextYear(cluster(0, NoId, NoId), everyone);
    EXPECT_TRUE(empty.members.empty());
}

TEST(ClusterRotation, EveryMemberLeadsOnceInAsManyYearsAsThereAreMembers) {
    ClusterYear year = cluster(6, 4, 5);
    std::set<RowId> heads;
    for (int i = 0; i < 6; ++i) {
        year = rotatedForNextYear(year, everyone);
        heads.insert(year.head());
        EXPECT_NE(year.head(), year.deputy());
    }
    EXPECT_EQ(heads.size(), 6u);
    EXPECT_EQ(year.cluster.year, 2030);
}

TEST(ClusterRotation, UnitsThatNoLongerExistAreSkippedAndNamed) {
    // The deputy (2) is dissolved: the walk goes on to 3; 4 is dissolved too.
    const StillActive active = [](RowId id) {
        return id != 2 && id != 4;
    };
    const QHash<RowId, QString> unitNames{{2, QStringLiteral("Cục Con nuôi")},
                                          {4, QStringLiteral("Cục Trợ giúp pháp lý")}};
    const auto proposal = proposeNextYear(2024, {cluster(5, 1, 2)}, active,
                                          [&](RowId id) { return unitNames.value(id); });
    EXPECT_EQ(proposal.fromYear, 2024);
    EXPECT_EQ(proposal.toYear, 2025);
    ASSERT_EQ(proposal.clusters.size(), 1u);
    const ClusterCopy& copy = proposal.clusters.front();
    EXPECT_EQ(copy.sourceId, 40);
    EXPECT_EQ(copy.next.memberIds(), (std::vector<RowId>{1, 3, 5}));
    EXPECT_EQ(copy.next.head(), 3);
    EXPECT_EQ(copy.next.deputy(), 5);
    ASSERT_EQ(copy.notes.size(), 2);
    EXPECT_TRUE(copy.notes[0].contains(QStringLiteral("Cục Con nuôi")));
    EXPECT_TRUE(copy.notes[0].contains(QStringLiteral("2025")));
    EXPECT_TRUE(copy.notes[1].contains(QStringLiteral("Cục Trợ giúp pháp lý")));
}

TEST(ClusterRotation, TheProposalKeepsTheOrderOfTheClusters) {
    ClusterYear other = cluster(3, 1, 2);
    other.cluster.id = 41;
    other.cluster.number = 4;
    const auto proposal = proposeNextYear(2024, {cluster(3, 1, 2), other}, everyone, {});
    ASSERT_EQ(proposal.clusters.size(), 2u);
    EXPECT_EQ(proposal.clusters[0].sourceId, 40);
    EXPECT_EQ(proposal.clusters[1].sourceId, 41);
    EXPECT_EQ(proposal.clusters[1].next.cluster.number, 4);
    EXPECT_TRUE(proposal.clusters[1].notes.isEmpty());
}
