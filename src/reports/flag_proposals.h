#pragma once

#include "ids.h"
#include "result.h"

namespace thidua::services {
class Workspace;
}

namespace thidua::reports {

// The outcome of a cluster-year's vote (domain brief §3): the units it
// carried for a flag become nominations proposed by the cluster's head unit,
// and each of the cluster's flag nominations gets the meeting minutes and,
// where the year-end round was scored, the ranking and the scoring table as
// PDF papers of its dossier. Papers already attached are left alone, so it
// may run again after a correction. Returns how many nominations it created.
Result<int> proposeFlagsFromVote(services::Workspace& workspace, domain::RowId clusterId, int year);

} // namespace thidua::reports
