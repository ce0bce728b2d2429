#pragma once

#include "document.h"
#include "render_progress.h"
#include "result.h"
#include "typography.h"

#include <QString>

// Writes a document as one standalone HTML5 page (UTF-8, no external
// resources: the style is embedded, charts are data: pictures) that looks like
// the official document in a browser and prints like it: A4 in the
// document's orientation with Nghị định 30/2020's margins (@page), Times New
// Roman in the sizes of typography.h, the two-column header, tables whose
// header row repeats on every printed page, signatures side by side. Needs a
// QGuiApplication only when the document has a chart to draw.
namespace thidua::documents {

// The page as text. Fails with InvalidInput for a table no renderer can draw
// (table_check.h) and with Cancelled when `progress` (table rows) says stop.
// Charts are drawn in `fontFamily` (font_resolver.h: documentFontFamily).
Result<QString> htmlDocument(const Document& document, const Typography& type = {},
                             const QString& fontFamily = {}, const RenderProgress& progress = {});

// The file is replaced only when the whole page was written; an unwritable
// path gives an Io error naming the file.
Status writeHtml(const Document& document, const QString& filePath,
                 const RenderProgress& progress = {}, const Typography& type = {},
                 const QString& fontFamily = {});

} // namespace thidua::documents
