#pragma once

#include "result.h"
#include "round_standings.h"

namespace thidua::storage {

class Database;

// The people working in the unit and the units below it, and how many of
// them are women: what the women-priority tie-break asks of a collective.
Result<domain::Staffing> staffingOf(Database& db, domain::RowId unitId);

} // namespace thidua::storage
