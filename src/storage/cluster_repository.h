#pragma once

#include "cluster.h"
#include "result.h"

#include <vector>

namespace thidua::storage {

class Database;

struct ClusterMembership {
    domain::RowId unitId = domain::NoId;
    domain::ClusterRole role = domain::ClusterRole::Member;
};

// A cluster with the names a list shows beside it.
struct ClusterListRow {
    domain::Cluster cluster;
    QString organiserName;
    QString headName;
    int memberCount = 0;
};

class ClusterRepository {
public:
    explicit ClusterRepository(Database& db)
        : db_(db) {}

    Status insert(domain::Cluster& cluster);
    Status addMember(domain::RowId clusterId, const ClusterMembership& member);
    // Clusters of one year, by organiser then number.
    Result<std::vector<domain::Cluster>> forYear(int year);
    Result<std::vector<ClusterListRow>> listForYear(int year);
    Result<std::vector<ClusterMembership>> members(domain::RowId clusterId);
    Result<qint64> count();

private:
    Database& db_;
};

} // namespace thidua::storage
