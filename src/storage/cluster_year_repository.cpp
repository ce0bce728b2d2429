#include "cluster_year_repository.h"

#include "cluster_repository.h"
#include "query.h"
#include "vietnamese_text.h"

#include <QCoreApplication>

namespace thidua::storage {

namespace {

domain::Cluster readCluster(const Statement& row) {
    domain::Cluster cluster;
    cluster.id = row.int64(0);
    cluster.uuid = row.text(1);
    cluster.organiserId = row.int64(2);
    cluster.kind = row.text(3) == domain::clusterKindCode(domain::ClusterKind::Block)
                       ? domain::ClusterKind::Block
                       : domain::ClusterKind::Cluster;
    cluster.year = static_cast<int>(row.int64(4));
    cluster.number = static_cast<int>(row.int64(5));
    cluster.name = row.text(6);
    return cluster;
}

Result<std::optional<domain::AppointingDecision>> decisionOf(Database& db,
                                                             domain::RowId clusterId) {
    auto found = selectAll<domain::AppointingDecision>(
        db,
        "SELECT number, decided_on, issuer_id FROM cluster_leadership_decision"
        " WHERE cluster_id = ?",
        [](const Statement& row) {
            return domain::AppointingDecision{row.text(0), row.date(1), row.int64(2)};
        },
        clusterId);
    if (!found)
        return std::unexpected(found.error());
    if (found->empty())
        return std::nullopt;
    return found->front();
}

// Members and decision of a cluster row already read.
Result<domain::ClusterYear> complete(Database& db, domain::Cluster cluster) {
    domain::ClusterYear result{std::move(cluster), {}, {}};
    auto members = ClusterRepository(db).members(result.cluster.id);
    if (!members)
        return std::unexpected(members.error());
    for (const ClusterMembership& member : *members)
        result.members.push_back({member.unitId, member.role});
    auto decision = decisionOf(db, result.cluster.id);
    if (!decision)
        return std::unexpected(decision.error());
    result.decision = *decision;
    return result;
}

} // namespace

Result<domain::ClusterYear> ClusterYearRepository::find(domain::RowId clusterId) {
    auto rows = selectAll<domain::Cluster>(
        db_,
        "SELECT id, uuid, organiser_id, kind, year, coalesce(number, 0), name FROM cluster"
        " WHERE id = ?",
        readCluster, clusterId);
    if (!rows)
        return std::unexpected(rows.error());
    if (rows->empty())
        return fail(ErrorCode::NotFound,
                    QCoreApplication::translate("thidua::storage", "Cluster %1 does not exist")
                        .arg(clusterId));
    return complete(db_, std::move(rows->front()));
}

Result<std::vector<domain::ClusterYear>> ClusterYearRepository::forYear(int year) {
    auto clusters = ClusterRepository(db_).forYear(year);
    if (!clusters)
        return std::unexpected(clusters.error());
    std::vector<domain::ClusterYear> result;
    result.reserve(clusters->size());
    for (domain::Cluster& cluster : *clusters) {
        auto full = complete(db_, std::move(cluster));
        if (!full)
            return std::unexpected(full.error());
        result.push_back(std::move(*full));
    }
    return result;
}

Status ClusterYearRepository::insert(domain::ClusterYear& cluster) {
    if (auto ok = ClusterRepository(db_).insert(cluster.cluster); !ok)
        return ok;
    if (auto ok = writeMembers(cluster); !ok)
        return ok;
    return writeDecision(cluster);
}

Status ClusterYearRepository::update(const domain::ClusterYear& cluster) {
    const domain::Cluster& row = cluster.cluster;
    if (auto ok = exec(db_,
                       "UPDATE cluster SET organiser_id = ?, kind = ?, year = ?, number = ?,"
                       " name = ? WHERE id = ?",
                       row.organiserId, domain::clusterKindCode(row.kind), row.year,
                       nullIfNoId(row.number), domain::vn::normalized(row.name), row.id);
        !ok)
        return ok;
    if (auto ok = writeMembers(cluster); !ok)
        return ok;
    return writeDecision(cluster);
}

Status ClusterYearRepository::remove(domain::RowId clusterId) {
    return exec(db_, "DELETE FROM cluster WHERE id = ?", clusterId);
}

Result<domain::RowId> ClusterYearRepository::findClash(const domain::Cluster& cluster) {
    return selectInt(db_,
                     "SELECT id FROM cluster WHERE organiser_id = ? AND kind = ? AND year = ?"
                     " AND id <> ? AND (number = ? OR (number IS NULL AND ? IS NULL AND name = ?))"
                     " LIMIT 1",
                     cluster.organiserId, domain::clusterKindCode(cluster.kind), cluster.year,
                     cluster.id, nullIfNoId(cluster.number), nullIfNoId(cluster.number),
                     domain::vn::normalized(cluster.name));
}

// Roles are cleared before they are written again, so that swapping head and
// deputy never meets the one-head index halfway; members are updated in place
// rather than deleted and re-added, so that covenant signatures keep pointing
// at them.
Status ClusterYearRepository::writeMembers(const domain::ClusterYear& cluster) {
    const domain::RowId id = cluster.cluster.id;
    if (auto ok = exec(db_,
                       "UPDATE cluster_member SET role = 'member' WHERE cluster_id = ?"
                       " AND role <> 'member'",
                       id);
        !ok)
        return ok;
    auto stored = ClusterRepository(db_).members(id);
    if (!stored)
        return std::unexpected(stored.error());
    for (const ClusterMembership& member : *stored)
        if (!cluster.hasMember(member.unitId))
            if (auto ok =
                    exec(db_, "DELETE FROM cluster_member WHERE cluster_id = ? AND unit_id = ?", id,
                         member.unitId);
                !ok)
                return ok;
    for (const domain::ClusterMember& member : cluster.members)
        if (auto ok = exec(db_,
                           "INSERT INTO cluster_member (cluster_id, unit_id, role) VALUES (?, ?, ?)"
                           " ON CONFLICT (cluster_id, unit_id) DO UPDATE SET role = excluded.role",
                           id, member.unitId, domain::clusterRoleCode(member.role));
            !ok)
            return ok;
    return {};
}

Status ClusterYearRepository::writeDecision(const domain::ClusterYear& cluster) {
    const domain::RowId id = cluster.cluster.id;
    if (auto ok = exec(db_, "DELETE FROM cluster_leadership_decision WHERE cluster_id = ?", id);
        !ok)
        return ok;
    if (!cluster.decision)
        return {};
    const domain::AppointingDecision& decision = *cluster.decision;
    return exec(db_,
                "INSERT INTO cluster_leadership_decision (cluster_id, number, decided_on,"
                " issuer_id) VALUES (?, ?, ?, ?)",
                id, domain::vn::normalized(decision.number), decision.date, decision.issuerId);
}

} // namespace thidua::storage
