#pragma once

#include "cluster_year.h"
#include "result.h"

#include <vector>

namespace thidua::storage {
class Database;
}

// Unit names for the domain's messages, and the check that the units a
// change names exist. Internal to the services library.
namespace thidua::services {

// Looks each unit up once; an unknown id gives an empty name (the domain then
// writes "unit 42").
domain::UnitNames unitNames(storage::Database& db);

// NotFound naming the first id that is not a unit; NoId entries are skipped.
Status requireUnits(storage::Database& db, const std::vector<domain::RowId>& unitIds);

} // namespace thidua::services
