#pragma once

#include "result.h"
#include "source_table.h"

#include <QString>
#include <QStringList>

// XLSX workbooks as offices keep them. Reads one worksheet (see readXlsx()):
// shared strings (rich-text runs joined), inline strings, numbers (integers
// without ".0"), booleans ("TRUE"/"FALSE"), formula results and error values
// as shown ("#N/A"). Numbers whose cell format shows a date become
// "yyyy-MM-dd". Missing cells are empty; SourceRow::line is the Excel row.
// The header is the first row with two or more filled cells, so a merged title
// row above it ("DANH SÁCH CÁN BỘ" across A1:F1) is skipped (see shapeTable()).
namespace thidua::interchange {

// sheetName chooses the worksheet (case ignored; an error lists the sheets when
// there is none of that name); empty, the first worksheet with a filled cell.
Result<SourceTable> readXlsx(const QString& path, const QString& sheetName = {});

// The names of the workbook's worksheets with a filled cell, in tab order.
Result<QStringList> readXlsxSheetNames(const QString& path);

} // namespace thidua::interchange
