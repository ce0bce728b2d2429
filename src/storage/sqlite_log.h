#pragma once

namespace thidua::storage {

// Forwards SQLite's error log (SQLITE_CONFIG_LOG) into the "sqlite" spdlog
// logger. Must run before the first connection opens; later calls are ignored.
void forwardSqliteLog();

} // namespace thidua::storage
