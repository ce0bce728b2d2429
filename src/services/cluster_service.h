#pragma once

#include "cluster_rotation.h"
#include "cluster_year.h"
#include "result.h"

#include <functional>
#include <optional>
#include <vector>

namespace thidua::services {

struct ServiceContext;

// Cụm/khối thi đua year by year: members, head and deputy with the decision
// that appointed them, and "copy this year's clusters to next year". Every
// change keeps domain/cluster_rules.h, is audited ("cluster") in its own
// transaction and announced (ClusterChanged) after commit. Refusals name the
// unit, the cluster and the year.
class ClusterService {
public:
    explicit ClusterService(ServiceContext& context)
        : context_(context) {}

    // Clusters of the year by organiser, kind and number; members in
    // Vietnamese name order.
    Result<std::vector<domain::ClusterYear>> clusters(int year);
    Result<domain::ClusterYear> cluster(domain::RowId clusterId);
    // The cluster of the year a clerk names: "Cụm thi đua số II", "cum ii",
    // "II" or "2", or a block's name. NotFound listing the year's clusters
    // when none fits; InvalidInput listing them when several do.
    Result<domain::RowId> find(int year, const QString& name);

    // Refused (Conflict) when the organiser already has a cluster of that
    // kind and number (or, without a number, of that name) in the year.
    Result<domain::ClusterYear> create(domain::ClusterYear cluster);
    // Replaces fields, members, roles and decision; the uuid stays. A member
    // that signed the covenant cannot be removed.
    Status update(domain::ClusterYear cluster);
    // Refused while the cluster has a covenant.
    Status remove(domain::RowId clusterId);

    Status addMember(domain::RowId clusterId, domain::RowId unitId);
    Status removeMember(domain::RowId clusterId, domain::RowId unitId);
    // Head and deputy (NoId: none) with the decision that appointed them
    // (nullopt: none recorded).
    Status setLeadership(domain::RowId clusterId, domain::RowId headId, domain::RowId deputyId,
                         std::optional<domain::AppointingDecision> decision);

    // Next year's clusters as an editable proposal (see domain/cluster_rotation.h);
    // units that no longer exist next year are left out. Nothing is written.
    Result<domain::NextYearProposal> proposeNextYear(int year);
    // Stores the (edited) proposal in one transaction, opening the calendar
    // year's period when it is missing. Every cluster is checked as by
    // create(); one refusal stores nothing. The ids of the new clusters.
    Result<std::vector<domain::RowId>> applyNextYear(const domain::NextYearProposal& proposal);

private:
    Status change(domain::RowId clusterId, const std::function<Status(domain::ClusterYear&)>& edit);

    ServiceContext& context_;
};

} // namespace thidua::services
