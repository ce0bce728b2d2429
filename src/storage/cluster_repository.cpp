#include "cluster_repository.h"

#include "query.h"
#include "uuid.h"
#include "vietnamese_text.h"

#include <array>

namespace thidua::storage {

namespace {

constexpr std::array<const char16_t*, 3> roleCodes{u"member", u"head", u"deputy"};

QString roleCode(domain::ClusterRole role) {
    return QString::fromUtf16(roleCodes[static_cast<std::size_t>(role)]);
}

domain::ClusterRole roleFromCode(const QString& code) {
    for (std::size_t i = 0; i < roleCodes.size(); ++i)
        if (code == QStringView(roleCodes[i]))
            return static_cast<domain::ClusterRole>(i);
    return domain::ClusterRole::Member;
}

domain::Cluster readCluster(const Statement& row) {
    domain::Cluster cluster;
    cluster.id = row.int64(0);
    cluster.uuid = row.text(1);
    cluster.organiserId = row.int64(2);
    cluster.kind = row.text(3) == QStringLiteral("block") ? domain::ClusterKind::Block
                                                          : domain::ClusterKind::Cluster;
    cluster.year = static_cast<int>(row.int64(4));
    cluster.number = static_cast<int>(row.int64(5));
    cluster.name = row.text(6);
    return cluster;
}

} // namespace

Status ClusterRepository::insert(domain::Cluster& cluster) {
    cluster.uuid = ensureUuid(cluster.uuid);
    cluster.name = domain::vn::normalized(cluster.name);
    auto ok = exec(db_,
                   "INSERT INTO cluster (uuid, organiser_id, kind, year, number, name)"
                   " VALUES (?, ?, ?, ?, ?, ?)",
                   cluster.uuid, cluster.organiserId,
                   cluster.kind == domain::ClusterKind::Block ? QStringLiteral("block")
                                                              : QStringLiteral("cluster"),
                   cluster.year, nullIfNoId(cluster.number), cluster.name);
    if (ok)
        cluster.id = db_.lastInsertId();
    return ok;
}

Status ClusterRepository::addMember(domain::RowId clusterId, const ClusterMembership& member) {
    return exec(db_, "INSERT INTO cluster_member (cluster_id, unit_id, role) VALUES (?, ?, ?)",
                clusterId, member.unitId, roleCode(member.role));
}

Result<std::vector<domain::Cluster>> ClusterRepository::forYear(int year) {
    return selectAll<domain::Cluster>(
        db_,
        "SELECT id, uuid, organiser_id, kind, year, coalesce(number, 0), name FROM cluster"
        " WHERE year = ? ORDER BY organiser_id, kind, number",
        readCluster, year);
}

Result<std::vector<ClusterListRow>> ClusterRepository::listForYear(int year) {
    return selectAll<ClusterListRow>(
        db_,
        "SELECT c.id, c.uuid, c.organiser_id, c.kind, c.year, coalesce(c.number, 0), c.name,"
        " o.name, coalesce(h.name, ''),"
        " (SELECT count(*) FROM cluster_member m WHERE m.cluster_id = c.id)"
        " FROM cluster c JOIN unit o ON o.id = c.organiser_id"
        " LEFT JOIN cluster_member hm ON hm.cluster_id = c.id AND hm.role = 'head'"
        " LEFT JOIN unit h ON h.id = hm.unit_id"
        " WHERE c.year = ? ORDER BY o.sort_key, c.kind, c.number",
        [](const Statement& row) {
            return ClusterListRow{readCluster(row), row.text(7), row.text(8),
                                  static_cast<int>(row.int64(9))};
        },
        year);
}

Result<std::vector<ClusterMembership>> ClusterRepository::members(domain::RowId clusterId) {
    return selectAll<ClusterMembership>(
        db_,
        "SELECT m.unit_id, m.role FROM cluster_member m JOIN unit u ON u.id = m.unit_id"
        " WHERE m.cluster_id = ? ORDER BY u.sort_key",
        [](const Statement& row) {
            return ClusterMembership{row.int64(0), roleFromCode(row.text(1))};
        },
        clusterId);
}

Result<qint64> ClusterRepository::count() {
    return selectInt(db_, "SELECT count(*) FROM cluster");
}

} // namespace thidua::storage
