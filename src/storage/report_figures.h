#pragma once

#include "ids.h"
#include "report_counts.h"
#include "result.h"

#include <vector>

// One grouped query each, so an organiser's report over a million
// registrations reads a few thousand rows.
namespace thidua::storage {

class Database;

Result<std::vector<domain::UnitHeadcount>> unitHeadcounts(Database& db, int year);
// Of the collectives among units and of the people working in them.
Result<std::vector<domain::AwardTally>> awardTallies(Database& db, int fromYear, int toYear,
                                                     const std::vector<domain::RowId>& units);

} // namespace thidua::storage
