#pragma once

#include "document.h"
#include "laid_out_document.h"
#include "layout_engine.h"
#include "render_progress.h"
#include "result.h"

#include <QString>

class QIODevice;

// Writes PDF with QPainter straight onto QPdfWriter (not QTextDocument, which
// is several times slower on long tables). Fonts are embedded with ToUnicode
// maps, so the Vietnamese text can be searched and copied. Needs a
// QGuiApplication. Runs on a worker thread too when the layout is given the
// font family, which only the GUI thread may resolve (font_resolver.h).
namespace thidua::documents {

struct PdfOptions {
    int dotsPerInch = 300;
    QString creator = QStringLiteral("thidua");
    RenderProgress progress; // pages written out of all pages
};

// Lays the document out and writes it to `filePath`. The file is replaced only
// when the whole PDF was written (QSaveFile). An unwritable path gives an Io
// error naming the file.
Status renderPdf(const Document& document, const QString& filePath,
                 const LayoutOptions& layout = {}, const PdfOptions& options = {});

Status writePdf(const LaidOutDocument& document, const QString& filePath,
                const PdfOptions& options = {});
// `device` must be open for writing.
Status writePdf(const LaidOutDocument& document, QIODevice& device, const PdfOptions& options = {});

} // namespace thidua::documents
