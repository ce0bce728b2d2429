#pragma once

#include <QString>

#include <vector>

namespace thidua::services {

enum class ImportKind { Units, People };

struct ImportOptions {
    // Check everything and report, write nothing.
    bool dryRun = false;
    // Import the good rows and leave out the bad ones. Without it an import is
    // all-or-nothing: one bad row and nothing is written.
    bool skipBadRows = false;
};

// Something wrong with one row (line > 0) or with the whole file (line 0).
// The message is a Vietnamese sentence that names the value and what to do.
struct ImportProblem {
    int line = 0;
    QString column; // the header as written in the file; empty for the whole row
    QString message;
};

struct ImportReport {
    int rowsRead = 0;
    int rowsGood = 0;     // rows without problems: what was, or would be, imported
    int rowsImported = 0; // 0 on a dry run and when a problem stopped the import
    // Set when the file was typed in a legacy font encoding and converted:
    // "TCVN3 (ABC)" or "VNI".
    QString convertedFrom;
    std::vector<ImportProblem> problems;

    bool hasProblems() const { return !problems.empty(); }
};

} // namespace thidua::services
