#include "file_renderer.h"
#include "html_renderer.h"
#include "official_text.h"
#include "sample_documents.h"

#include <QDir>
#include <QFile>
#include <QImage>
#include <QRegularExpression>
#include <QTemporaryDir>

#include <gtest/gtest.h>

using namespace Qt::Literals::StringLiterals;

namespace thidua::documents {
namespace {

using testing::awardsChart;
using testing::chartReport;
using testing::goldenLandscapeList;
using testing::nameTable;
using testing::rankingChart;
using testing::sampleReport;
using testing::vietnameseName;

QString page(const Document& document) {
    auto html = htmlDocument(document);
    EXPECT_TRUE(html) << html.error().message.toStdString();
    return html.value_or(QString());
}

// The pictures of the page's charts, decoded.
QList<QImage> pictures(const QString& html) {
    static const QRegularExpression data(u"<img src=\"data:image/png;base64,([A-Za-z0-9+/=]+)\""_s);
    QList<QImage> images;
    for (const auto& match : data.globalMatch(html)) {
        images.append(
            QImage::fromData(QByteArray::fromBase64(match.captured(1).toLatin1()), "PNG"));
    }
    return images;
}

TEST(HtmlRendererTest, IsAStandaloneUtf8PageTitledLikeTheDocument) {
    const QString html = page(sampleReport(3));
    EXPECT_TRUE(html.startsWith(u"<!DOCTYPE html>"_s));
    EXPECT_TRUE(html.contains(u"<meta charset=\"utf-8\">"_s));
    EXPECT_TRUE(html.contains(
        u"<title>Báo cáo - Kết quả bình xét thi đua, khen thưởng năm 2025</title>"_s));
    // Nothing is fetched from elsewhere.
    EXPECT_FALSE(html.contains(u"<link"_s));
    EXPECT_FALSE(html.contains(u"src=\"http"_s));
    EXPECT_TRUE(html.contains(u"font-family: \"Times New Roman\""_s));
}

TEST(HtmlRendererTest, PageIsA4WithTheMarginsOfDecree30InTheDocumentsOrientation) {
    EXPECT_TRUE(
        page(sampleReport(3))
            .contains(u"@page { size: A4 portrait; margin: 20.00mm 15.00mm 20.00mm 30.00mm; }"_s));
    const QString landscape = page(goldenLandscapeList());
    EXPECT_TRUE(landscape.contains(u"size: A4 landscape;"_s));
    EXPECT_FALSE(landscape.contains(u"portrait"_s));
}

TEST(HtmlRendererTest, OfficialHeaderTitleAndHeadingsReadAsOnThePdf) {
    const Document document = sampleReport(3);
    const QString html = page(document);
    for (const QString& expected :
         {u"<div class=\"parent-agency\">UBND THÀNH PHỐ HÀ NỘI</div>"_s,
          u"<div class=\"issuing-agency ruled\">SỞ NỘI VỤ</div>"_s,
          u"<div class=\"national-name\">"_s + nationalName() + u"</div>"_s,
          u"<div class=\"motto ruled\">"_s + nationalMotto() + u"</div>"_s, u"Số: 15/BC-SNV"_s,
          u"<td class=\"date\">"_s + placeAndDate(*document.header) + u"</td>"_s,
          u"<div>BÁO CÁO</div>"_s, u"<h2>I. KẾT QUẢ BÌNH XÉT</h2>"_s,
          u"<h3>1. Danh hiệu thi đua</h3>"_s}) {
        EXPECT_TRUE(html.contains(expected)) << expected.toStdString();
    }
    // The header comes before the title, the title before the body.
    EXPECT_LT(html.indexOf(nationalName()), html.indexOf(u"BÁO CÁO"_s));
    EXPECT_LT(html.indexOf(u"BÁO CÁO"_s), html.indexOf(u"<h2>"_s));
}

TEST(HtmlRendererTest, TablesHaveAHeaderRowGroupRowsAndEveryDataRow) {
    Document document;
    document.add(nameTable(12));
    const QString html = page(document);
    EXPECT_TRUE(html.contains(u"<thead><tr><th>STT</th><th>Họ và tên</th>"_s));
    EXPECT_EQ(html.count(u"<th>"_s), 5);
    for (int i = 0; i < 12; ++i) {
        EXPECT_TRUE(html.contains(u"<td class=\"left\">"_s + vietnameseName(i) + u"</td>"_s)) << i;
    }
    const QString report = page(sampleReport(20));
    EXPECT_TRUE(report.contains(u"<tr class=\"group\"><td colspan=\"5\">I. Cá nhân</td></tr>"_s));
    EXPECT_TRUE(report.contains(u"<tr class=\"group\"><td colspan=\"5\">II. Tập thể</td></tr>"_s));
}

TEST(HtmlRendererTest, TextIsEscapedAndLineBreaksKept) {
    Document document;
    document.add(Paragraph{u"Điểm <b>a</b> & \"b\" > c\nDòng hai"_s});
    document.add(Heading{Heading::Level::Section, u"2. <script>"_s});
    const QString html = page(document);
    EXPECT_TRUE(
        html.contains(u"Điểm &lt;b&gt;a&lt;/b&gt; &amp; &quot;b&quot; &gt; c<br>Dòng hai</p>"_s));
    EXPECT_TRUE(html.contains(u"<h3>2. &lt;script&gt;</h3>"_s));
    EXPECT_FALSE(html.contains(u"<script>"_s));
    EXPECT_FALSE(html.contains(u"<b>a"_s));
}

TEST(HtmlRendererTest, ParagraphsSignaturesAndPageBreaksKeepTheirLayout) {
    Document document = sampleReport(2);
    document.add(PageBreak{});
    document.add(SignatureColumns{u"Đại diện các đơn vị ký giao ước"_s,
                                  {{u"Sở Tư pháp tỉnh Gia Lai"_s, u"Giám đốc"_s, {}},
                                   {u"Sở Tư pháp tỉnh Kon Tum"_s, u"Giám đốc"_s, {}}},
                                  2});
    const QString html = page(document);
    EXPECT_TRUE(html.contains(u"<p class=\"justify indent\">Thực hiện Luật"_s));
    EXPECT_TRUE(html.contains(u"<div class=\"recipients-title\">Nơi nhận:</div>"_s));
    EXPECT_TRUE(html.contains(u"<div class=\"recipient\">- UBND thành phố (để b/c);</div>"_s));
    EXPECT_TRUE(html.contains(u"<div>PHÓ GIÁM ĐỐC</div>"_s));
    EXPECT_TRUE(html.contains(u"<div class=\"page-break\"></div>"_s));
    EXPECT_TRUE(html.contains(u".page-break { break-before: page;"_s));
    EXPECT_TRUE(
        html.contains(u"<div class=\"signature-caption\">ĐẠI DIỆN CÁC ĐƠN VỊ KÝ GIAO ƯỚC</div>"_s));
    EXPECT_EQ(html.count(u"<td class=\"signer\" style=\"width: 82.5mm\">"_s), 2);
}

TEST(HtmlRendererTest, ChartsArePicturesWithTheirCaptions) {
    const QString html = page(chartReport());
    EXPECT_TRUE(html.contains(u"<figcaption>"_s + rankingChart().caption + u"</figcaption>"_s));
    EXPECT_TRUE(html.contains(u"<figcaption>"_s + awardsChart().caption + u"</figcaption>"_s));
    const QList<QImage> images = pictures(html);
    ASSERT_EQ(images.size(), 2);
    for (const QImage& image : images) {
        ASSERT_FALSE(image.isNull());
        // 165 mm at 200 dpi.
        EXPECT_NEAR(image.width(), 1299, 1);
        // Drawn, not blank: the bars are neither white nor black.
        bool coloured = false;
        for (int y = 0; y < image.height() && !coloured; y += 4) {
            for (int x = 0; x < image.width() && !coloured; x += 4) {
                const QColor c = image.pixelColor(x, y);
                coloured = c != Qt::white && c.saturation() > 40;
            }
        }
        EXPECT_TRUE(coloured);
    }
    EXPECT_GT(images.at(0).height(), 500); // The ranking of eight units.
}

class HtmlFileTest : public ::testing::Test {
protected:
    // THIDUA_TEST_OUTPUT_DIR keeps the pages for looking at them.
    QString path(const QString& name) const {
        const QString keep = qEnvironmentVariable("THIDUA_TEST_OUTPUT_DIR");
        return keep.isEmpty() ? temp.filePath(name) : QDir(keep).filePath(name);
    }
    QByteArray read(const QString& file) const {
        QFile in(file);
        EXPECT_TRUE(in.open(QIODevice::ReadOnly));
        return in.readAll();
    }

    QTemporaryDir temp;
};

TEST_F(HtmlFileTest, IsAFileFormatWrittenByRenderFile) {
    EXPECT_EQ(fileFormatNamed(u"HTML"_s), FileFormat::Html);
    EXPECT_EQ(fileFormatOf(u"Báo cáo.htm"_s), FileFormat::Html);
    EXPECT_EQ(fileFormatOf(u"Báo cáo.Html"_s), FileFormat::Html);
    EXPECT_EQ(fileSuffix(FileFormat::Html), u"html"_s);
    const QString file = path(u"bao-cao.html"_s);
    ASSERT_TRUE(renderFile(sampleReport(5), FileFormat::Html, file));
    const QString html = QString::fromUtf8(read(file));
    EXPECT_TRUE(html.contains(vietnameseName(4)));
    EXPECT_TRUE(html.endsWith(u"</html>\n"_s));
    const QString list = path(u"danh-sach.htm"_s);
    ASSERT_TRUE(renderFile(goldenLandscapeList(), FileFormat::Html, list));
    EXPECT_TRUE(QString::fromUtf8(read(list)).contains(u"size: A4 landscape;"_s));
}

TEST_F(HtmlFileTest, FailedWriteLeavesTheOldFile) {
    const QString file = path(u"giu-nguyen.html"_s);
    {
        QFile old(file);
        ASSERT_TRUE(old.open(QIODevice::WriteOnly));
        old.write("old");
    }
    Document bad = sampleReport(2);
    Table wide = nameTable(1);
    wide.rows[0].cells.append(u"thừa"_s);
    bad.add(wide);
    auto refused = writeHtml(bad, file);
    ASSERT_FALSE(refused);
    EXPECT_EQ(refused.error().code, ErrorCode::InvalidInput);
    EXPECT_EQ(read(file), "old");

    auto stopped = writeHtml(sampleReport(50), file, [](qint64 done, qint64) { return done < 10; });
    ASSERT_FALSE(stopped);
    EXPECT_EQ(stopped.error().code, ErrorCode::Cancelled);
    EXPECT_EQ(read(file), "old");

    auto nowhere = writeHtml(sampleReport(2), path(u"khong-co/thu-muc/x.html"_s));
    ASSERT_FALSE(nowhere);
    EXPECT_EQ(nowhere.error().code, ErrorCode::Io);
    EXPECT_TRUE(nowhere.error().message.contains(u"x.html"_s));
}

} // namespace
} // namespace thidua::documents
