#include "document_preview.h"

#include "font_resolver.h"
#include "layout_engine.h"
#include "long_task.h"
#include "page_painter.h"
#include "vietnamese_format.h"

#include <QPainter>
#include <QPrintPreviewDialog>
#include <QPrinter>

#include <memory>

namespace thidua::ui {

Status DocumentPreview::open(QWidget* parent, const documents::Document& document, LongTask& task) {
    // Fonts are resolved here, on the GUI thread; the worker only measures.
    auto family = documents::resolveDocumentFontFamily();
    if (!family)
        return std::unexpected(family.error());
    documents::LayoutOptions options;
    options.fontFamily = *family;
    auto laidOut =
        task.inWorker(tr("Laying out the pages…"), [&](const documents::RenderProgress&) {
            return documents::layoutDocument(document, options);
        });
    if (task.cancelled())
        return fail(ErrorCode::Cancelled, tr("The preview was cancelled."));
    if (!laidOut)
        return std::unexpected(laidOut.error());
    if (laidOut->pages.size() > MaxPages)
        return fail(ErrorCode::InvalidInput,
                    tr("The list has %1 pages, too many to preview; export it to PDF and print "
                       "the file instead.")
                        .arg(domain::vn::formatInteger(laidOut->pages.size())));

    auto dialog = new QPrintPreviewDialog(parent);
    dialog->setObjectName(QStringLiteral("documentPreview"));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setWindowTitle(laidOut->title);
    dialog->printer()->setDocName(laidOut->title);
    dialog->printer()->setPageLayout(laidOut->geometry.pageLayout());
    auto pages = std::make_shared<const documents::LaidOutDocument>(std::move(*laidOut));
    QObject::connect(dialog, &QPrintPreviewDialog::paintRequested, dialog,
                     [pages](QPrinter* printer) { print(*printer, *pages); });
    dialog->open();
    return {};
}

void DocumentPreview::print(QPrinter& printer, const documents::LaidOutDocument& document) {
    // The layout places everything itself: the painter's origin is the
    // sheet's corner (see page_painter.h).
    printer.setFullPage(true);
    printer.setPageLayout(document.geometry.pageLayout());
    QPainter painter(&printer);
    documents::PagePainter pagePainter(painter, document.fontFamily, printer.resolution());
    for (qsizetype i = 0; i < document.pages.size(); ++i) {
        if (i > 0)
            printer.newPage();
        pagePainter.paint(document.pages.at(i));
    }
}

} // namespace thidua::ui
