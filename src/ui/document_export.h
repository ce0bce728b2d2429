#pragma once

#include "document.h"
#include "result.h"

#include <QCoreApplication>
#include <QString>

#include <functional>

class QWidget;

namespace thidua::ui {

class LongTask;

// Any document saved as PDF (to print and sign), DOCX (to edit in a word
// processor), XLSX (to keep editing as a table) or CSV, by the suffix of the
// file the user chooses.
class DocumentExport {
    Q_DECLARE_TR_FUNCTIONS(thidua::ui::DocumentExport)

public:
    // Asks where to save (through the FileDialog façade, titled `title` or
    // "Export the List"), starting at suggestedPath. The path chosen, ".pdf"
    // added when it has no suffix; empty when the user chose none;
    // InvalidInput for another suffix.
    static Result<QString> askFile(QWidget* parent, const QString& suggestedPath,
                                   const QString& title = {});

    // Writes the file on a worker thread (task shows how it goes); the target
    // stays as it was unless the whole file was written.
    static Status write(const documents::Document& document, const QString& path, LongTask& task);

    // The whole export of a page's document: asks where to save, starting at
    // fileName in the home folder ('/' made '-'), then makes the document and
    // writes it. The path written; empty when the user chose none.
    static Result<QString> exportAs(QWidget* parent, QString fileName,
                                    const std::function<Result<documents::Document>()>& make);
};

} // namespace thidua::ui
