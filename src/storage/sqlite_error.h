#pragma once

#include "result.h"

struct sqlite3;

namespace thidua::storage {

// Turns SQLite's last error on a connection into an error value whose message
// says, in Vietnamese, what the database refused (a constraint, a lock, …).
Error sqliteError(sqlite3* db, int resultCode);

} // namespace thidua::storage
