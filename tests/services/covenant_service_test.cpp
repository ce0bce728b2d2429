#include "cluster_fixture.h"
#include "cluster_service.h"
#include "covenant_service.h"

#include <QJsonArray>

using namespace thidua;

namespace {

class CovenantServiceTest : public test::ClusterFixture {
protected:
    void SetUp() override {
        ClusterFixture::SetUp();
        auto cluster = workspace->clusters().create(clusterTwo());
        ASSERT_TRUE(cluster) << cluster.error().message.toStdString();
        clusterId = cluster->cluster.id;
        events.clear();
    }

    services::CovenantService& service() { return workspace->covenants(); }

    domain::Covenant covenant() const {
        domain::Covenant result;
        result.clusterId = clusterId;
        result.signedOn = QDate(2018, 2, 27);
        result.place = QStringLiteral("  Hội trường Viện Khoa học pháp lý ");
        result.signatoryIds = {institute, academy, university, publisher};
        result.targets = {QStringLiteral("Hoàn thành 100% chỉ tiêu."), QString(),
                          QStringLiteral("  Không có vi phạm kỷ luật. ")};
        return result;
    }

    domain::RowId clusterId = domain::NoId;
};

} // namespace

TEST_F(CovenantServiceTest, ASignedCovenantIsTidiedStoredAuditedAndAnnounced) {
    const qint64 before = auditRows();
    auto made = service().create(covenant());
    ASSERT_TRUE(made) << made.error().message.toStdString();
    EXPECT_EQ(made->place, QStringLiteral("Hội trường Viện Khoa học pháp lý"));
    EXPECT_EQ(made->targets, (QStringList{QStringLiteral("Hoàn thành 100% chỉ tiêu."),
                                          QStringLiteral("Không có vi phạm kỷ luật.")}));
    EXPECT_EQ(auditRows(), before + 1);
    const auto audit = auditOf(QStringLiteral("covenant"), made->uuid);
    ASSERT_EQ(audit.size(), 1u);
    EXPECT_EQ(audit[0].after.value(QStringLiteral("signatories")).toArray().size(), 4);
    EXPECT_EQ(audit[0].after.value(QStringLiteral("signed_on")).toString(),
              QStringLiteral("2018-02-27"));
    ASSERT_EQ(events.size(), 1u);
    EXPECT_EQ(std::get<services::CovenantChanged>(events.front()).clusterId, clusterId);

    auto stored = service().forCluster(clusterId);
    ASSERT_TRUE(stored && *stored);
    EXPECT_EQ((*stored)->signatoryIds.size(), 4u);
    EXPECT_EQ((*stored)->targets, made->targets);
}

TEST_F(CovenantServiceTest, RefusalsNameTheUnitTheClusterAndTheYear) {
    domain::Covenant late = covenant();
    late.signedOn = QDate(2019, 1, 10);
    auto outside = service().create(late);
    ASSERT_FALSE(outside);
    EXPECT_EQ(outside.error().code, ErrorCode::InvalidInput);
    EXPECT_TRUE(
        test::messageNames(outside.error(), {"Cụm thi đua số II (2018)", "10/01/2019", "2018"}));

    domain::Covenant stranger = covenant();
    stranger.signatoryIds.push_back(outsider);
    auto notMember = service().create(stranger);
    ASSERT_FALSE(notMember);
    EXPECT_TRUE(
        test::messageNames(notMember.error(), {"Cục Con nuôi", "Cụm thi đua số II (2018)"}));
    EXPECT_TRUE(events.empty());

    ASSERT_TRUE(service().create(covenant()));
    auto second = service().create(covenant());
    ASSERT_FALSE(second);
    EXPECT_EQ(second.error().code, ErrorCode::Conflict);
    EXPECT_TRUE(test::messageNames(second.error(), {"Cụm thi đua số II (2018)", "27/02/2018"}));

    domain::Covenant nowhere = covenant();
    nowhere.clusterId = 4242;
    EXPECT_EQ(service().create(nowhere).error().code, ErrorCode::NotFound);
}

TEST_F(CovenantServiceTest, AnUpdateKeepsTheClusterAndUuidAndIsAudited) {
    auto made = service().create(covenant());
    ASSERT_TRUE(made);
    events.clear();
    domain::Covenant changed = *made;
    changed.clusterId = 4242; // ignored: a covenant stays with its cluster-year
    changed.uuid.clear();
    changed.signedOn = QDate(2018, 3, 2);
    changed.signatoryIds = {institute};
    changed.targets.append(QStringLiteral("Tham gia đầy đủ hoạt động chung của cụm."));
    auto ok = service().update(changed);
    ASSERT_TRUE(ok) << ok.error().message.toStdString();
    auto stored = service().forCluster(clusterId);
    ASSERT_TRUE(stored && *stored);
    EXPECT_EQ((*stored)->uuid, made->uuid);
    EXPECT_EQ((*stored)->signedOn, QDate(2018, 3, 2));
    EXPECT_EQ((*stored)->signatoryIds, (std::vector<domain::RowId>{institute}));
    EXPECT_EQ((*stored)->targets.size(), 3);
    const auto audit = auditOf(QStringLiteral("covenant"), made->uuid);
    ASSERT_EQ(audit.size(), 2u);
    EXPECT_EQ(audit[1].before.value(QStringLiteral("signatories")).toArray().size(), 4);
    EXPECT_EQ(audit[1].after.value(QStringLiteral("signatories")).toArray().size(), 1);
    ASSERT_EQ(events.size(), 1u);
    EXPECT_EQ(std::get<services::CovenantChanged>(events.front()).clusterId, clusterId);
}

TEST_F(CovenantServiceTest, ARemovedCovenantIsAuditedAndFreesTheCluster) {
    auto made = service().create(covenant());
    ASSERT_TRUE(made);
    ASSERT_TRUE(service().remove(made->id));
    EXPECT_FALSE(*service().forCluster(clusterId));
    const auto audit = auditOf(QStringLiteral("covenant"), made->uuid);
    ASSERT_EQ(audit.size(), 2u);
    EXPECT_EQ(audit[1].action, storage::AuditAction::Delete);
    EXPECT_TRUE(workspace->clusters().remove(clusterId));
    EXPECT_EQ(service().remove(made->id).error().code, ErrorCode::NotFound);
}
