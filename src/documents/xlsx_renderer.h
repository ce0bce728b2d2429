#pragma once

#include "document.h"
#include "render_progress.h"
#include "result.h"

#include <QString>

// Writes a document as one worksheet a clerk can keep editing in Excel or
// LibreOffice Calc: the agency lines and the title at the top, then each
// table with its header row bold, frozen and repeated on printed pages, group
// rows merged across the table, column widths in the proportions of the
// printed table and whole numbers (STT) stored as numbers. Headings and
// paragraphs take a merged row each. The national motto, the place and date
// and the signatures belong to the printed copy and are left out, so that
// every line above the first table fills one cell (the XLSX reader of
// thidua_interchange takes the first row with two filled cells as the header).
// The page setup prints A4 in the document's orientation, one page wide.
namespace thidua::documents {

// The file is replaced only when the whole workbook was written; an
// unwritable path gives an Io error naming the file.
Status writeXlsx(const Document& document, const QString& filePath,
                 const RenderProgress& progress = {});

} // namespace thidua::documents
