#include "cluster_year_repository.h"
#include "covenant_repository.h"
#include "integrity_check.h"
#include "query.h"
#include "temp_database.h"
#include "test_data.h"
#include "transaction.h"

#include <gtest/gtest.h>

using namespace thidua;

namespace {

class ClusterStorage : public ::testing::Test {
protected:
    void SetUp() override {
        ministry = test::addUnit(db, QStringLiteral("Bộ Tư pháp"), domain::NoId,
                                 QStringLiteral("ministry"))
                       .id;
        // Added out of name order: storage lists members by Vietnamese name.
        university = test::addUnit(db, QStringLiteral("Trường Đại học Luật Hà Nội")).id;
        institute = test::addUnit(db, QStringLiteral("Viện Khoa học pháp lý")).id;
        academy = test::addUnit(db, QStringLiteral("Học viện Tư pháp")).id;
        outsider = test::addUnit(db, QStringLiteral("Cục Con nuôi")).id;
    }

    domain::ClusterYear clusterTwo(int year = 2018) const {
        domain::ClusterYear cluster;
        cluster.cluster.organiserId = ministry;
        cluster.cluster.year = year;
        cluster.cluster.number = 2;
        cluster.members = {{institute, domain::ClusterRole::Head},
                           {academy, domain::ClusterRole::Deputy},
                           {university, domain::ClusterRole::Member}};
        cluster.decision = domain::AppointingDecision{QStringLiteral("3021/QĐ-BTP"),
                                                      QDate(2017, 12, 20), ministry};
        return cluster;
    }

    domain::ClusterYear stored(const domain::ClusterYear& cluster) {
        auto found = storage::ClusterYearRepository(db).find(cluster.cluster.id);
        EXPECT_TRUE(found) << found.error().message.toStdString();
        return found.value_or(domain::ClusterYear{});
    }

    test::TempDatabase temp;
    storage::Database db = temp.open();
    domain::RowId ministry = domain::NoId;
    domain::RowId university = domain::NoId;
    domain::RowId institute = domain::NoId;
    domain::RowId academy = domain::NoId;
    domain::RowId outsider = domain::NoId;
};

} // namespace

TEST_F(ClusterStorage, AClusterYearRoundTripsWithMembersInNameOrderAndItsDecision) {
    domain::ClusterYear cluster = clusterTwo();
    ASSERT_TRUE(storage::ClusterYearRepository(db).insert(cluster));
    EXPECT_NE(cluster.cluster.id, domain::NoId);
    EXPECT_FALSE(cluster.cluster.uuid.isEmpty());

    const domain::ClusterYear back = stored(cluster);
    EXPECT_EQ(back.cluster.uuid, cluster.cluster.uuid);
    EXPECT_EQ(back.cluster.number, 2);
    EXPECT_EQ(back.memberIds(), (std::vector<domain::RowId>{academy, university, institute}));
    EXPECT_EQ(back.head(), institute);
    EXPECT_EQ(back.deputy(), academy);
    ASSERT_TRUE(back.decision);
    EXPECT_EQ(*back.decision, *cluster.decision);
    EXPECT_EQ(*storage::selectInt(db, "SELECT count(*) FROM cluster_leadership_decision"
                                      " WHERE decided_on = '2017-12-20'"),
              1);
}

TEST_F(ClusterStorage, AnUpdateSwapsLeadersReplacesMembersAndClearsTheDecision) {
    domain::ClusterYear cluster = clusterTwo();
    storage::ClusterYearRepository clusters(db);
    ASSERT_TRUE(clusters.insert(cluster));
    // Swapping head and deputy passes the one-head index on the way.
    domain::setLeaders(cluster, academy, institute);
    std::erase_if(cluster.members, [&](const auto& member) { return member.unitId == university; });
    cluster.members.push_back({outsider, domain::ClusterRole::Member});
    cluster.decision.reset();
    auto ok = clusters.update(cluster);
    ASSERT_TRUE(ok) << ok.error().message.toStdString();

    const domain::ClusterYear back = stored(cluster);
    EXPECT_EQ(back.head(), academy);
    EXPECT_EQ(back.deputy(), institute);
    EXPECT_EQ(back.memberIds(), (std::vector<domain::RowId>{outsider, academy, institute}));
    EXPECT_FALSE(back.decision);
}

TEST_F(ClusterStorage, TheSchemaRefusesASecondHeadOrDeputy) {
    domain::ClusterYear cluster = clusterTwo();
    ASSERT_TRUE(storage::ClusterYearRepository(db).insert(cluster));
    EXPECT_FALSE(
        storage::exec(db, "UPDATE cluster_member SET role = 'head' WHERE unit_id = ?", university));
    EXPECT_FALSE(storage::exec(db, "UPDATE cluster_member SET role = 'deputy' WHERE unit_id = ?",
                               university));
}

TEST_F(ClusterStorage, AClashIsTheSameNumberOrWithoutNumbersTheSameName) {
    storage::ClusterYearRepository clusters(db);
    domain::ClusterYear two = clusterTwo();
    ASSERT_TRUE(clusters.insert(two));
    domain::ClusterYear again = clusterTwo();
    EXPECT_EQ(*clusters.findClash(again.cluster), two.cluster.id);
    EXPECT_EQ(*clusters.findClash(two.cluster), domain::NoId); // itself is no clash
    EXPECT_EQ(*clusters.findClash(clusterTwo(2019).cluster), domain::NoId);

    domain::ClusterYear block;
    block.cluster = {domain::NoId,
                     {},
                     ministry,
                     domain::ClusterKind::Block,
                     2018,
                     0,
                     QStringLiteral("Khối thi đua Nội chính")};
    ASSERT_TRUE(clusters.insert(block));
    domain::Cluster sameName = block.cluster;
    sameName.id = domain::NoId;
    EXPECT_EQ(*clusters.findClash(sameName), block.cluster.id);
    sameName.name = QStringLiteral("Khối thi đua Kinh tế");
    EXPECT_EQ(*clusters.findClash(sameName), domain::NoId);
    EXPECT_EQ(clusters.forYear(2018)->size(), 2u);
}

TEST_F(ClusterStorage, ACovenantRoundTripsWithSignatoriesAndOrderedTargets) {
    domain::ClusterYear cluster = clusterTwo();
    ASSERT_TRUE(storage::ClusterYearRepository(db).insert(cluster));
    domain::Covenant covenant;
    covenant.clusterId = cluster.cluster.id;
    covenant.signedOn = QDate(2018, 2, 27);
    covenant.place = QStringLiteral("Hội trường Viện Khoa học pháp lý");
    covenant.signatoryIds = {institute, academy};
    covenant.targets = {QStringLiteral("Thứ nhất"), QStringLiteral("Thứ hai"),
                        QStringLiteral("Thứ ba")};
    storage::CovenantRepository covenants(db);
    ASSERT_TRUE(covenants.insert(covenant));

    auto back = covenants.forCluster(cluster.cluster.id);
    ASSERT_TRUE(back && *back);
    EXPECT_EQ((*back)->uuid, covenant.uuid);
    EXPECT_EQ((*back)->signedOn, QDate(2018, 2, 27));
    EXPECT_EQ((*back)->signatoryIds, (std::vector<domain::RowId>{academy, institute}));
    EXPECT_EQ((*back)->targets, covenant.targets);
    // SQLite's own check reads the signatures right (see the column order in 0003).
    auto report = storage::checkIntegrity(db);
    ASSERT_TRUE(report);
    EXPECT_TRUE(report->ok()) << report->problems.join(QLatin1Char('\n')).toStdString();

    covenant.targets = {QStringLiteral("Thứ hai"), QStringLiteral("Thứ nhất")};
    covenant.signatoryIds = {university};
    ASSERT_TRUE(covenants.update(covenant));
    EXPECT_EQ(covenants.find(covenant.id)->targets, covenant.targets);
    EXPECT_EQ(covenants.find(covenant.id)->signatoryIds, covenant.signatoryIds);
    EXPECT_FALSE(*covenants.forCluster(cluster.cluster.id + 1));
}

TEST_F(ClusterStorage, TheSchemaKeepsSignaturesToMembersOfThatClusterYear) {
    storage::ClusterYearRepository clusters(db);
    domain::ClusterYear cluster = clusterTwo();
    domain::ClusterYear nextYear = clusterTwo(2019);
    ASSERT_TRUE(clusters.insert(cluster));
    ASSERT_TRUE(clusters.insert(nextYear));
    storage::CovenantRepository covenants(db);

    {
        // Rolled back, as a service's transaction would be.
        auto transaction = storage::Transaction::begin(db);
        ASSERT_TRUE(transaction);
        domain::Covenant byOutsider{domain::NoId, {}, cluster.cluster.id, QDate(2018, 3, 1), {},
                                    {outsider},   {}};
        EXPECT_FALSE(covenants.insert(byOutsider));
    }

    domain::Covenant covenant{domain::NoId, {}, cluster.cluster.id, QDate(2018, 3, 1), {},
                              {university}, {}};
    ASSERT_TRUE(covenants.insert(covenant));
    // The same unit is a member next year, but this covenant is of 2018.
    EXPECT_FALSE(storage::exec(db,
                               "INSERT INTO covenant_signatory (covenant_id, cluster_id, unit_id)"
                               " VALUES (?, ?, ?)",
                               covenant.id, nextYear.cluster.id, academy));
    // A member that signed cannot leave, nor can the cluster go.
    std::erase_if(cluster.members, [&](const auto& member) { return member.unitId == university; });
    EXPECT_FALSE(clusters.update(cluster));
    EXPECT_FALSE(clusters.remove(cluster.cluster.id));
    ASSERT_TRUE(covenants.remove(covenant.id));
    EXPECT_TRUE(clusters.remove(cluster.cluster.id));
    EXPECT_EQ(*storage::selectInt(db, "SELECT count(*) FROM covenant_signatory"), 0);
}

TEST_F(ClusterStorage, TheSchemaRefusesDatesThatAreNotIsoDays) {
    domain::ClusterYear cluster = clusterTwo();
    ASSERT_TRUE(storage::ClusterYearRepository(db).insert(cluster));
    for (const char* date : {"2018-02-30", "27/02/2018", "2018-2-27"})
        EXPECT_FALSE(storage::exec(db,
                                   "INSERT INTO covenant (uuid, cluster_id, signed_on)"
                                   " VALUES ('c', ?, ?)",
                                   cluster.cluster.id, QString::fromUtf8(date)))
            << date;
}
