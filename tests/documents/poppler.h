#pragma once

#include <QList>
#include <QRectF>
#include <QString>
#include <QStringList>

// Reads PDFs back with poppler-utils (pdftotext, pdfinfo), so the tests check
// the file a user gets and not only our own idea of it.
namespace thidua::documents::testing {

struct ToolRun {
    bool ok = false;
    QString output; // stdout, or what went wrong.
};

// Runs `program` to its end, at most `timeoutMs`; ok when it exits with 0.
ToolRun runTool(const QString& program, const QStringList& arguments, int timeoutMs = 60000);

// `pdftotext -layout` of one page (1-based), or of every page when page is 0.
ToolRun pdfText(const QString& pdfPath, int page = 0);
ToolRun pdfInfo(const QString& pdfPath);

struct PdfWord {
    QString text;
    QRectF box; // In PDF points from the page's top-left.
};

// The words of one page with their boxes (`pdftotext -bbox`).
QList<PdfWord> pdfWords(const QString& pdfPath, int page, QString* error);

} // namespace thidua::documents::testing
