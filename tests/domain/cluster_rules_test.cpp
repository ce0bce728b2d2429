#include "cluster_rules.h"

#include <QHash>

#include <gtest/gtest.h>

using namespace thidua::domain;

namespace {

constexpr RowId Ministry = 1;
constexpr RowId Institute = 11;
constexpr RowId Academy = 12;
constexpr RowId University = 13;
constexpr RowId Publisher = 14;
constexpr RowId Outsider = 20;

const QHash<RowId, QString> unitNames{
    {Ministry, QStringLiteral("Bộ Tư pháp")},
    {Institute, QStringLiteral("Viện Khoa học pháp lý")},
    {Academy, QStringLiteral("Học viện Tư pháp")},
    {University, QStringLiteral("Trường Đại học Luật Hà Nội")},
    {Publisher, QStringLiteral("Nhà xuất bản Tư pháp")},
    {Outsider, QStringLiteral("Cục Con nuôi")},
};

const UnitNames names = [](RowId id) {
    return unitNames.value(id);
};

// Cụm II of 2018 led by the institute, the academy its deputy.
ClusterYear clusterTwo() {
    ClusterYear cluster;
    cluster.cluster.id = 5;
    cluster.cluster.organiserId = Ministry;
    cluster.cluster.year = 2018;
    cluster.cluster.number = 2;
    cluster.members = {{Institute, ClusterRole::Head},
                       {Academy, ClusterRole::Deputy},
                       {University, ClusterRole::Member},
                       {Publisher, ClusterRole::Member}};
    cluster.decision =
        AppointingDecision{QStringLiteral("3021/QĐ-BTP"), QDate(2017, 12, 20), Ministry};
    return cluster;
}

Covenant covenantOf(const ClusterYear& cluster) {
    Covenant covenant;
    covenant.clusterId = cluster.cluster.id;
    covenant.signedOn = QDate(2018, 2, 27);
    covenant.place = QStringLiteral("Hội trường Viện Khoa học pháp lý");
    covenant.signatoryIds = cluster.memberIds();
    covenant.targets = {QStringLiteral("Hoàn thành các chỉ tiêu năm 2018.")};
    return covenant;
}

void expectNames(const std::optional<QString>& refusal, std::initializer_list<const char*> parts) {
    ASSERT_TRUE(refusal);
    for (const char* part : parts)
        EXPECT_TRUE(refusal->contains(QString::fromUtf8(part))) << refusal->toStdString();
}

} // namespace

TEST(ClusterRules, AWellFormedClusterYearMayBeStored) {
    EXPECT_EQ(clusterRefusal(clusterTwo(), names), std::nullopt);
    EXPECT_EQ(clusterTwo().head(), Institute);
    EXPECT_EQ(clusterTwo().deputy(), Academy);
}

TEST(ClusterRules, AClusterYearHasOneHeadAndOneDeputy) {
    ClusterYear twoHeads = clusterTwo();
    twoHeads.members[2].role = ClusterRole::Head;
    expectNames(
        clusterRefusal(twoHeads, names),
        {"Cụm thi đua số II (2018)", "Viện Khoa học pháp lý", "Trường Đại học Luật Hà Nội"});

    ClusterYear twoDeputies = clusterTwo();
    twoDeputies.members[3].role = ClusterRole::Deputy;
    expectNames(clusterRefusal(twoDeputies, names),
                {"deput", "Học viện Tư pháp", "Nhà xuất bản Tư pháp", "(2018)"});
}

TEST(ClusterRules, AUnitIsListedOnceSoHeadAndDeputyDiffer) {
    ClusterYear cluster = clusterTwo();
    cluster.members.push_back({Institute, ClusterRole::Deputy});
    cluster.members[1].role = ClusterRole::Member;
    expectNames(clusterRefusal(cluster, names), {"Viện Khoa học pháp lý", "twice", "(2018)"});
}

TEST(ClusterRules, AClusterNeedsANumberOrANameAndAnOrganiser) {
    ClusterYear nameless = clusterTwo();
    nameless.cluster.number = 0;
    expectNames(clusterRefusal(nameless, names), {"2018"});
    nameless.cluster.name = QStringLiteral("Khối thi đua Nội chính");
    EXPECT_EQ(clusterRefusal(nameless, names), std::nullopt);

    ClusterYear orphan = clusterTwo();
    orphan.cluster.organiserId = NoId;
    expectNames(clusterRefusal(orphan, names), {"Cụm thi đua số II (2018)"});
}

TEST(ClusterRules, TheAppointingDecisionIsCompleteAndNotLaterThanTheYear) {
    ClusterYear unnumbered = clusterTwo();
    unnumbered.decision->number = QStringLiteral("  ");
    expectNames(clusterRefusal(unnumbered, names), {"Cụm thi đua số II (2018)"});

    ClusterYear undated = clusterTwo();
    undated.decision->date = {};
    expectNames(clusterRefusal(undated, names), {"3021/QĐ-BTP"});

    ClusterYear anonymous = clusterTwo();
    anonymous.decision->issuerId = NoId;
    expectNames(clusterRefusal(anonymous, names), {"3021/QĐ-BTP"});

    ClusterYear late = clusterTwo();
    late.decision->date = QDate(2019, 1, 3);
    expectNames(clusterRefusal(late, names), {"3021/QĐ-BTP", "03/01/2019", "2018"});

    ClusterYear nobody = clusterTwo();
    setLeaders(nobody, NoId, NoId);
    expectNames(clusterRefusal(nobody, names), {"3021/QĐ-BTP", "Cụm thi đua số II (2018)"});

    ClusterYear none = clusterTwo();
    none.decision.reset();
    EXPECT_EQ(clusterRefusal(none, names), std::nullopt);
}

TEST(ClusterRules, LeadersAreTwoDifferentMembers) {
    const ClusterYear cluster = clusterTwo();
    EXPECT_EQ(leadershipRefusal(cluster, Academy, University, names), std::nullopt);
    EXPECT_EQ(leadershipRefusal(cluster, Academy, NoId, names), std::nullopt);
    expectNames(leadershipRefusal(cluster, Outsider, Academy, names),
                {"Cục Con nuôi", "Cụm thi đua số II (2018)", "head"});
    expectNames(leadershipRefusal(cluster, Academy, Outsider, names), {"Cục Con nuôi", "deputy"});
    expectNames(leadershipRefusal(cluster, Academy, Academy, names), {"Học viện Tư pháp", "both"});
}

TEST(ClusterRules, SetLeadersMovesTheRoles) {
    ClusterYear cluster = clusterTwo();
    setLeaders(cluster, Academy, University);
    EXPECT_EQ(cluster.head(), Academy);
    EXPECT_EQ(cluster.deputy(), University);
    EXPECT_EQ(cluster.members[0].role, ClusterRole::Member);
    EXPECT_EQ(cluster.members.size(), 4u);
}

TEST(CovenantRules, MembersSignWithinTheYear) {
    const ClusterYear cluster = clusterTwo();
    EXPECT_EQ(covenantRefusal(covenantOf(cluster), cluster, names), std::nullopt);

    Covenant late = covenantOf(cluster);
    late.signedOn = QDate(2019, 1, 5);
    expectNames(covenantRefusal(late, cluster, names),
                {"Cụm thi đua số II (2018)", "05/01/2019", "2018"});

    Covenant undated = covenantOf(cluster);
    undated.signedOn = {};
    expectNames(covenantRefusal(undated, cluster, names), {"Cụm thi đua số II (2018)"});

    Covenant outsider = covenantOf(cluster);
    outsider.signatoryIds.push_back(Outsider);
    expectNames(covenantRefusal(outsider, cluster, names),
                {"Cục Con nuôi", "Cụm thi đua số II (2018)"});

    Covenant twice = covenantOf(cluster);
    twice.signatoryIds.push_back(Academy);
    expectNames(covenantRefusal(twice, cluster, names), {"Học viện Tư pháp", "twice"});
}

TEST(CovenantRules, AMemberWhoSignedLeavesOnlyAfterItsSignature) {
    const ClusterYear cluster = clusterTwo();
    Covenant covenant = covenantOf(cluster);
    ClusterYear smaller = cluster;
    smaller.members.pop_back();
    expectNames(memberRemovalRefusal(smaller, covenant, names),
                {"Nhà xuất bản Tư pháp", "Cụm thi đua số II (2018)"});
    covenant.signatoryIds.pop_back();
    EXPECT_EQ(memberRemovalRefusal(smaller, covenant, names), std::nullopt);
}

TEST(CovenantRules, TargetsAreTidiedAndEmptyOnesDropped) {
    const QStringList typed{
        QStringLiteral("  Hoàn thành   chỉ tiêu ").normalized(QString::NormalizationForm_D),
        QString(), QStringLiteral("   "), QStringLiteral("Không có vi phạm")};
    EXPECT_EQ(tidyTargets(typed), (QStringList{QStringLiteral("Hoàn thành chỉ tiêu"),
                                               QStringLiteral("Không có vi phạm")}));
}

TEST(ClusterCodes, RolesAndKindsRoundTrip) {
    for (ClusterRole role : {ClusterRole::Member, ClusterRole::Head, ClusterRole::Deputy})
        EXPECT_EQ(clusterRoleFromCode(clusterRoleCode(role)), role);
    EXPECT_EQ(clusterRoleFromCode(QStringLiteral("chair")), std::nullopt);
    EXPECT_EQ(clusterKindCode(ClusterKind::Block), QStringLiteral("block"));
}
