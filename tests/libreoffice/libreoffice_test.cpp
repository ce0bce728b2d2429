#include "docx_renderer.h"
#include "poppler.h"
#include "sample_documents.h"
#include "xlsx_renderer.h"

#include <QDir>
#include <QFileInfo>
#include <QTemporaryDir>
#include <QUrl>

#include <gtest/gtest.h>

using namespace Qt::Literals::StringLiterals;

namespace thidua::documents {
namespace {

using testing::awardsChart;
using testing::chartReport;
using testing::goldenLandscapeList;
using testing::pdfInfo;
using testing::pdfText;
using testing::rankingChart;
using testing::runTool;
using testing::sampleReport;
using testing::ToolRun;
using testing::vietnameseName;

constexpr int kConversionTimeoutMs = 240000;

class LibreOfficeTest : public ::testing::Test {
protected:
    // LibreOffice's own PDF of `file`, written next to it. Each conversion
    // gets a fresh user profile, so that tests running side by side do not
    // share (and lock) one.
    QString convertToPdf(const QString& file) {
        const QTemporaryDir profile;
        const ToolRun run = runTool(
            u"soffice"_s,
            {u"-env:UserInstallation="_s + QUrl::fromLocalFile(profile.path()).toString(),
             u"--headless"_s, u"--convert-to"_s, u"pdf"_s, u"--outdir"_s, temp.path(), file},
            kConversionTimeoutMs);
        EXPECT_TRUE(run.ok) << run.output.toStdString()
                            << " (LibreOffice is installed by scripts/setup.sh)";
        const QString pdf = temp.filePath(QFileInfo(file).completeBaseName() + u".pdf"_s);
        EXPECT_TRUE(QFileInfo::exists(pdf)) << run.output.toStdString();
        return pdf;
    }

    // The text of `page` (every page when 0), NFC, white space collapsed so
    // that words set in columns read as one line.
    static QString printed(const QString& pdf, int page = 0) {
        const ToolRun text = pdfText(pdf, page);
        EXPECT_TRUE(text.ok) << text.output.toStdString();
        return text.output.normalized(QString::NormalizationForm_C).simplified();
    }

    static QString pageSize(const QString& pdf) {
        const ToolRun info = pdfInfo(pdf);
        EXPECT_TRUE(info.ok) << info.output.toStdString();
        for (const QString& line : info.output.split(u'\n')) {
            if (line.startsWith(u"Page size:"_s)) {
                return line.mid(10).simplified();
            }
        }
        return {};
    }

    QTemporaryDir temp;
};

TEST_F(LibreOfficeTest, WriterPrintsTheDocxAsAnOfficialDocument) {
    const QString docx = temp.filePath(u"bao-cao.docx"_s);
    ASSERT_TRUE(writeDocx(sampleReport(60), docx));
    const QString pdf = convertToPdf(docx);

    const QString text = printed(pdf);
    for (const QString& expected :
         {u"UBND THÀNH PHỐ HÀ NỘI"_s, u"SỞ NỘI VỤ"_s, u"CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"_s,
          u"Độc lập - Tự do - Hạnh phúc"_s, u"Số: 15/BC-SNV"_s,
          u"Hà Nội, ngày 05 tháng 02 năm 2026"_s, u"BÁO CÁO"_s,
          u"Kết quả bình xét thi đua, khen thưởng năm 2025"_s, u"Họ và tên"_s, vietnameseName(17),
          u"Chiến sĩ thi đua cơ sở"_s, u"II. Tập thể"_s, u"PHÓ GIÁM ĐỐC"_s,
          u"Nguyễn Thị Minh Hạnh"_s}) {
        EXPECT_TRUE(text.contains(expected)) << expected.toStdString();
    }
    EXPECT_TRUE(pageSize(pdf).startsWith(u"595."_s)) << pageSize(pdf).toStdString();

    // Numbered from page 2, at the top, over the repeated header row (whose
    // wrapped cells pdftotext reads line by line across the row).
    EXPECT_FALSE(printed(pdf, 1).startsWith(u"1 "_s));
    const QString top = printed(pdf, 2).left(100);
    EXPECT_TRUE(top.startsWith(u"2 "_s) && top.contains(u"STT"_s) && top.contains(u"Ghi chú"_s))
        << top.toStdString();
}

TEST_F(LibreOfficeTest, WriterTurnsALandscapeListsPages) {
    const QString docx = temp.filePath(u"danh-sach.docx"_s);
    ASSERT_TRUE(writeDocx(goldenLandscapeList(), docx));
    const QString pdf = convertToPdf(docx);
    EXPECT_TRUE(pageSize(pdf).startsWith(u"841."_s)) << pageSize(pdf).toStdString();
    EXPECT_TRUE(printed(pdf).contains(u"DANH SÁCH CÁ NHÂN ĐỀ NGHỊ TẶNG DANH HIỆU CHIẾN SĨ THI "
                                      u"ĐUA CƠ SỞ"_s));
}

TEST_F(LibreOfficeTest, WriterPrintsTheChartsAsPicturesOverTheirCaptions) {
    const QString docx = temp.filePath(u"bieu-do.docx"_s);
    ASSERT_TRUE(writeDocx(chartReport(), docx));
    const QString pdf = convertToPdf(docx);
    const QString text = printed(pdf);
    for (const QString& expected : {rankingChart().caption, awardsChart().caption,
                                    u"I. KẾT QUẢ CHẤM ĐIỂM"_s, u"PHÓ GIÁM ĐỐC"_s}) {
        EXPECT_TRUE(text.contains(expected)) << expected.toStdString();
    }
    // pdfimages -list: a header of two lines, then one line per picture with
    // its page, number, type and size in pixels.
    const ToolRun images = runTool(u"pdfimages"_s, {u"-list"_s, pdf});
    ASSERT_TRUE(images.ok) << images.output.toStdString();
    QStringList lines = images.output.split(u'\n', Qt::SkipEmptyParts).mid(2);
    ASSERT_EQ(lines.size(), 2) << images.output.toStdString();
    for (const QString& line : lines) {
        const QStringList fields = line.simplified().split(u' ');
        ASSERT_GE(fields.size(), 5) << line.toStdString();
        EXPECT_EQ(fields.at(2), u"image"_s) << line.toStdString();
        EXPECT_EQ(fields.at(3), u"1299"_s) << line.toStdString(); // 165 mm at 200 dpi
    }
}

TEST_F(LibreOfficeTest, CalcPrintsTheXlsxWithItsTitleAndTable) {
    const QString xlsx = temp.filePath(u"bao-cao.xlsx"_s);
    ASSERT_TRUE(writeXlsx(sampleReport(60), xlsx));
    const QString text = printed(convertToPdf(xlsx));
    for (const QString& expected :
         {u"SỞ NỘI VỤ"_s, u"BÁO CÁO"_s, u"Kết quả bình xét thi đua, khen thưởng năm 2025"_s,
          u"Họ và tên"_s, vietnameseName(17), u"Chiến sĩ thi đua cơ sở"_s, u"II. Tập thể"_s}) {
        EXPECT_TRUE(text.contains(expected)) << expected.toStdString();
    }
}

} // namespace
} // namespace thidua::documents
