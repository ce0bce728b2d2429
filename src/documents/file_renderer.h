#pragma once

#include "document.h"
#include "layout_engine.h"
#include "render_progress.h"
#include "result.h"

#include <QString>

#include <optional>

// One entry for every file a document can become: PDF to print and sign, DOCX
// to edit as a Word document, XLSX to keep editing as a table, CSV for other
// programs.
namespace thidua::documents {

enum class FileFormat { Pdf, Docx, Xlsx, Csv };

// "pdf", "docx", "xlsx", "csv" in any case.
std::optional<FileFormat> fileFormatNamed(const QString& name);
// By the file name's suffix, in any case: "Danh sách.XLSX" is XLSX.
std::optional<FileFormat> fileFormatOf(const QString& filePath);
// "pdf", "docx", "xlsx", "csv".
QString fileSuffix(FileFormat format);

struct RenderOptions {
    LayoutOptions layout;    // PDF; DOCX takes its typography
    RenderProgress progress; // pages for PDF, table rows for DOCX, XLSX and CSV
};

// Writes the whole file or leaves the target as it was.
Status renderFile(const Document& document, FileFormat format, const QString& filePath,
                  const RenderOptions& options = {});

} // namespace thidua::documents
