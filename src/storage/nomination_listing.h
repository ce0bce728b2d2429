#pragma once

#include "nomination_entry.h"
#include "result.h"

#include <vector>

namespace thidua::storage {

class Database;

// In order of precedence, collectives before individuals within an award.
Result<std::vector<domain::NominationEntry>>
listNominations(Database& db, const domain::NominationFilter& filter);

} // namespace thidua::storage
