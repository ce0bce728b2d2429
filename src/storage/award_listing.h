#pragma once

#include "award_entry.h"
#include "result.h"

#include <vector>

namespace thidua::storage {

class Database;

// The year's awards in order of precedence, collectives before individuals
// within an award, then by decision; revoked ones included. With holders,
// only the awards of those collectives and of the people working in them.
Result<std::vector<domain::AwardEntry>>
listAwards(Database& db, int year, const std::vector<domain::RowId>* holders = nullptr);

// The initiatives recognised in the year, in the order they were entered.
Result<std::vector<domain::InitiativeEntry>> listInitiatives(Database& db, int year);

} // namespace thidua::storage
