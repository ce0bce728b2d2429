#include "cluster_fixture.h"
#include "cluster_service.h"
#include "covenant_service.h"
#include "query.h"

#include <QJsonArray>

using namespace thidua;
using domain::ClusterRole;

namespace {

class ClusterServiceTest : public test::ClusterFixture {
protected:
    services::ClusterService& service() { return workspace->clusters(); }

    domain::ClusterYear created(int year = 2018) {
        auto cluster = service().create(clusterTwo(year));
        EXPECT_TRUE(cluster) << cluster.error().message.toStdString();
        events.clear();
        return cluster.value_or(domain::ClusterYear{});
    }

    qint64 clusterCount() {
        auto db = temp.open(storage::OpenMode::ReadOnly);
        return *storage::selectInt(db, "SELECT count(*) FROM cluster");
    }
};

} // namespace

TEST_F(ClusterServiceTest, ACreatedClusterIsStoredAuditedAndAnnounced) {
    const qint64 before = auditRows();
    auto cluster = service().create(clusterTwo());
    ASSERT_TRUE(cluster) << cluster.error().message.toStdString();
    EXPECT_EQ(auditRows(), before + 1);
    const auto audit = auditOf(QStringLiteral("cluster"), cluster->cluster.uuid);
    ASSERT_EQ(audit.size(), 1u);
    EXPECT_EQ(audit[0].action, storage::AuditAction::Create);
    EXPECT_EQ(audit[0].after.value(QStringLiteral("members")).toArray().size(), 4);
    EXPECT_EQ(audit[0]
                  .after.value(QStringLiteral("decision"))
                  .toObject()
                  .value(QStringLiteral("number"))
                  .toString(),
              QStringLiteral("3021/QĐ-BTP"));
    ASSERT_EQ(events.size(), 1u);
    const auto& event = std::get<services::ClusterChanged>(events.front());
    EXPECT_EQ(event.year, 2018);
    EXPECT_EQ(event.clusterId, cluster->cluster.id);

    auto stored = service().cluster(cluster->cluster.id);
    ASSERT_TRUE(stored);
    EXPECT_EQ(stored->head(), institute);
    EXPECT_EQ(stored->deputy(), academy);
    EXPECT_EQ(service().clusters(2018)->size(), 1u);
}

TEST_F(ClusterServiceTest, BrokenRulesAreRefusedNamingUnitClusterAndYear) {
    const qint64 before = auditRows();
    domain::ClusterYear twoHeads = clusterTwo();
    twoHeads.members[2].role = ClusterRole::Head;
    auto refused = service().create(twoHeads);
    ASSERT_FALSE(refused);
    EXPECT_EQ(refused.error().code, ErrorCode::InvalidInput);
    EXPECT_TRUE(
        test::messageNames(refused.error(), {"Viện Khoa học pháp lý", "Trường Đại học Luật Hà Nội",
                                             "Cụm thi đua số II (2018)"}));

    domain::ClusterYear unknownUnit = clusterTwo();
    unknownUnit.members.push_back({9999, ClusterRole::Member});
    auto missing = service().create(unknownUnit);
    ASSERT_FALSE(missing);
    EXPECT_EQ(missing.error().code, ErrorCode::NotFound);

    EXPECT_EQ(auditRows(), before);
    EXPECT_TRUE(events.empty());
    EXPECT_EQ(clusterCount(), 0);
}

TEST_F(ClusterServiceTest, TheSameClusterTwiceInAYearIsAConflict) {
    created();
    auto twice = service().create(clusterTwo());
    ASSERT_FALSE(twice);
    EXPECT_EQ(twice.error().code, ErrorCode::Conflict);
    EXPECT_TRUE(test::messageNames(twice.error(), {"Cụm thi đua số II (2018)", "Bộ Tư pháp"}));
    EXPECT_TRUE(service().create(clusterTwo(2019)));
}

TEST_F(ClusterServiceTest, LeadershipChangesWithItsDecisionAndIsAudited) {
    const domain::ClusterYear cluster = created();
    const domain::RowId id = cluster.cluster.id;
    auto outsiderLeads = service().setLeadership(id, outsider, academy, std::nullopt);
    ASSERT_FALSE(outsiderLeads);
    EXPECT_TRUE(
        test::messageNames(outsiderLeads.error(), {"Cục Con nuôi", "Cụm thi đua số II (2018)"}));
    auto both = service().setLeadership(id, academy, academy, std::nullopt);
    ASSERT_FALSE(both);
    EXPECT_TRUE(test::messageNames(both.error(), {"Học viện Tư pháp"}));

    const domain::AppointingDecision decision{QStringLiteral("15/QĐ-BTP"), QDate(2018, 1, 8),
                                              ministry};
    ASSERT_TRUE(service().setLeadership(id, academy, university, decision));
    auto stored = service().cluster(id);
    EXPECT_EQ(stored->head(), academy);
    EXPECT_EQ(stored->deputy(), university);
    EXPECT_EQ(stored->decision, decision);
    EXPECT_EQ(stored->cluster.uuid, cluster.cluster.uuid);

    const auto audit = auditOf(QStringLiteral("cluster"), cluster.cluster.uuid);
    ASSERT_EQ(audit.size(), 2u);
    EXPECT_EQ(audit[1].action, storage::AuditAction::Update);
    EXPECT_EQ(audit[1]
                  .before.value(QStringLiteral("decision"))
                  .toObject()
                  .value(QStringLiteral("number"))
                  .toString(),
              QStringLiteral("3021/QĐ-BTP"));
    EXPECT_EQ(audit[1]
                  .after.value(QStringLiteral("decision"))
                  .toObject()
                  .value(QStringLiteral("number"))
                  .toString(),
              QStringLiteral("15/QĐ-BTP"));
    ASSERT_EQ(events.size(), 1u);
    EXPECT_EQ(std::get<services::ClusterChanged>(events.front()).clusterId, id);

    // A decision dated after its year is refused.
    auto late = service().setLeadership(
        id, academy, university,
        domain::AppointingDecision{QStringLiteral("99/QĐ-BTP"), QDate(2019, 2, 1), ministry});
    ASSERT_FALSE(late);
    EXPECT_TRUE(test::messageNames(late.error(), {"99/QĐ-BTP", "01/02/2019"}));
}

TEST_F(ClusterServiceTest, MembersJoinAndLeaveButNotWhileTheirSignatureStands) {
    const domain::ClusterYear cluster = created();
    const domain::RowId id = cluster.cluster.id;
    ASSERT_TRUE(service().addMember(id, outsider));
    auto again = service().addMember(id, outsider);
    ASSERT_FALSE(again);
    EXPECT_TRUE(test::messageNames(again.error(), {"Cục Con nuôi", "Cụm thi đua số II (2018)"}));

    domain::Covenant covenant;
    covenant.clusterId = id;
    covenant.signedOn = QDate(2018, 2, 2);
    covenant.signatoryIds = {outsider, institute};
    auto signed_ = workspace->covenants().create(covenant);
    ASSERT_TRUE(signed_) << signed_.error().message.toStdString();

    auto leaving = service().removeMember(id, outsider);
    ASSERT_FALSE(leaving);
    EXPECT_EQ(leaving.error().code, ErrorCode::Conflict);
    EXPECT_TRUE(test::messageNames(leaving.error(), {"Cục Con nuôi", "Cụm thi đua số II (2018)"}));
    auto gone = service().remove(id);
    ASSERT_FALSE(gone);
    EXPECT_TRUE(test::messageNames(gone.error(), {"Cụm thi đua số II (2018)"}));

    signed_->signatoryIds = {institute};
    ASSERT_TRUE(workspace->covenants().update(*signed_));
    ASSERT_TRUE(service().removeMember(id, outsider));
    EXPECT_FALSE(service().cluster(id)->hasMember(outsider));
    auto notMember = service().removeMember(id, outsider);
    ASSERT_FALSE(notMember);
    EXPECT_EQ(notMember.error().code, ErrorCode::NotFound);
}

TEST_F(ClusterServiceTest, MovingTheClusterToAnotherYearKeepsItsCovenantInItsYear) {
    const domain::ClusterYear cluster = created();
    domain::Covenant covenant;
    covenant.clusterId = cluster.cluster.id;
    covenant.signedOn = QDate(2018, 2, 2);
    ASSERT_TRUE(workspace->covenants().create(covenant));
    domain::ClusterYear moved = cluster;
    moved.cluster.year = 2019;
    moved.decision->date = QDate(2018, 12, 1);
    auto refused = service().update(moved);
    ASSERT_FALSE(refused);
    EXPECT_TRUE(test::messageNames(refused.error(), {"02/02/2018", "2019"}));
}

TEST_F(ClusterServiceTest, ARemovedClusterIsAuditedWithWhatItWas) {
    const domain::ClusterYear cluster = created();
    ASSERT_TRUE(service().remove(cluster.cluster.id));
    EXPECT_EQ(clusterCount(), 0);
    const auto audit = auditOf(QStringLiteral("cluster"), cluster.cluster.uuid);
    ASSERT_EQ(audit.size(), 2u);
    EXPECT_EQ(audit[1].action, storage::AuditAction::Delete);
    EXPECT_EQ(audit[1].before.value(QStringLiteral("number")).toInt(), 2);
    ASSERT_EQ(events.size(), 1u);
    EXPECT_EQ(std::get<services::ClusterChanged>(events.front()).year, 2018);
}

TEST_F(ClusterServiceTest, TheProposalRotatesLeadersLeavesOutDissolvedUnitsAndWritesNothing) {
    const domain::RowId dissolved =
        unit(QStringLiteral("Tạp chí Dân chủ và Pháp luật"), QDate(2018, 12, 31));
    domain::ClusterYear cluster = clusterTwo();
    cluster.members.push_back({dissolved, ClusterRole::Member});
    ASSERT_TRUE(service().create(cluster));
    events.clear();
    const qint64 audit = auditRows();

    auto proposal = service().proposeNextYear(2018);
    ASSERT_TRUE(proposal) << proposal.error().message.toStdString();
    EXPECT_EQ(proposal->toYear, 2019);
    ASSERT_EQ(proposal->clusters.size(), 1u);
    const domain::ClusterCopy& copy = proposal->clusters.front();
    // Members in name order: Học viện, Nhà xuất bản, Tạp chí, Trường, Viện.
    EXPECT_EQ(copy.next.head(), academy);
    EXPECT_EQ(copy.next.deputy(), publisher);
    EXPECT_FALSE(copy.next.hasMember(dissolved));
    ASSERT_EQ(copy.notes.size(), 1);
    EXPECT_TRUE(copy.notes.front().contains(QStringLiteral("Tạp chí Dân chủ và Pháp luật")));

    EXPECT_EQ(clusterCount(), 1);
    EXPECT_EQ(auditRows(), audit);
    EXPECT_TRUE(events.empty());
}

TEST_F(ClusterServiceTest, AnEditedProposalIsAppliedInOneTransaction) {
    created();
    domain::ClusterYear four = clusterTwo();
    four.cluster.number = 4;
    four.members = {{outsider, ClusterRole::Head}};
    four.decision.reset();
    ASSERT_TRUE(service().create(four));
    events.clear();
    const qint64 audit = auditRows();

    auto proposal = service().proposeNextYear(2018);
    ASSERT_TRUE(proposal);
    ASSERT_EQ(proposal->clusters.size(), 2u);
    // The clerk keeps the rotated head but picks another deputy, and records
    // the decision.
    domain::ClusterYear& two = proposal->clusters[0].next;
    ASSERT_EQ(two.cluster.number, 2);
    domain::setLeaders(two, two.head(), university);
    two.decision =
        domain::AppointingDecision{QStringLiteral("2990/QĐ-BTP"), QDate(2018, 12, 26), ministry};

    auto applied = service().applyNextYear(*proposal);
    ASSERT_TRUE(applied) << applied.error().message.toStdString();
    ASSERT_EQ(applied->size(), 2u);
    auto next = service().clusters(2019);
    ASSERT_EQ(next->size(), 2u);
    auto stored = service().cluster(applied->front());
    EXPECT_EQ(stored->head(), academy);
    EXPECT_EQ(stored->deputy(), university);
    EXPECT_EQ(stored->decision->number, QStringLiteral("2990/QĐ-BTP"));
    // Two clusters and the year 2019 opened as a period.
    EXPECT_EQ(auditRows(), audit + 3);
    ASSERT_EQ(events.size(), 1u);
    const auto& event = std::get<services::ClusterChanged>(events.front());
    EXPECT_EQ(event.year, 2019);
    EXPECT_EQ(event.clusterId, domain::NoId);
    {
        auto db = temp.open(storage::OpenMode::ReadOnly);
        EXPECT_EQ(*storage::selectInt(db, "SELECT count(*) FROM period WHERE kind = 'year'"
                                          " AND start_date = '2019-01-01'"),
                  1);
    }

    // Applying the same proposal again clashes and stores nothing.
    events.clear();
    const qint64 afterFirst = auditRows();
    auto twice = service().applyNextYear(*proposal);
    ASSERT_FALSE(twice);
    EXPECT_EQ(twice.error().code, ErrorCode::Conflict);
    EXPECT_TRUE(test::messageNames(twice.error(), {"Cụm thi đua số II (2019)", "Bộ Tư pháp"}));
    EXPECT_EQ(clusterCount(), 4);
    EXPECT_EQ(auditRows(), afterFirst);
    EXPECT_TRUE(events.empty());
}

TEST_F(ClusterServiceTest, OneBrokenClusterInAProposalStoresNone) {
    created();
    auto proposal = service().proposeNextYear(2018);
    ASSERT_TRUE(proposal);
    domain::ClusterCopy broken = proposal->clusters.front();
    broken.next.cluster.number = 5;
    broken.next.members.push_back({academy, ClusterRole::Member}); // listed twice
    proposal->clusters.push_back(broken);
    auto applied = service().applyNextYear(*proposal);
    ASSERT_FALSE(applied);
    EXPECT_TRUE(
        test::messageNames(applied.error(), {"Học viện Tư pháp", "Cụm thi đua số V (2019)"}));
    EXPECT_EQ(clusterCount(), 1);
}
