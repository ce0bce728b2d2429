#pragma once

#include "cluster_year.h"
#include "conference_facts.h"
#include "listing_types.h"

#include <unordered_map>
#include <unordered_set>

// Internal to the conference reports: which units and clusters a report is
// about, read once and shared by the parts that read its figures.
namespace thidua::reports {

struct ReportScope {
    QString name;
    QString organiser;
    // Whose flag "Cờ thi đua của Bộ, ban, ngành, tỉnh" is, when the scope says:
    // a cluster's organiser, or the organiser itself; empty for a unit.
    QString flagOwner;
    QString uuid; // of the cluster-year or the unit: where notes are kept
    int year = 0;
    documents::OfficialHeader header;
    std::vector<services::ListedUnit> units; // every unit
    std::unordered_map<domain::RowId, QString> unitNames;
    std::unordered_set<domain::RowId> covered; // the scope's units and every unit below them
    std::vector<domain::RowId> coveredIds;     // the same, for the queries that take a list
    // The lines of the coverage table: a name and the units it adds up.
    std::vector<std::pair<QString, std::unordered_set<domain::RowId>>> groups;
    std::vector<domain::ClusterYear> clusters; // the cluster itself, the unit's, the organiser's

    QString unitName(domain::RowId id) const;
};

Result<ReportScope> readReportScope(services::Workspace& workspace, const ReportRequest& request);

// unitId and every unit below it.
std::unordered_set<domain::RowId> branchOf(const std::vector<services::ListedUnit>& units,
                                           domain::RowId unitId);

} // namespace thidua::reports
