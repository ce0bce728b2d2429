#pragma once

#include "result.h"
#include "source_table.h"

#include <QIODevice>
#include <QString>

// CSV and delimited text as offices save them from Excel or by hand.
//   - Quoting follows RFC 4180: a quoted cell may hold the delimiter, line
//     breaks and doubled quotes (""); text after the closing quote is kept, as
//     Excel does. A quote that is never closed is an error naming its line.
//   - The delimiter is ',', ';' (Vietnamese Excel) or tab (Excel "Unicode
//     text"), whichever the header line uses most, outside quotes.
//   - Encodings as in text_decoding.h: UTF-8 with or without BOM, UTF-16 with
//     BOM, legacy 8-bit bytes kept as Windows-1252 characters.
//   - Cells are trimmed and normalised to NFC; blank lines are skipped, but
//     SourceRow::line stays the line of the file where the record starts.
namespace thidua::interchange {

// Reads the whole device, opening it read-only when it is not open yet. Errors
// name the file when the device is a file.
Result<SourceTable> readCsv(QIODevice& device);

Result<SourceTable> readCsv(const QString& path);

} // namespace thidua::interchange
