#include "pdf_renderer.h"

#include "output_file.h"
#include "page_painter.h"

#include <QPainter>
#include <QPdfWriter>
#include <QSaveFile>

#if defined(__GLIBC__)
#include <malloc.h>
#endif

namespace thidua::documents {

namespace {

// QPdfEngine compresses each finished page with a fresh zlib stream and copies
// of the page's content: a few hundred kilobytes allocated and freed per page.
// glibc gives that memory back to the system after every page and takes it
// again on the next (or maps and unmaps it), and the page faults were a third
// of the time spent writing a 10,000-line list. Keeping 64 MB at the top of the
// heap, and taking blocks up to that size from the heap, while writing avoids
// them. glibc's starting values (128 KB for both) are restored afterwards,
// though once set glibc no longer moves its mmap threshold by itself; the
// settings are process-wide, so two PDFs written at once only end the gain early.
class HeapKeptWhileWriting {
public:
    HeapKeptWhileWriting() { keep(64 * 1024 * 1024); }
    ~HeapKeptWhileWriting() { keep(128 * 1024); }
    HeapKeptWhileWriting(const HeapKeptWhileWriting&) = delete;
    HeapKeptWhileWriting& operator=(const HeapKeptWhileWriting&) = delete;

private:
    static void keep([[maybe_unused]] int bytes) {
#if defined(__GLIBC__)
        mallopt(M_TOP_PAD, bytes);
        mallopt(M_MMAP_THRESHOLD, bytes);
#endif
    }
};

} // namespace

Status writePdf(const LaidOutDocument& document, QIODevice& device, const PdfOptions& options) {
    const HeapKeptWhileWriting heap;
    QPdfWriter writer(&device);
    writer.setResolution(options.dotsPerInch);
    writer.setPageLayout(document.geometry.pageLayout());
    writer.setTitle(document.title);
    writer.setCreator(options.creator);

    QPainter painter;
    if (!painter.begin(&writer)) {
        return fail(ErrorCode::Io, QStringLiteral("Không tạo được tệp PDF."));
    }
    PagePainter pagePainter(painter, document.fontFamily, options.dotsPerInch);
    for (qsizetype i = 0; i < document.pages.size(); ++i) {
        if (!keepGoing(options.progress, i, document.pages.size())) {
            painter.end();
            return renderCancelled();
        }
        if (i > 0 && !writer.newPage()) {
            return fail(ErrorCode::Io,
                        QStringLiteral("Không thêm được trang %1 vào tệp PDF.").arg(i + 1));
        }
        pagePainter.paint(document.pages.at(i));
    }
    if (!painter.end()) {
        return fail(ErrorCode::Io, QStringLiteral("Không hoàn tất được tệp PDF."));
    }
    return {};
}

Status writePdf(const LaidOutDocument& document, const QString& filePath,
                const PdfOptions& options) {
    QSaveFile file(filePath);
    if (!file.open(QIODevice::WriteOnly)) {
        return cannotWrite(filePath, file.errorString());
    }
    if (auto written = writePdf(document, file, options); !written) {
        file.cancelWriting();
        if (written.error().code == ErrorCode::Cancelled) {
            return written;
        }
        return cannotWrite(filePath, written.error().message);
    }
    if (!file.commit()) {
        return cannotWrite(filePath, file.errorString());
    }
    return {};
}

Status renderPdf(const Document& document, const QString& filePath, const LayoutOptions& layout,
                 const PdfOptions& options) {
    auto laidOut = layoutDocument(document, layout);
    if (!laidOut) {
        return std::unexpected(laidOut.error());
    }
    return writePdf(*laidOut, filePath, options);
}

} // namespace thidua::documents
