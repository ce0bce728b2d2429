#pragma once

#include "document.h"
#include "result.h"

#include <QCoreApplication>
#include <QString>

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
};

} // namespace thidua::ui
