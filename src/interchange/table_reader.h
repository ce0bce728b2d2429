#pragma once

#include "csv_reader.h"
#include "result.h"
#include "source_table.h"
#include "xlsx_reader.h"

#include <QString>

// The reading half of imports: any file a user picks becomes a SourceTable.
namespace thidua::interchange {

// Chooses the reader by the file's extension, in any case: .csv and .txt
// (delimited text, including Excel's "Unicode text") go to readCsv(), .xlsx to
// readXlsx(). Any other extension is an error naming the file; an old binary
// .xls workbook gets one that asks for it to be saved as .xlsx or .csv.
// sheetName chooses the worksheet of an XLSX file (see readXlsx()); text
// files have none and ignore it.
Result<SourceTable> readTable(const QString& path, const QString& sheetName = {});

// The worksheets with data a user may choose from: an XLSX file's (see
// readXlsxSheetNames()); none for any other file.
Result<QStringList> readSheetNames(const QString& path);

} // namespace thidua::interchange
