#pragma once

namespace thidua::cli {

struct LoggingOptions {
    bool verbose = false; // debug level instead of info
    bool console = false; // also to stderr (the CLI); the GUI logs to the file only
};

// spdlog is the one sink: a rotating file in the data folder, optionally the
// console. Qt's message handler and SQLite's error log are forwarded into it.
// Call once, before the first database opens.
void setUpLogging(const LoggingOptions& options);

} // namespace thidua::cli
