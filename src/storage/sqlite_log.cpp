#include "sqlite_log.h"

#include "log.h"

#include <sqlite3.h>

namespace thidua::storage {

namespace {

void logCallback(void*, int code, const char* message) {
    const int primary = code & 0xff;
    // SQLITE_NOTICE and SQLITE_WARNING are informational (e.g. WAL recovery).
    const auto level = primary == SQLITE_NOTICE || primary == SQLITE_WARNING ? spdlog::level::info
                                                                             : spdlog::level::warn;
    log::get("sqlite")->log(level, "({}) {}", code, message);
}

} // namespace

void forwardSqliteLog() {
    sqlite3_config(SQLITE_CONFIG_LOG, &logCallback, nullptr);
}

} // namespace thidua::storage
