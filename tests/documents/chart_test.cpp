#include "chart_painter.h"
#include "file_renderer.h"
#include "golden.h"
#include "layout_dump.h"
#include "layout_engine.h"
#include "pdf_renderer.h"
#include "poppler.h"
#include "sample_documents.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>

#include <gtest/gtest.h>

#include <algorithm>
#include <utility>

using namespace Qt::Literals::StringLiterals;

namespace thidua::documents {
namespace {

using testing::awardsChart;
using testing::bundledFont;
using testing::chartReport;
using testing::pdfText;
using testing::pdfWords;
using testing::rankingChart;

constexpr double kEpsilon = 0.05;

LaidOutDocument layOut(const Document& document) {
    auto laidOut = layoutDocument(document, bundledFont());
    EXPECT_TRUE(laidOut) << laidOut.error().message.toStdString();
    return laidOut.value_or(LaidOutDocument{});
}

const QRectF kPortraitText = PageGeometry::nd30(Orientation::Portrait).textArea();

// A paragraph of `lines` short lines: fills the page up to where a chart comes.
Paragraph lines(int count) {
    QStringList text;
    for (int i = 0; i < count; ++i) {
        text << u"Dòng thứ %1."_s.arg(i + 1);
    }
    return Paragraph{text.join(u'\n')};
}

// The caption's run on `page`, or null.
const TextRun* captionOn(const LaidOutPage& page, const Chart& chart) {
    for (const TextRun& run : page.texts) {
        if (run.text == chart.caption) {
            return &run;
        }
    }
    return nullptr;
}

TEST(ChartLayoutTest, BarChartsGrowWithTheirUnitsWithinThePage) {
    const QSizeF four = chartSize(rankingChart(4), kPortraitText.size());
    const QSizeF eight = chartSize(rankingChart(8), kPortraitText.size());
    const QSizeF hundred = chartSize(rankingChart(100), kPortraitText.size());
    EXPECT_NEAR(eight.width(), kPortraitText.width(), kEpsilon);
    EXPECT_GT(eight.height(), four.height() + 20);
    EXPECT_GT(hundred.height(), eight.height());
    // Room for the caption stays on the page.
    EXPECT_LT(hundred.height(), kPortraitText.height() - 20);
    EXPECT_GE(chartSize(rankingChart(1), kPortraitText.size()).height(), 40);
}

TEST(ChartLayoutTest, AChartSitsInTheTextAreaWithItsCaptionCentredInItalicsUnderIt) {
    Document document;
    document.add(Paragraph{u"Trước biểu đồ."_s}).add(rankingChart()).add(Paragraph{u"Sau."_s});
    const LaidOutDocument laidOut = layOut(document);
    ASSERT_EQ(laidOut.pages.size(), 1);
    const LaidOutPage& page = laidOut.pages.front();
    ASSERT_EQ(page.charts.size(), 1);
    const QRectF rect = page.charts.front().rect;
    EXPECT_NEAR(rect.left(), kPortraitText.left(), kEpsilon);
    EXPECT_NEAR(rect.width(), kPortraitText.width(), kEpsilon);
    EXPECT_NEAR(rect.height(), chartSize(rankingChart(), kPortraitText.size()).height(), kEpsilon);
    EXPECT_EQ(page.charts.front().chart.categories, rankingChart().categories);

    const TextRun* caption = captionOn(page, rankingChart());
    ASSERT_NE(caption, nullptr);
    EXPECT_TRUE(caption->font.italic);
    EXPECT_GT(caption->baseline.y(), rect.bottom());
    EXPECT_NEAR(caption->baseline.x() + caption->width / 2, kPortraitText.center().x(), kEpsilon);
    // What follows comes under the caption.
    const auto after = std::ranges::find(page.texts, u"Sau."_s, &TextRun::text);
    ASSERT_NE(after, page.texts.end());
    EXPECT_GT(after->baseline.y(), caption->baseline.y());
}

TEST(ChartLayoutTest, AChartThatDoesNotFitMovesWholeToTheNextPage) {
    Document document;
    document.add(lines(38)).add(rankingChart());
    const LaidOutDocument laidOut = layOut(document);
    ASSERT_EQ(laidOut.pages.size(), 2);
    EXPECT_TRUE(laidOut.pages.at(0).charts.isEmpty());
    ASSERT_EQ(laidOut.pages.at(1).charts.size(), 1);
    EXPECT_NEAR(laidOut.pages.at(1).charts.front().rect.top(), kPortraitText.top(), kEpsilon);
    EXPECT_NE(captionOn(laidOut.pages.at(1), rankingChart()), nullptr);
    EXPECT_EQ(captionOn(laidOut.pages.at(0), rankingChart()), nullptr);
}

TEST(ChartLayoutTest, AChartAndItsCaptionNeverSplitAcrossPages) {
    for (const Chart& chart : {rankingChart(), rankingChart(30), awardsChart()}) {
        for (int count = 0; count <= 44; count += 2) {
            Document document;
            document.add(lines(count)).add(chart);
            const LaidOutDocument laidOut = layOut(document);
            qsizetype charts = 0;
            for (const LaidOutPage& page : laidOut.pages) {
                for (const PlacedChart& placed : page.charts) {
                    ++charts;
                    EXPECT_GE(placed.rect.top(), kPortraitText.top() - kEpsilon) << count;
                    EXPECT_LE(placed.rect.bottom(), kPortraitText.bottom() + kEpsilon) << count;
                    const TextRun* caption = captionOn(page, chart);
                    ASSERT_NE(caption, nullptr) << count;
                    EXPECT_LE(caption->baseline.y(), kPortraitText.bottom()) << count;
                }
            }
            EXPECT_EQ(charts, 1) << count;
        }
    }
}

TEST(ChartLayoutTest, TheLayoutDumpRecordsEachChart) {
    const QString dump = dumpLayout(layOut(chartReport()));
    EXPECT_TRUE(dump.contains(u"  chart bars 8 categories x 1 series 30.0,"_s))
        << dump.toStdString();
    EXPECT_TRUE(dump.contains(u"  chart columns 5 categories x 3 series 30.0,"_s))
        << dump.toStdString();
}

TEST(ChartLayoutTest, ReportWithChartsMatchesItsGolden) {
    testing::expectMatchesGolden(chartReport(), u"chart_report"_s);
}

TEST(ChartValueTest, PrintsVietnameseStyleWithTheChartsDecimals) {
    Chart chart;
    chart.valueDecimals = 1;
    EXPECT_EQ(chartValue(chart, 95.5), u"95,5"_s);
    EXPECT_EQ(chartValue(chart, 96), u"96,0"_s);
    EXPECT_EQ(chartValue(chart, 88.25), u"88,3"_s);
    chart.valueDecimals = 0;
    EXPECT_EQ(chartValue(chart, 12), u"12"_s);
    EXPECT_EQ(chartValue(chart, 1250), u"1.250"_s);
}

class ChartPdfTest : public ::testing::Test {
protected:
    // THIDUA_TEST_OUTPUT_DIR keeps the PDFs for looking at them (pdftoppm).
    QString path(const QString& name) const {
        const QString keep = qEnvironmentVariable("THIDUA_TEST_OUTPUT_DIR");
        return keep.isEmpty() ? m_dir.filePath(name) : QDir(keep).filePath(name);
    }

    QTemporaryDir m_dir;
};

TEST_F(ChartPdfTest, ThePdfCarriesTheCaptionsLabelsAndValuesAsText) {
    const QString file = path(u"bieu-do.pdf"_s);
    const Status written = renderPdf(chartReport(), file, bundledFont());
    ASSERT_TRUE(written) << written.error().message.toStdString();
    const auto text = pdfText(file);
    ASSERT_TRUE(text.ok) << text.output.toStdString();
    const QString printed = text.output.normalized(QString::NormalizationForm_C).simplified();
    for (const QString& expected :
         {rankingChart().caption, awardsChart().caption, u"Sở Tư pháp tỉnh Gia Lai"_s,
          u"Sở Tư pháp tỉnh Đắk Lắk"_s, u"97,5"_s, u"96,0"_s, u"Điểm"_s, u"Số lượt"_s,
          u"Cấp Nhà nước"_s, u"Cấp Bộ, ngành"_s, u"2021"_s, u"2025"_s}) {
        EXPECT_TRUE(printed.contains(expected)) << expected.toStdString();
    }
    // A long unit name may wrap, but every word of it is printed.
    QString error;
    QStringList words;
    const auto pages = int(layOut(chartReport()).pages.size());
    for (int page = 1; page <= pages; ++page) {
        for (const auto& word : pdfWords(file, page, &error)) {
            words << word.text.normalized(QString::NormalizationForm_C);
        }
    }
    ASSERT_TRUE(error.isEmpty()) << error.toStdString();
    for (const QString& word : u"Trường Trung cấp Luật Buôn Ma Thuột"_s.split(u' ')) {
        EXPECT_TRUE(words.contains(word)) << word.toStdString();
    }
}

// Thirty units, and a hundred in a landscape chart: thinner bars, names
// wrapped, elided or smaller, but no word printed over another.
TEST_F(ChartPdfTest, ACrowdedChartPrintsNoWordOverAnother) {
    for (const auto& [orientation, units] :
         {std::pair{Orientation::Portrait, 30}, std::pair{Orientation::Landscape, 30},
          std::pair{Orientation::Landscape, 100}}) {
        Document document;
        document.orientation = orientation;
        Chart chart = rankingChart(units);
        chart.categories[5] = u"Trung tâm Trợ giúp pháp lý nhà nước tỉnh Kon Tum thuộc Sở Tư "
                              u"pháp tỉnh Kon Tum, Cụm thi đua số 5"_s;
        document.add(chart);
        const QString file = path(
            u"dong-%1-%2.pdf"_s.arg(orientation == Orientation::Portrait ? u"doc"_s : u"ngang"_s)
                .arg(units));
        const Status written = renderPdf(document, file, bundledFont());
        ASSERT_TRUE(written) << written.error().message.toStdString();
        QString error;
        const auto words = pdfWords(file, 1, &error);
        ASSERT_TRUE(error.isEmpty()) << error.toStdString();
        EXPECT_GT(words.size(), 150);
        for (qsizetype i = 0; i < words.size(); ++i) {
            for (qsizetype j = i + 1; j < words.size(); ++j) {
                const QRectF overlap = words.at(i).box.intersected(words.at(j).box);
                EXPECT_TRUE(overlap.width() < 0.3 || overlap.height() < 0.3)
                    << units << ": " << words.at(i).text.toStdString() << " / "
                    << words.at(j).text.toStdString();
            }
        }
    }
}

TEST_F(ChartPdfTest, AChartWithoutDataPrintsOnlyItsCaption) {
    Chart empty;
    empty.caption = u"Biểu đồ 3. Chưa có số liệu"_s;
    Document document;
    document.add(empty);
    const QString file = path(u"bieu-do-trong.pdf"_s);
    const Status written = renderPdf(document, file, bundledFont());
    ASSERT_TRUE(written) << written.error().message.toStdString();
    const auto text = pdfText(file);
    ASSERT_TRUE(text.ok) << text.output.toStdString();
    EXPECT_EQ(text.output.normalized(QString::NormalizationForm_C).simplified(), empty.caption);
}

// Every format takes a document with charts; a chart's numbers belong to a
// table of their own, so a spreadsheet or CSV leaves the picture out.
TEST_F(ChartPdfTest, EveryFileFormatWritesADocumentWithCharts) {
    for (const FileFormat format :
         {FileFormat::Pdf, FileFormat::Docx, FileFormat::Html, FileFormat::Xlsx, FileFormat::Csv}) {
        const QString file = path(u"bieu-do."_s + fileSuffix(format));
        const Status written = renderFile(chartReport(), format, file);
        ASSERT_TRUE(written) << written.error().message.toStdString();
    }
    QFile csv(path(u"bieu-do.csv"_s));
    ASSERT_TRUE(csv.open(QIODevice::ReadOnly));
    EXPECT_FALSE(QString::fromUtf8(csv.readAll()).contains(u"Gia Lai"_s));
}

} // namespace
} // namespace thidua::documents
