#pragma once

#include "cluster.h"

#include <QDate>
#include <QString>

#include <functional>
#include <optional>
#include <vector>

namespace thidua::domain {

// Quyết định chỉ định Trưởng, Phó Trưởng cụm: one decision names both leaders
// of a cluster-year, usually issued by the organiser.
struct AppointingDecision {
    QString number; // "125/QĐ-BTP"
    QDate date;
    RowId issuerId = NoId;

    friend bool operator==(const AppointingDecision&, const AppointingDecision&) = default;
};

struct ClusterMember {
    RowId unitId = NoId;
    ClusterRole role = ClusterRole::Member;

    friend bool operator==(const ClusterMember&, const ClusterMember&) = default;
};

// A cluster in one year with its members, its head and deputy (as roles) and
// the decision that appointed them: what a clerk edits and the audit log
// records as one whole. Storage gives the members in Vietnamese name order of
// the units, the order the rotation walks.
struct ClusterYear {
    Cluster cluster;
    std::vector<ClusterMember> members;
    std::optional<AppointingDecision> decision;

    // The unit with the role, NoId when there is none (the first one when a
    // list breaks the rules and has several).
    RowId withRole(ClusterRole role) const;
    RowId head() const { return withRole(ClusterRole::Head); }
    RowId deputy() const { return withRole(ClusterRole::Deputy); }
    bool hasMember(RowId unitId) const;
    std::vector<RowId> memberIds() const;
};

// A unit's name for messages. The services look names up; tests pass a map.
using UnitNames = std::function<QString(RowId)>;

// "member", "head", "deputy" and "cluster", "block": the codes the schema
// stores and the audit log records.
QString clusterRoleCode(ClusterRole role);
std::optional<ClusterRole> clusterRoleFromCode(const QString& code);
QString clusterKindCode(ClusterKind kind);

// "Cụm thi đua số II (2018)": a cluster and its year, for messages.
QString clusterYearName(const Cluster& cluster);

// Makes headId the head and deputyId the deputy (NoId: nobody); every other
// member becomes a plain member. Units that are not members are not added:
// check leadershipRefusal() first.
void setLeaders(ClusterYear& cluster, RowId headId, RowId deputyId);

} // namespace thidua::domain
