#pragma once

#include "ballot_session.h"
#include "cluster_year.h"
#include "covenant.h"
#include "movement.h"
#include "person.h"
#include "result.h"
#include "unit.h"

#include <QString>

#include <optional>

namespace thidua::services {
class CatalogueService;
class ClusterService;
class CovenantService;
class MovementService;
class VotingService;
} // namespace thidua::services

// What undo and redo use to put a cluster, its covenant or a movement back as
// it was before or after a step. Rows are found by their uuid, which stays
// when undo deletes a row and redo writes it again; the integer id does not.
namespace thidua::ui {

// Makes the cluster of the year with this uuid exactly `state`: written anew
// when it is missing, replaced when it is there, removed for nullopt.
Status restoreCluster(services::ClusterService& clusters, int year, const QString& uuid,
                      std::optional<domain::ClusterYear> state);

// The same for the covenant of that cluster.
Status restoreCovenant(services::ClusterService& clusters, services::CovenantService& covenants,
                       int year, const QString& clusterUuid, std::optional<domain::Covenant> state);

// A unit as undo writes it back: its parent named by uuid too, since the
// parent may itself have been deleted and written again meanwhile.
struct UnitState {
    domain::Unit unit;
    QString parentUuid; // empty for a top unit
};

Status restoreUnit(services::CatalogueService& catalogue, const QString& uuid,
                   std::optional<UnitState> state);

// The person keeps the unit they were added in: a move is a transfer.
Status restorePerson(services::CatalogueService& catalogue, const QString& uuid,
                     std::optional<domain::Person> state);

Status restoreMovement(services::MovementService& movements, const QString& uuid,
                       std::optional<domain::Movement> state);

// The ballot session of the cluster-year (which keeps its id while the
// session comes and goes).
Status restoreBallotSession(services::VotingService& voting, domain::RowId clusterId,
                            std::optional<domain::BallotSession> state);

} // namespace thidua::ui
