#pragma once

#include "demo_service.h" // ProgressCallback, shared with the demo data
#include "import_kind.h"

#include <QMap>
#include <QString>
#include <QStringList>

#include <optional>
#include <vector>

namespace thidua::services {

// Which column of the file holds which field: a field key ("full_name", see
// importFields()) to a 0-based column index, -1 for none.
using ImportMapping = QMap<QString, int>;

struct ImportOptions {
    // Callers that only set the two switches keep writing ImportOptions{dryRun, skipBadRows}.
    ImportOptions() = default;
    ImportOptions(bool checkOnly, bool skipBad)
        : dryRun(checkOnly)
        , skipBadRows(skipBad) {}

    // Check everything and report, write nothing.
    bool dryRun = false;
    // Import the good rows and leave out the bad ones. Without it an import is
    // all-or-nothing: one bad row and nothing is written.
    bool skipBadRows = false;
    // The year of registrations and evaluations whose row has no year of its
    // own (no "Năm" column, or an empty cell); 0 to take it from the file's
    // title ("… NĂM 2025"). Other kinds ignore it.
    int year = 0;
    // The worksheet of an XLSX file to read (case ignored); empty for the first
    // one with data. Text files have none.
    QString sheet;
    // The columns the user chose, replacing the matching of headers: a field
    // missing from it, or mapped to -1, is not read.
    std::optional<ImportMapping> mapping;
    // Rows checked, then rows written, out of the total (which grows by the
    // rows to write once the check is over). Returning false cancels: the
    // result is an ErrorCode::Cancelled error and nothing is written.
    ProgressCallback progress;
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
    // legacyEncodingName() of the encoding the text was converted from.
    QString convertedFrom;
    QString sheetName; // the worksheet read from an XLSX file
    // The workbook's other worksheets with data, which were not imported.
    QStringList otherSheets;
    std::vector<ImportProblem> problems;

    bool hasProblems() const { return !problems.empty(); }
};

} // namespace thidua::services
