#pragma once

#include "ballot_session.h"
#include "result.h"
#include "title.h"

#include <vector>

namespace thidua::storage {
class Database;
}

// Titles' names for the domain's messages. Internal to the services library.
namespace thidua::services {

// Every title read once; an unknown code gives an empty name (the domain then
// writes the code).
Result<domain::TitleNames> titleNames(storage::Database& db);

} // namespace thidua::services
