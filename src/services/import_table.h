#pragma once

#include "import_report.h"
#include "result.h"
#include "source_table.h"

#include <QString>

// The file of an import as every step sees it: read, legacy text converted,
// headers as wide as the widest row. Internal to the services.
namespace thidua::services::importing {

struct ImportTable {
    interchange::SourceTable table;
    // legacyEncodingName() when the text was converted; empty otherwise.
    QString convertedFrom;
};

// An unreadable file is an error naming it.
// sheet: the worksheet of an XLSX file, empty for the first with data.
Result<ImportTable> readImportTable(const QString& path, const QString& sheet = {});

// The report of an import of the file before any row is checked: the rows
// read and the legacy encoding converted from.
ImportReport reportOf(const ImportTable& file);

// The rows (lines) with at least one problem; the file's own problems (line
// 0) are not rows.
int rowsWithProblems(const std::vector<ImportProblem>& problems);

} // namespace thidua::services::importing
