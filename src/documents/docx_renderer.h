#pragma once

#include "document.h"
#include "render_progress.h"
#include "result.h"
#include "typography.h"

#include <QString>

// Writes a document as a Word file (DOCX, WordprocessingML) that opens in
// Word and LibreOffice Writer looking as the printed PDF does: A4 pages in the
// document's orientation with Nghị định 30/2020's margins, Times New Roman in
// the sizes of typography.h, the official header and the signatures as
// borderless tables, data tables with a repeated header row, page numbers
// centred at the top from page 2 (docx_body.h), charts as pictures. Word lays
// out the text itself, so no QGuiApplication is needed unless the document
// has a chart to draw.
namespace thidua::documents {

// The file is replaced only when the whole package was written; an
// unwritable path gives an Io error naming the file. `progress` counts table
// rows. Charts are drawn in `fontFamily` (font_resolver.h: documentFontFamily).
Status writeDocx(const Document& document, const QString& filePath,
                 const RenderProgress& progress = {}, const Typography& type = {},
                 const QString& fontFamily = {});

} // namespace thidua::documents
