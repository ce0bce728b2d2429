#pragma once

#include "cluster_year.h"
#include "import_row.h"

#include <optional>

// The units of a cluster-year's files (votes, scores): members only, named as
// the cluster's pages show them. Internal to the services.
namespace thidua::services::importing {

// The member the cell names, its name compared without diacritics or case;
// nothing, with a problem naming the cluster, when the cell names no member
// (a required cell left empty is a problem too).
std::optional<domain::RowId> readMember(ImportRow& row, int field,
                                        const domain::ClusterYear& cluster,
                                        const domain::UnitNames& units);

} // namespace thidua::services::importing
