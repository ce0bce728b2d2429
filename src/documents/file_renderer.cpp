#include "file_renderer.h"

#include "csv_renderer.h"
#include "docx_renderer.h"
#include "html_renderer.h"
#include "pdf_renderer.h"
#include "xlsx_renderer.h"

#include <QFileInfo>

#include <array>
#include <utility>

namespace thidua::documents {

namespace {

// The first suffix of a format is the one its files get.
constexpr std::array<std::pair<FileFormat, QLatin1String>, 6> kSuffixes{{
    {FileFormat::Pdf, QLatin1String("pdf")},
    {FileFormat::Docx, QLatin1String("docx")},
    {FileFormat::Xlsx, QLatin1String("xlsx")},
    {FileFormat::Csv, QLatin1String("csv")},
    {FileFormat::Html, QLatin1String("html")},
    {FileFormat::Html, QLatin1String("htm")},
}};

} // namespace

std::optional<FileFormat> fileFormatNamed(const QString& name) {
    for (const auto& [format, suffix] : kSuffixes) {
        if (name.compare(suffix, Qt::CaseInsensitive) == 0) {
            return format;
        }
    }
    return std::nullopt;
}

std::optional<FileFormat> fileFormatOf(const QString& filePath) {
    return fileFormatNamed(QFileInfo(filePath).suffix());
}

QString fileSuffix(FileFormat format) {
    for (const auto& [known, suffix] : kSuffixes) {
        if (known == format) {
            return suffix;
        }
    }
    return {};
}

Status renderFile(const Document& document, FileFormat format, const QString& filePath,
                  const RenderOptions& options) {
    switch (format) {
    case FileFormat::Pdf: {
        PdfOptions pdf;
        pdf.progress = options.progress;
        return renderPdf(document, filePath, options.layout, pdf);
    }
    case FileFormat::Docx:
        return writeDocx(document, filePath, options.progress, options.layout.typography,
                         options.layout.fontFamily);
    case FileFormat::Xlsx:
        return writeXlsx(document, filePath, options.progress);
    case FileFormat::Csv:
        return writeCsv(document, filePath, options.progress);
    case FileFormat::Html:
        return writeHtml(document, filePath, options.progress, options.layout.typography,
                         options.layout.fontFamily);
    }
    return fail(ErrorCode::Unsupported, QStringLiteral("Định dạng tệp không được hỗ trợ."));
}

} // namespace thidua::documents
