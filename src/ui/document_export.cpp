#include "document_export.h"

#include "file_dialog.h"
#include "file_renderer.h"
#include "font_resolver.h"
#include "long_task.h"

#include <QDir>
#include <QFileInfo>

namespace thidua::ui {

namespace {

std::unexpected<Error> unknownSuffix(const QString& path) {
    return fail(ErrorCode::InvalidInput,
                DocumentExport::tr("\"%1\" does not end in .pdf, .docx, .xlsx, .csv or .html; "
                                   "choose one of them.")
                    .arg(QFileInfo(path).fileName()));
}

} // namespace

Result<QString> DocumentExport::askFile(QWidget* parent, const QString& suggestedPath,
                                        const QString& title) {
    const QString filters = tr("PDF for printing (*.pdf);;Word (*.docx);;Excel workbook "
                               "(*.xlsx);;CSV text (*.csv);;Web page (*.html *.htm)");
    QString path = FileDialog::getSaveFileName(
        parent, title.isEmpty() ? tr("Export the List") : title, suggestedPath, filters);
    if (path.isEmpty())
        return QString();
    if (QFileInfo(path).suffix().isEmpty())
        path += QStringLiteral(".pdf");
    if (!documents::fileFormatOf(path))
        return unknownSuffix(path);
    return path;
}

Result<QString> DocumentExport::exportAs(QWidget* parent, QString fileName,
                                         const std::function<Result<documents::Document>()>& make) {
    fileName.replace(QLatin1Char('/'), QLatin1Char('-'));
    auto path = askFile(parent, QDir::home().filePath(fileName));
    if (!path || path->isEmpty())
        return path;
    auto made = make();
    if (!made)
        return std::unexpected(made.error());
    LongTask task(parent);
    if (auto written = write(*made, *path, task); !written)
        return std::unexpected(written.error());
    return path;
}

Status DocumentExport::write(const documents::Document& document, const QString& path,
                             LongTask& task) {
    const auto format = documents::fileFormatOf(path);
    if (!format)
        return unknownSuffix(path);
    documents::RenderOptions options;
    if (*format == documents::FileFormat::Pdf || *format == documents::FileFormat::Docx ||
        *format == documents::FileFormat::Html) {
        // Fonts are resolved here, on the GUI thread; the worker only measures and
        // draws (the PDF's text, the charts' pictures of DOCX and HTML).
        auto family = documents::resolveDocumentFontFamily();
        if (!family)
            return std::unexpected(family.error());
        options.layout.fontFamily = *family;
    }
    return task.inWorker(tr("Writing %1…").arg(QDir::toNativeSeparators(path)),
                         [&](const documents::RenderProgress& progress) {
                             options.progress = progress;
                             return documents::renderFile(document, *format, path, options);
                         });
}

} // namespace thidua::ui
