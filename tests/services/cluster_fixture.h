#pragma once

#include "cluster_year.h"
#include "workspace_fixture.h"

#include <gtest/gtest.h>

namespace thidua::test {

// A workspace with the Ministry and four units of its cluster II, and the
// events and audit rows the cluster, covenant and movement services make.
class ClusterFixture : public WorkspaceFixture {
protected:
    void SetUp() override {
        WorkspaceFixture::SetUp();
        if (HasFatalFailure())
            return;
        ministry = unit(QStringLiteral("Bộ Tư pháp"));
        institute = unit(QStringLiteral("Viện Khoa học pháp lý"));
        academy = unit(QStringLiteral("Học viện Tư pháp"));
        university = unit(QStringLiteral("Trường Đại học Luật Hà Nội"));
        publisher = unit(QStringLiteral("Nhà xuất bản Tư pháp"));
        outsider = unit(QStringLiteral("Cục Con nuôi"));
        keepEvents();
    }

    domain::RowId unit(const QString& name, QDate activeTo = {}) {
        domain::Unit created;
        created.name = name;
        created.activeTo = activeTo;
        return addUnit(created);
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
