#pragma once

#include "document.h"
#include "render_progress.h"
#include "result.h"
#include "typography.h"

#include <QByteArray>
#include <QString>

// word/document.xml of a DOCX: the document laid out as Nghị định 30/2020 and
// the PDF renderer lay it out, in Word's own terms, so that a clerk can keep
// editing it. The official header and the signatures are borderless tables,
// the title is centred in bold over a short rule, data tables have a grid and
// a header row that repeats on every page, and the section is A4 in the
// document's orientation with the page number centred at the top from page 2.
namespace thidua::documents {

// The relationship ids, in word/_rels/document.xml.rels, of the page headers
// the section uses: the page number, and the empty one of the first page.
struct DocxPageHeaders {
    QString pageNumber;
    QString firstPage;
};

// Fails with InvalidInput for a table no renderer can draw (table_check.h)
// and with Cancelled when `progress` (table rows) says stop.
Result<QByteArray> docxDocumentXml(const Document& document, const Typography& type,
                                   const DocxPageHeaders& headers,
                                   const RenderProgress& progress = {});

} // namespace thidua::documents
