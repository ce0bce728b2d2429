#include "cluster_year.h"

#include <QCoreApplication>

#include <algorithm>

namespace thidua::domain {

namespace {

struct Text {
    Q_DECLARE_TR_FUNCTIONS(thidua::domain)
};

} // namespace

RowId ClusterYear::withRole(ClusterRole role) const {
    const auto found = std::ranges::find(members, role, &ClusterMember::role);
    return found == members.end() ? NoId : found->unitId;
}

bool ClusterYear::hasMember(RowId unitId) const {
    return std::ranges::find(members, unitId, &ClusterMember::unitId) != members.end();
}

std::vector<RowId> ClusterYear::memberIds() const {
    std::vector<RowId> ids;
    ids.reserve(members.size());
    for (const ClusterMember& member : members)
        ids.push_back(member.unitId);
    return ids;
}

QString clusterRoleCode(ClusterRole role) {
    switch (role) {
    case ClusterRole::Head:
        return QStringLiteral("head");
    case ClusterRole::Deputy:
        return QStringLiteral("deputy");
    case ClusterRole::Member:
        break;
    }
    return QStringLiteral("member");
}

std::optional<ClusterRole> clusterRoleFromCode(const QString& code) {
    for (ClusterRole role : {ClusterRole::Member, ClusterRole::Head, ClusterRole::Deputy})
        if (code == clusterRoleCode(role))
            return role;
    return std::nullopt;
}

QString clusterKindCode(ClusterKind kind) {
    return kind == ClusterKind::Block ? QStringLiteral("block") : QStringLiteral("cluster");
}

QString clusterYearName(const Cluster& cluster) {
    return Text::tr("%1 (%2)").arg(clusterDisplayName(cluster)).arg(cluster.year);
}

void setLeaders(ClusterYear& cluster, RowId headId, RowId deputyId) {
    for (ClusterMember& member : cluster.members)
        member.role = member.unitId == headId     ? ClusterRole::Head
                      : member.unitId == deputyId ? ClusterRole::Deputy
                                                  : ClusterRole::Member;
}

} // namespace thidua::domain
