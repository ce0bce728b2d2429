#pragma once

#include "result.h"
#include "source_table.h"

#include <QString>

// XLSX workbooks as offices keep them. Reads the first worksheet in tab order:
// shared strings (rich-text runs joined), inline strings, numbers (integers
// without ".0"), booleans ("TRUE"/"FALSE"), formula results and error values
// as shown ("#N/A"). Numbers whose cell format shows a date become
// "yyyy-MM-dd". Missing cells are empty; SourceRow::line is the Excel row.
// The header is the first row with two or more filled cells, so a merged title
// row above it ("DANH SÁCH CÁN BỘ" across A1:F1) is skipped (see shapeTable()).
namespace thidua::interchange {

Result<SourceTable> readXlsx(const QString& path);

} // namespace thidua::interchange
