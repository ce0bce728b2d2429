#include "file_renderer.h"
#include "poppler.h"
#include "registration_list.h"
#include "report_fixture.h"
#include "table_reader.h"
#include "xlsx_package.h"

#include <QDir>
#include <QFile>
#include <QRegularExpression>

#include <gtest/gtest.h>

using namespace thidua;
using documents::FileFormat;

namespace {

const QStringList kHeaders{
    QStringLiteral("STT"),    QStringLiteral("Họ và tên / Tên tập thể"), QStringLiteral("Chức vụ"),
    QStringLiteral("Đơn vị"), QStringLiteral("Danh hiệu đăng ký"),       QStringLiteral("Ghi chú")};

// What a spreadsheet reader gives back of Sở Tư pháp's list.
const QStringList kFirstCollective{QStringLiteral("1"),
                                   QStringLiteral("Sở Tư pháp tỉnh Vĩnh Phúc"),
                                   {},
                                   {},
                                   QStringLiteral("Cờ thi đua của Bộ, ban, ngành, tỉnh"),
                                   {}};
const QStringList kLastIndividual{QStringLiteral("5"),
                                  QStringLiteral("Bùi Văn Bình"),
                                  QStringLiteral("Chuyên viên"),
                                  QStringLiteral("Văn phòng Sở"),
                                  QStringLiteral("Lao động tiên tiến"),
                                  QStringLiteral("Bị trả lại: Thiếu báo cáo thành tích")};

class ExportFilesTest : public test::RegistrationListTest {
protected:
    documents::Document list() {
        auto document =
            reports::registrationList(workspace(), {2025, department, {QDate(2026, 2, 5), {}}});
        EXPECT_TRUE(document) << document.error().message.toStdString();
        return document ? *document : documents::Document{};
    }

    QString path(const QString& name) const { return QDir(temp.dir()).filePath(name); }

    Status render(FileFormat format, const QString& file,
                  const documents::RenderProgress& progress = {}) {
        documents::RenderOptions options;
        options.layout.fontChoice = documents::FontChoice::BundledOnly;
        options.progress = progress;
        return documents::renderFile(list(), format, file, options);
    }

    interchange::SourceTable readBack(const QString& file) {
        auto table = interchange::readTable(file);
        EXPECT_TRUE(table) << table.error().message.toStdString();
        return table ? *table : interchange::SourceTable{};
    }
};

// What the XLSX keeps for a clerk beyond the values: the rows frozen above the
// data, the merged cells, and the cells stored as numbers.
struct SheetShape {
    int frozenRows = 0;
    QStringList merged;
    QStringList numberCells;
};

SheetShape sheetShape(const QString& file) {
    SheetShape shape;
    auto package = interchange::detail::XlsxPackage::open(file);
    EXPECT_TRUE(package) << package.error().message.toStdString();
    if (!package)
        return shape;
    auto read = package->readXml(
        QStringLiteral("xl/worksheets/sheet1.xml"), [&](QXmlStreamReader& xml) -> Status {
            QString cell;
            bool typed = false;
            while (!xml.atEnd()) {
                if (xml.readNext() != QXmlStreamReader::StartElement)
                    continue;
                const auto name = xml.name();
                const QXmlStreamAttributes attributes = xml.attributes();
                if (name == QLatin1String("pane") &&
                    attributes.value(QLatin1String("state")) == QLatin1String("frozen"))
                    shape.frozenRows = attributes.value(QLatin1String("ySplit")).toInt();
                else if (name == QLatin1String("mergeCell"))
                    shape.merged << attributes.value(QLatin1String("ref")).toString();
                else if (name == QLatin1String("c")) {
                    cell = attributes.value(QLatin1String("r")).toString();
                    typed = attributes.hasAttribute(QLatin1String("t"));
                } else if (name == QLatin1String("v") && !typed)
                    shape.numberCells << cell;
            }
            return {};
        });
    EXPECT_TRUE(read) << read.error().message.toStdString();
    return shape;
}

QString fileText(const QString& file) {
    QFile in(file);
    EXPECT_TRUE(in.open(QIODevice::ReadOnly));
    return QString::fromUtf8(in.readAll());
}

} // namespace

TEST_F(ExportFilesTest, PdfPrintsTheVietnameseTitleNamesAndSignaturesOnLandscapePages) {
    const QString file = path(QStringLiteral("danh-sach.pdf"));
    auto written = render(FileFormat::Pdf, file);
    ASSERT_TRUE(written) << written.error().message.toStdString();
    const auto text = documents::testing::pdfText(file);
    ASSERT_TRUE(text.ok) << text.output.toStdString();
    const QString printed = text.output.normalized(QString::NormalizationForm_C);
    for (const QString& expected :
         {QStringLiteral("SỞ TƯ PHÁP TỈNH VĨNH PHÚC"),
          QStringLiteral("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"),
          QStringLiteral("Vĩnh Phúc, ngày 05 tháng 02 năm 2026"),
          QStringLiteral("DANH SÁCH ĐĂNG KÝ THI ĐUA NĂM 2025"), QStringLiteral("I. TẬP THỂ"),
          QStringLiteral("II. CÁ NHÂN"), QStringLiteral("Lý Thị An"),
          QStringLiteral("Chánh Văn phòng"), QStringLiteral("NGƯỜI LẬP BIỂU"),
          QStringLiteral("THỦ TRƯỞNG ĐƠN VỊ")})
        EXPECT_TRUE(printed.contains(expected)) << expected.toStdString();
    const auto info = documents::testing::pdfInfo(file);
    ASSERT_TRUE(info.ok) << info.output.toStdString();
    EXPECT_TRUE(info.output.contains(QRegularExpression(
        QStringLiteral(R"(Page size:\s+84[12](\.\d+)? x 59[45](\.\d+)? pts \(A4\))"))))
        << info.output.toStdString();
}

TEST_F(ExportFilesTest, DocxHoldsTheListInWordTablesOnLandscapePages) {
    const QString file = path(QStringLiteral("danh-sach.docx"));
    auto written = render(FileFormat::Docx, file);
    ASSERT_TRUE(written) << written.error().message.toStdString();
    auto package = interchange::detail::XlsxPackage::open(file);
    ASSERT_TRUE(package) << package.error().message.toStdString();
    QStringList texts;
    int repeatedHeaders = 0;
    QString orientation;
    auto read =
        package->readXml(QStringLiteral("word/document.xml"), [&](QXmlStreamReader& xml) -> Status {
            while (!xml.atEnd()) {
                if (xml.readNext() != QXmlStreamReader::StartElement)
                    continue;
                if (xml.qualifiedName() == QLatin1String("w:t"))
                    texts << xml.readElementText();
                else if (xml.qualifiedName() == QLatin1String("w:tblHeader"))
                    ++repeatedHeaders;
                else if (xml.qualifiedName() == QLatin1String("w:pgSz"))
                    orientation = xml.attributes().value(QLatin1String("w:orient")).toString();
            }
            return {};
        });
    ASSERT_TRUE(read) << read.error().message.toStdString();
    EXPECT_EQ(orientation, QStringLiteral("landscape"));
    EXPECT_EQ(repeatedHeaders, 1);
    for (const QString& expected :
         {QStringLiteral("SỞ TƯ PHÁP TỈNH VĨNH PHÚC"),
          QStringLiteral("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"),
          QStringLiteral("DANH SÁCH ĐĂNG KÝ THI ĐUA NĂM 2025"), QStringLiteral("I. TẬP THỂ"),
          QStringLiteral("Lý Thị An"), QStringLiteral("NGƯỜI LẬP BIỂU"),
          QStringLiteral("THỦ TRƯỞNG ĐƠN VỊ")})
        EXPECT_TRUE(texts.contains(expected)) << expected.toStdString();
}

TEST_F(ExportFilesTest, XlsxKeepsTheTitleAboveTheHeaderAndTheRowsToEdit) {
    const QString file = path(QStringLiteral("danh-sach.xlsx"));
    auto written = render(FileFormat::Xlsx, file);
    ASSERT_TRUE(written) << written.error().message.toStdString();
    const interchange::SourceTable table = readBack(file);
    // Excel's 31 characters: the title without "năm", the year kept.
    EXPECT_EQ(table.sheetName, QStringLiteral("Danh sách đăng ký thi đua 2025"));
    EXPECT_EQ(table.headers, kHeaders);
    ASSERT_EQ(table.rows.size(), 16u);
    EXPECT_EQ(table.rows[0].cells.value(0), QStringLiteral("I. TẬP THỂ"));
    EXPECT_EQ(table.rows[1].cells.value(0),
              QStringLiteral("1. Cờ thi đua của Bộ, ban, ngành, tỉnh"));
    EXPECT_EQ(table.rows[2].cells, kFirstCollective);
    EXPECT_EQ(table.rows[7].cells.value(0), QStringLiteral("II. CÁ NHÂN"));
    EXPECT_EQ(table.rows.back().cells, kLastIndividual);

    // The agency on row 1 over the left half, the title on row 3 over the
    // whole width, the header on row 5 and frozen under it.
    const SheetShape shape = sheetShape(file);
    const int headerRow = table.rows[0].line - 1;
    EXPECT_EQ(headerRow, 5);
    EXPECT_EQ(shape.frozenRows, headerRow);
    EXPECT_TRUE(shape.merged.contains(QStringLiteral("A1:C1")))
        << shape.merged.join(u' ').toStdString();
    EXPECT_TRUE(shape.merged.contains(QStringLiteral("A3:F3")));
    EXPECT_TRUE(shape.merged.contains(QStringLiteral("A6:F6"))); // "I. TẬP THỂ"
    EXPECT_EQ(shape.merged.size(), 1 + 1 + 8);                   // agency, title, group rows
    // STT is a number; nothing else is.
    EXPECT_EQ(shape.numberCells.size(), 8);
    EXPECT_TRUE(shape.numberCells.contains(QStringLiteral("A8")));
}

TEST_F(ExportFilesTest, CsvHasTheSameColumnsAndAByteOrderMarkForExcel) {
    const QString file = path(QStringLiteral("danh-sach.csv"));
    auto written = render(FileFormat::Csv, file);
    ASSERT_TRUE(written) << written.error().message.toStdString();
    QFile raw(file);
    ASSERT_TRUE(raw.open(QIODevice::ReadOnly));
    const QByteArray bytes = raw.readAll();
    EXPECT_TRUE(bytes.startsWith("\xEF\xBB\xBF"));
    EXPECT_TRUE(bytes.contains("\r\n"));
    // A comma inside a value is quoted.
    EXPECT_TRUE(bytes.contains("\"Cờ thi đua của Bộ, ban, ngành, tỉnh\""));

    const interchange::SourceTable table = readBack(file);
    EXPECT_EQ(table.encoding, interchange::SourceEncoding::Utf8);
    EXPECT_EQ(table.headers, kHeaders);
    ASSERT_EQ(table.rows.size(), 16u);
    EXPECT_EQ(table.rows[2].cells, kFirstCollective);
    EXPECT_EQ(table.rows.back().cells, kLastIndividual);
}

TEST_F(ExportFilesTest, AStoppedExportLeavesTheFileAsItWas) {
    for (const FileFormat format :
         {FileFormat::Pdf, FileFormat::Docx, FileFormat::Xlsx, FileFormat::Csv, FileFormat::Html}) {
        const QString file = path(QStringLiteral("kept.") + documents::fileSuffix(format));
        {
            QFile old(file);
            ASSERT_TRUE(old.open(QIODevice::WriteOnly));
            old.write("the clerk's own copy");
        }
        qint64 reports = 0;
        auto written = render(format, file, [&](qint64, qint64 total) {
            EXPECT_GT(total, 0);
            return ++reports < 2;
        });
        ASSERT_FALSE(written);
        EXPECT_EQ(written.error().code, ErrorCode::Cancelled);
        EXPECT_EQ(fileText(file), QStringLiteral("the clerk's own copy"));
    }
}

TEST_F(ExportFilesTest, AnUnwritablePlaceIsAnIoErrorNamingTheFile) {
    for (const FileFormat format :
         {FileFormat::Pdf, FileFormat::Docx, FileFormat::Xlsx, FileFormat::Csv, FileFormat::Html}) {
        const QString file =
            path(QStringLiteral("no-such-folder/list.") + documents::fileSuffix(format));
        auto written = render(format, file);
        ASSERT_FALSE(written);
        EXPECT_EQ(written.error().code, ErrorCode::Io);
        EXPECT_TRUE(written.error().message.contains(QStringLiteral("list.") +
                                                     documents::fileSuffix(format)))
            << written.error().message.toStdString();
        EXPECT_FALSE(QFile::exists(file));
    }
}

TEST(FileFormat, IsNamedOrTakenFromTheSuffixInAnyCase) {
    EXPECT_EQ(documents::fileFormatNamed(QStringLiteral("PDF")), FileFormat::Pdf);
    EXPECT_EQ(documents::fileFormatNamed(QStringLiteral("xlsx")), FileFormat::Xlsx);
    EXPECT_FALSE(documents::fileFormatNamed(QStringLiteral("odt")));
    EXPECT_EQ(documents::fileFormatOf(QStringLiteral("/tmp/Danh sách 2025.CSV")), FileFormat::Csv);
    EXPECT_FALSE(documents::fileFormatOf(QStringLiteral("/tmp/danh-sach")));
    EXPECT_EQ(documents::fileSuffix(FileFormat::Xlsx), QStringLiteral("xlsx"));
}
