#pragma once

#include "cluster_year.h"
#include "result.h"

#include <vector>

namespace thidua::storage {

class Database;

// A cluster-year as one whole: the cluster row, its members with their roles
// and the appointing decision. Writes run inside the caller's transaction.
class ClusterYearRepository {
public:
    explicit ClusterYearRepository(Database& db)
        : db_(db) {}

    // Members in Vietnamese name order of the units.
    Result<domain::ClusterYear> find(domain::RowId clusterId);
    // Clusters of one year, by organiser, kind and number.
    Result<std::vector<domain::ClusterYear>> forYear(int year);
    // Fills in the cluster's id and, when empty, its uuid.
    Status insert(domain::ClusterYear& cluster);
    // Replaces the cluster's fields, members, roles and decision. A member
    // that signed the covenant cannot be removed (the schema refuses).
    Status update(const domain::ClusterYear& cluster);
    // Members and decision go with it; refused while a covenant exists.
    Status remove(domain::RowId clusterId);
    // Another cluster of the same organiser, kind and year with the same
    // number (or, when both have none, the same name); NoId when there is none.
    Result<domain::RowId> findClash(const domain::Cluster& cluster);

private:
    Status writeMembers(const domain::ClusterYear& cluster);
    Status writeDecision(const domain::ClusterYear& cluster);

    Database& db_;
};

} // namespace thidua::storage
