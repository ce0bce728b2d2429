#pragma once

#include "result.h"

struct sqlite3;

namespace thidua::storage {

// Registers on one connection what SQLite lacks for Vietnamese text: the
// collation "vietnamese" and the scalar function vn_search_key(text). Both are
// computed by the domain's text kit, so SQL and C++ agree.
Status registerVietnameseFunctions(sqlite3* db);

} // namespace thidua::storage
