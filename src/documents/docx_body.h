#pragma once

#include "document.h"
#include "render_progress.h"
#include "result.h"
#include "typography.h"

#include <QByteArray>
#include <QList>
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

// word/document.xml and the pictures of its charts, in order: the n-th
// (from 1) belongs at word/media/chart<n>.png under the relationship id
// docxChartRelationship(n).
struct DocxBody {
    QByteArray xml;
    QList<QByteArray> chartPngs;
};

QString docxChartRelationship(qsizetype number);

// Fails with InvalidInput for a table no renderer can draw (table_check.h)
// and with Cancelled when `progress` (table rows) says stop. Charts are drawn
// in `fontFamily`, resolved here when empty (then on the GUI thread only).
Result<DocxBody> docxDocumentXml(const Document& document, const Typography& type,
                                 const DocxPageHeaders& headers, const QString& fontFamily = {},
                                 const RenderProgress& progress = {});

} // namespace thidua::documents
