#pragma once

#include "document.h"
#include "layout_engine.h"
#include "render_progress.h"
#include "result.h"

#include <QString>

#include <optional>

// One entry for every file a document can become: PDF to print and sign, XLSX
// to keep editing, CSV for other programs.
namespace thidua::documents {

enum class FileFormat { Pdf, Xlsx, Csv };

// "pdf", "xlsx", "csv" in any case.
std::optional<FileFormat> fileFormatNamed(const QString& name);
// By the file name's suffix, in any case: "Danh sách.XLSX" is XLSX.
std::optional<FileFormat> fileFormatOf(const QString& filePath);
// "pdf", "xlsx", "csv".
QString fileSuffix(FileFormat format);

struct RenderOptions {
    LayoutOptions layout;    // PDF only
    RenderProgress progress; // pages for PDF, table rows for XLSX and CSV
};

// Writes the whole file or leaves the target as it was.
Status renderFile(const Document& document, FileFormat format, const QString& filePath,
                  const RenderOptions& options = {});

} // namespace thidua::documents
