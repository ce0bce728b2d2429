#pragma once

#include "import_report.h"

#include <QStringList>

#include <vector>

namespace thidua::services {

struct ImportPreviewRow {
    int line = 0; // as the spreadsheet or the text editor numbers it
    QStringList cells;
};

// A first look at a file before anything is checked: what a user needs to
// choose the columns and to see the data as it will be read.
struct ImportPreview {
    static constexpr int MaxRows = 50;

    // As the file writes them, legacy text converted; padded with empty
    // headers to the widest row, so that every column can be chosen.
    QStringList headers;
    std::vector<ImportPreviewRow> rows; // the first MaxRows rows, converted
    int totalRows = 0;
    ImportMapping mapping;   // automaticMapping() of the headers
    QString sheetName;       // the worksheet of an XLSX file; empty for text files
    QStringList otherSheets; // the workbook's other worksheets with data, not shown
    QString convertedFrom;   // legacyEncodingName() when the text was converted
};

} // namespace thidua::services
