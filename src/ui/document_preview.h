#pragma once

#include "document.h"
#include "laid_out_document.h"
#include "result.h"

#include <QCoreApplication>

class QPrinter;
class QWidget;

namespace thidua::ui {

class LongTask;

// Any document in Qt's print preview (QPrintPreviewDialog), painted by the
// same page painter as the PDF on the printer the user chooses, so that the
// paper shows what the PDF shows. The preview is window-modal, deletes itself
// when closed and is named "documentPreview" for tests.
class DocumentPreview {
    Q_DECLARE_TR_FUNCTIONS(thidua::ui::DocumentPreview)

public:
    // More pages than a preview shows at a reasonable speed: such a document
    // is exported to PDF instead.
    static constexpr qsizetype MaxPages = 500;

    // Lays the document out on a worker thread (task shows how it goes) and
    // opens the preview over parent, returning at once. Cancelled when the
    // user stopped the layout; InvalidInput when it has more than MaxPages.
    static Status open(QWidget* parent, const documents::Document& document, LongTask& task);

    // Every page on the printer, one sheet each, at the printer's resolution.
    static void print(QPrinter& printer, const documents::LaidOutDocument& document);
};

} // namespace thidua::ui
