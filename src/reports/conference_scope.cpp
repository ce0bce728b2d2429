#include "conference_scope.h"

#include "catalogue_service.h"
#include "clock.h"
#include "cluster_service.h"
#include "listing_service.h"
#include "report_text.h"
#include "workspace.h"

#include <QHash>

namespace thidua::reports {

QString ReportScope::unitName(domain::RowId id) const {
    const auto found = unitNames.find(id);
    return found == unitNames.end() ? QString() : found->second;
}

std::unordered_set<domain::RowId> branchOf(const std::vector<services::ListedUnit>& units,
                                           domain::RowId unitId) {
    QMultiHash<domain::RowId, domain::RowId> children;
    for (const services::ListedUnit& unit : units)
        children.insert(unit.parentId, unit.id);
    std::unordered_set<domain::RowId> branch{unitId};
    std::vector<domain::RowId> open{unitId};
    while (!open.empty()) {
        const domain::RowId parent = open.back();
        open.pop_back();
        for (auto child = children.constFind(parent);
             child != children.cend() && child.key() == parent; ++child)
            if (branch.insert(child.value()).second)
                open.push_back(child.value());
    }
    return branch;
}

namespace {

void addMembersOf(ReportScope& scope, const domain::ClusterYear& cluster) {
    for (domain::RowId member : cluster.memberIds()) {
        auto branch = branchOf(scope.units, member);
        scope.covered.insert(branch.begin(), branch.end());
    }
}

Status readCluster(services::Workspace& workspace, const ReportRequest& request,
                   ReportScope& scope) {
    auto cluster = workspace.clusters().cluster(request.id);
    if (!cluster)
        return std::unexpected(cluster.error());
    if (request.year != 0 && cluster->cluster.year != request.year)
        return fail(ErrorCode::NotFound, Text::tr("%1 is a cluster of %2, not of %3.")
                                             .arg(domain::clusterDisplayName(cluster->cluster))
                                             .arg(cluster->cluster.year)
                                             .arg(request.year));
    scope.name = domain::clusterDisplayName(cluster->cluster);
    scope.organiser = scope.unitName(cluster->cluster.organiserId);
    scope.flagOwner = scope.organiser;
    scope.uuid = cluster->cluster.uuid;
    scope.year = cluster->cluster.year;
    for (domain::RowId member : cluster->memberIds())
        scope.groups.emplace_back(scope.unitName(member), branchOf(scope.units, member));
    addMembersOf(scope, *cluster);
    const QString head = scope.unitName(cluster->head());
    const QDate date =
        request.issue.date.isValid() ? request.issue.date : workspace.clock().today();
    scope.header = clusterHeader(scope.organiser, scope.name,
                                 request.issue.place.isEmpty() ? clusterPlace(head, scope.organiser)
                                                               : request.issue.place,
                                 date);
    scope.clusters.push_back(std::move(*cluster));
    return {};
}

Status readUnit(services::Workspace& workspace, const ReportRequest& request, ReportScope& scope) {
    const services::ListedUnit* unit = nullptr;
    for (const services::ListedUnit& each : scope.units)
        if (each.id == request.id)
            unit = &each;
    if (!unit)
        return fail(ErrorCode::NotFound, Text::tr("Unit %1 does not exist.").arg(request.id));
    scope.name = unit->name;
    scope.year = request.year;
    scope.uuid = unit->uuid;
    scope.covered = branchOf(scope.units, unit->id);
    Issue issue = request.issue;
    if (!issue.date.isValid())
        issue.date = workspace.clock().today();
    scope.header = agencyHeader(scope.units, unit->id, issue);

    auto clusters = workspace.clusters().clusters(request.year);
    if (!clusters)
        return std::unexpected(clusters.error());
    const bool organiser = request.scope == domain::ReportScopeKind::Organiser;
    scope.organiser = organiser ? unit->name : unit->parentName;
    if (organiser)
        scope.flagOwner = unit->name;
    for (domain::ClusterYear& cluster : *clusters) {
        if (organiser ? cluster.cluster.organiserId != unit->id : !cluster.hasMember(unit->id))
            continue;
        if (organiser) {
            std::unordered_set<domain::RowId> members;
            for (domain::RowId member : cluster.memberIds()) {
                auto branch = branchOf(scope.units, member);
                members.insert(branch.begin(), branch.end());
            }
            scope.groups.emplace_back(domain::clusterDisplayName(cluster.cluster),
                                      std::move(members));
            addMembersOf(scope, cluster);
        }
        scope.clusters.push_back(std::move(cluster));
    }
    if (!organiser) {
        // The unit's own staff first, then each unit below it with its branch.
        scope.groups.emplace_back(unit->name, std::unordered_set<domain::RowId>{unit->id});
        for (const services::ListedUnit& child : scope.units)
            if (child.parentId == unit->id)
                scope.groups.emplace_back(child.name, branchOf(scope.units, child.id));
    }
    return {};
}

} // namespace

Result<domain::ReportKey> reportKeyOf(services::Workspace& workspace,
                                      const ReportRequest& request) {
    domain::ReportKey key{request.kind, request.scope, {}, request.year};
    if (request.scope == domain::ReportScopeKind::Cluster) {
        auto cluster = workspace.clusters().cluster(request.id);
        if (!cluster)
            return std::unexpected(cluster.error());
        key.scopeUuid = cluster->cluster.uuid;
        key.year = cluster->cluster.year;
        return key;
    }
    auto unit = workspace.catalogue().unit(request.id);
    if (!unit)
        return std::unexpected(unit.error());
    key.scopeUuid = unit->uuid;
    return key;
}

Result<ReportScope> readReportScope(services::Workspace& workspace, const ReportRequest& request) {
    ReportScope scope;
    auto units = workspace.listing().units(
        services::ListFilter{{}, domain::NoId, services::ListOrder::Unit});
    if (!units)
        return std::unexpected(units.error());
    scope.units = std::move(*units);
    for (const services::ListedUnit& unit : scope.units)
        scope.unitNames.emplace(unit.id, unit.name);
    auto ok = request.scope == domain::ReportScopeKind::Cluster
                  ? readCluster(workspace, request, scope)
                  : readUnit(workspace, request, scope);
    if (!ok)
        return std::unexpected(ok.error());
    scope.coveredIds.assign(scope.covered.begin(), scope.covered.end());
    return scope;
}

} // namespace thidua::reports
