#include "layout_engine.h"
#include "pdf_renderer.h"
#include "poppler.h"
#include "sample_documents.h"

#include <QBuffer>
#include <QDir>
#include <QFile>
#include <QRegularExpression>
#include <QTemporaryDir>

#include <gtest/gtest.h>

#include <algorithm>

namespace thidua::documents {
namespace {

using testing::bundledFont;
using testing::pdfInfo;
using testing::pdfText;
using testing::pdfWords;
using testing::sampleReport;
using testing::vietnameseName;

constexpr double kPointsPerMm = 72.0 / 25.4;

int pageCount(const QString& info) {
    static const QRegularExpression pages(QStringLiteral(R"(Pages:\s+(\d+))"));
    return pages.match(info).captured(1).toInt();
}

QString firstNonEmptyLine(const QString& text) {
    for (const QString& line : text.split(QLatin1Char('\n'))) {
        if (!line.trimmed().isEmpty()) {
            return line.trimmed();
        }
    }
    return {};
}

class PdfRendererTest : public ::testing::Test {
protected:
    void SetUp() override { ASSERT_TRUE(m_dir.isValid()); }
    // THIDUA_TEST_OUTPUT_DIR keeps the PDFs for looking at them (pdftoppm).
    QString path(const QString& name) const {
        const QString keep = qEnvironmentVariable("THIDUA_TEST_OUTPUT_DIR");
        return keep.isEmpty() ? m_dir.filePath(name) : QDir(keep).filePath(name);
    }

    QTemporaryDir m_dir;
};

TEST_F(PdfRendererTest, LongReportIsAnA4PdfWithVietnameseTextAndPageNumbers) {
    const Document document = sampleReport(200);
    const auto laidOut = layoutDocument(document, bundledFont());
    ASSERT_TRUE(laidOut) << laidOut.error().message.toStdString();
    const QString file = path(QStringLiteral("bao-cao-thi-dua.pdf"));
    const Status written = writePdf(*laidOut, file);
    ASSERT_TRUE(written) << written.error().message.toStdString();
    ASSERT_GE(laidOut->pages.size(), 4);

    const auto info = pdfInfo(file);
    ASSERT_TRUE(info.ok) << info.output.toStdString();
    EXPECT_EQ(pageCount(info.output), laidOut->pages.size()) << info.output.toStdString();
    EXPECT_TRUE(info.output.contains(QRegularExpression(
        QStringLiteral(R"(Page size:\s+59[45](\.\d+)? x 84[12](\.\d+)? pts \(A4\))"))))
        << info.output.toStdString();

    const auto text = pdfText(file);
    ASSERT_TRUE(text.ok) << text.output.toStdString();
    for (const QString& expected : {
             QStringLiteral("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"),
             QStringLiteral("Độc lập - Tự do - Hạnh phúc"),
             QStringLiteral("Hà Nội, ngày 05 tháng 02 năm 2026"),
             QStringLiteral("Số: 15/BC-SNV"),
             QStringLiteral("BÁO CÁO"),
             vietnameseName(0),
             vietnameseName(179),
             QStringLiteral("Nguyễn Thị Minh Hạnh"),
         }) {
        EXPECT_TRUE(text.output.contains(expected)) << "not in the PDF: " << expected.toStdString();
    }

    // Page 1 has no number; page 2 starts with "2", page 3 with "3".
    const auto page1 = pdfText(file, 1);
    const auto page2 = pdfText(file, 2);
    const auto page3 = pdfText(file, 3);
    ASSERT_TRUE(page1.ok && page2.ok && page3.ok);
    EXPECT_TRUE(firstNonEmptyLine(page1.output).startsWith(QStringLiteral("UBND THÀNH PHỐ HÀ NỘI")))
        << firstNonEmptyLine(page1.output).toStdString();
    EXPECT_EQ(firstNonEmptyLine(page2.output), QStringLiteral("2"));
    EXPECT_EQ(firstNonEmptyLine(page3.output), QStringLiteral("3"));
    EXPECT_TRUE(page2.output.contains(QStringLiteral("Họ và tên"))); // the repeated header

    // Where: nothing in page 1's top margin; "2" centred in page 2's top margin.
    QString error;
    const auto words1 = pdfWords(file, 1, &error);
    ASSERT_FALSE(words1.isEmpty()) << error.toStdString();
    for (const auto& word : words1) {
        EXPECT_GE(word.box.top(), 18 * kPointsPerMm) << word.text.toStdString();
    }
    const auto words2 = pdfWords(file, 2, &error);
    ASSERT_FALSE(words2.isEmpty()) << error.toStdString();
    const auto top =
        std::min_element(words2.cbegin(), words2.cend(),
                         [](const auto& a, const auto& b) { return a.box.top() < b.box.top(); });
    EXPECT_EQ(top->text, QStringLiteral("2"));
    EXPECT_LT(top->box.bottom(), 20 * kPointsPerMm);
    EXPECT_NEAR(top->box.center().x(), (30 + 165.0 / 2) * kPointsPerMm, 1.0);
}

TEST_F(PdfRendererTest, LandscapeDocumentIsLandscapeA4) {
    Document document;
    document.orientation = Orientation::Landscape;
    document.add(testing::nameTable(40));
    const QString file = path(QStringLiteral("danh-sach.pdf"));
    const Status written = renderPdf(document, file, bundledFont());
    ASSERT_TRUE(written) << written.error().message.toStdString();
    const auto info = pdfInfo(file);
    ASSERT_TRUE(info.ok) << info.output.toStdString();
    EXPECT_TRUE(info.output.contains(QRegularExpression(
        QStringLiteral(R"(Page size:\s+84[12](\.\d+)? x 59[45](\.\d+)? pts \(A4\))"))))
        << info.output.toStdString();
    EXPECT_GE(pageCount(info.output), 2);
}

TEST_F(PdfRendererTest, UnwritablePathIsAnErrorValueNamingTheFile) {
    const QString missingFolder = path(QStringLiteral("khong-co/thu-muc/bao-cao.pdf"));
    const Status status = renderPdf(sampleReport(3), missingFolder, bundledFont());
    ASSERT_FALSE(status);
    EXPECT_EQ(status.error().code, ErrorCode::Io);
    EXPECT_TRUE(status.error().message.startsWith(QStringLiteral("Không ghi được tệp")))
        << status.error().message.toStdString();
    EXPECT_TRUE(status.error().message.contains(QStringLiteral("bao-cao.pdf")));
    EXPECT_FALSE(QFile::exists(missingFolder));

    // A folder where the file should be.
    const Status onFolder = renderPdf(sampleReport(3), m_dir.path(), bundledFont());
    ASSERT_FALSE(onFolder);
    EXPECT_EQ(onFolder.error().code, ErrorCode::Io);
}

TEST_F(PdfRendererTest, FailedLayoutWritesNothing) {
    Table table = testing::nameTable(2);
    table.rows[0].cells.append(QStringLiteral("thừa"));
    Document document;
    document.add(table);
    const QString file = path(QStringLiteral("loi.pdf"));
    const Status status = renderPdf(document, file, bundledFont());
    ASSERT_FALSE(status);
    EXPECT_EQ(status.error().code, ErrorCode::InvalidInput);
    EXPECT_FALSE(QFile::exists(file));
}

TEST_F(PdfRendererTest, WritesToAnOpenDevice) {
    const auto laidOut = layoutDocument(sampleReport(10), bundledFont());
    ASSERT_TRUE(laidOut);
    QBuffer buffer;
    ASSERT_TRUE(buffer.open(QIODevice::WriteOnly));
    ASSERT_TRUE(writePdf(*laidOut, buffer));
    EXPECT_TRUE(buffer.data().startsWith("%PDF-"));
    EXPECT_GT(buffer.data().size(), 10000); // Embedded font subsets.
}

} // namespace
} // namespace thidua::documents
