#pragma once

#include "document.h"
#include "render_progress.h"
#include "result.h"

#include <QString>
#include <QStringList>
#include <QTextStream>

// Writes the tables of a document as CSV for spreadsheets and scripts: the
// header row, then every row with the same columns; a group row ("I. TẬP
// THỂ") is a row with its title in the first cell. RFC 4180 (comma, CRLF,
// quotes doubled), UTF-8 with a byte order mark, because Excel reads a CSV
// file without one in the machine's legacy code page and garbles every
// Vietnamese letter. A second table follows after an empty line with its own
// header row. Titles, headings and signatures are left out.
namespace thidua::documents {

// The file is replaced only when the whole text was written.
Status writeCsv(const Document& document, const QString& filePath,
                const RenderProgress& progress = {});

// One CSV record: the fields separated by commas, each quoted when it holds a
// comma, a quote or a line break (its quotes doubled), then CRLF.
void writeCsvRecord(QTextStream& stream, const QStringList& fields);

} // namespace thidua::documents
