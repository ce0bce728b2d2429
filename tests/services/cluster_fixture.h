#pragma once

#include "audit_log.h"
#include "catalogue_service.h"
#include "change_events.h"
#include "cluster_year.h"
#include "fake_clock.h"
#include "temp_database.h"
#include "workspace.h"

#include <gtest/gtest.h>

#include <memory>
#include <vector>

namespace thidua::test {

// A workspace with the Ministry and four units of its cluster II, and the
// events and audit rows the cluster, covenant and movement services make.
class ClusterFixture : public ::testing::Test {
protected:
    void SetUp() override {
        auto opened = services::Workspace::open(temp.path(), clock, QStringLiteral("thu.ky"));
        ASSERT_TRUE(opened) << opened.error().message.toStdString();
        workspace = std::move(*opened);
        ministry = unit(QStringLiteral("Bộ Tư pháp"));
        institute = unit(QStringLiteral("Viện Khoa học pháp lý"));
        academy = unit(QStringLiteral("Học viện Tư pháp"));
        university = unit(QStringLiteral("Trường Đại học Luật Hà Nội"));
        publisher = unit(QStringLiteral("Nhà xuất bản Tư pháp"));
        outsider = unit(QStringLiteral("Cục Con nuôi"));
        workspace->changes().subscribe(
            [this](const services::ChangeEvent& event) { events.push_back(event); });
    }

    domain::RowId unit(const QString& name, QDate activeTo = {}) {
        domain::Unit created;
        created.name = name;
        created.activeTo = activeTo;
        auto stored = workspace->catalogue().createUnit(created);
        EXPECT_TRUE(stored);
        return stored ? stored->id : domain::NoId;
    }

    // Cụm II of the year: the institute leads, the academy is deputy.
    domain::ClusterYear clusterTwo(int year = 2018) const {
        domain::ClusterYear cluster;
        cluster.cluster.organiserId = ministry;
        cluster.cluster.year = year;
        cluster.cluster.number = 2;
        cluster.members = {{institute, domain::ClusterRole::Head},
                           {academy, domain::ClusterRole::Deputy},
                           {university, domain::ClusterRole::Member},
                           {publisher, domain::ClusterRole::Member}};
        cluster.decision = domain::AppointingDecision{QStringLiteral("3021/QĐ-BTP"),
                                                      QDate(year - 1, 12, 20), ministry};
        return cluster;
    }

    qint64 auditRows() {
        auto db = temp.open(storage::OpenMode::ReadOnly);
        return *storage::AuditLog(db).count();
    }

    std::vector<storage::AuditEntry> auditOf(const QString& entity, const QString& uuid) {
        auto db = temp.open(storage::OpenMode::ReadOnly);
        return *storage::AuditLog(db).forEntity(entity, uuid);
    }

    TempDatabase temp;
    FakeClock clock;
    std::unique_ptr<services::Workspace> workspace;
    std::vector<services::ChangeEvent> events;
    domain::RowId ministry = domain::NoId;
    domain::RowId institute = domain::NoId;
    domain::RowId academy = domain::NoId;
    domain::RowId university = domain::NoId;
    domain::RowId publisher = domain::NoId;
    domain::RowId outsider = domain::NoId;
};

// The error's message contains every part (names of units, clusters, years).
inline ::testing::AssertionResult messageNames(const Error& error,
                                               std::initializer_list<const char*> parts) {
    for (const char* part : parts)
        if (!error.message.contains(QString::fromUtf8(part)))
            return ::testing::AssertionFailure()
                   << "\"" << error.message.toStdString() << "\" does not name " << part;
    return ::testing::AssertionSuccess();
}

} // namespace thidua::test
