#pragma once

#include "result.h"
#include "source_table.h"

#include <QString>
#include <QStringView>

#include <vector>

// What CSV and XLSX readers share once cells are read: cleaning a cell, finding
// the header row and padding the data rows.
namespace thidua::interchange::detail {

enum class CellText {
    Unicode,     // trim every kind of Unicode white space, then NFC
    LegacyBytes, // trim ASCII white space only, no normalisation (see SourceEncoding)
};

QString cleanCell(QStringView raw, CellText kind = CellText::Unicode);

// The number of cells that are not empty.
qsizetype filledCount(const QStringList& cells);

// Turns the rows of a file (cells already cleaned, in file order, blank rows
// allowed) into a table: the header is the first row with at least two filled
// cells, because Vietnamese files often carry a title ("DANH SÁCH CÁN BỘ",
// merged across the columns in Excel) and blank rows above the real header.
// A file whose rows all have a single filled cell is a one-column list: its
// first filled row is the header. Rows above the header become the table's
// titles; blank rows are dropped. No filled row at all is an error naming `path`.
Result<SourceTable> shapeTable(std::vector<SourceRow> rows, const QString& path);

} // namespace thidua::interchange::detail
