#pragma once

#include "document.h"
#include "layout_engine.h"
#include "render_progress.h"
#include "result.h"

#include <QString>

#include <optional>

// One entry for every file a document can become: PDF to print and sign, DOCX
// to edit as a Word document, XLSX to keep editing as a table, CSV for other
// programs, HTML to open in a browser or put on a web page.
namespace thidua::documents {

enum class FileFormat { Pdf, Docx, Xlsx, Csv, Html };

// "pdf", "docx", "xlsx", "csv", "html" (or "htm") in any case.
std::optional<FileFormat> fileFormatNamed(const QString& name);
// By the file name's suffix, in any case: "Danh sách.XLSX" is XLSX.
std::optional<FileFormat> fileFormatOf(const QString& filePath);
// "pdf", "docx", "xlsx", "csv", "html".
QString fileSuffix(FileFormat format);

struct RenderOptions {
    LayoutOptions layout;    // PDF; DOCX and HTML take its typography and font (charts)
    RenderProgress progress; // pages for PDF, table rows for DOCX, XLSX and CSV
};

// Writes the whole file or leaves the target as it was.
Status renderFile(const Document& document, FileFormat format, const QString& filePath,
                  const RenderOptions& options = {});

} // namespace thidua::documents
