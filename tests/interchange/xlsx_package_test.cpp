// Hand-built XLSX packages with the corners that other writers use and with
// the damage real files come with.
#include "fixtures.h"
#include "xlsx_reader.h"

#include <gtest/gtest.h>

#include <stdexcept>

namespace {

using thidua::ErrorCode;
using thidua::interchange::readXlsx;
using thidua::interchange::SourceTable;
using thidua::test::minimalXlsx;
using thidua::test::sharedStringsXml;
using thidua::test::TempFiles;
using thidua::test::u8;
using thidua::test::ZipParts;

const QByteArray kRelationshipsNs =
    "http://schemas.openxmlformats.org/officeDocument/2006/relationships";

QStringList cells(std::initializer_list<const char*> texts) {
    QStringList list;
    for (const char* text : texts)
        list.append(u8(text));
    return list;
}

SourceTable read(const QString& path) {
    auto table = readXlsx(path);
    if (!table)
        throw std::runtime_error(table.error().message.toStdString());
    return *table;
}

QString errorOf(const QString& path) {
    const auto table = readXlsx(path);
    if (table)
        return QStringLiteral("(no error)");
    EXPECT_EQ(table.error().code, ErrorCode::InvalidInput);
    return table.error().message;
}

void replacePart(ZipParts& parts, const QString& name, const QByteArray& bytes) {
    for (auto& [part, content] : parts) {
        if (part == name)
            content = bytes;
    }
}

void removePart(ZipParts& parts, const QString& name) {
    std::erase_if(parts, [&](const auto& part) { return part.first == name; });
}

const QByteArray kHeaderRow = "<row r=\"1\"><c r=\"A1\" t=\"inlineStr\"><is><t>Họ tên</t></is></c>"
                              "<c r=\"B1\" t=\"inlineStr\"><is><t>Đơn vị</t></is></c></row>";

TEST(XlsxPackage, FollowsRowsAndCellsWithoutReferences) {
    TempFiles files;
    const QString path = files.writeZip(
        QStringLiteral("không tham chiếu.xlsx"),
        minimalXlsx("<row><c t=\"inlineStr\"><is><t>Họ tên</t></is></c>"
                    "<c t=\"inlineStr\"><is><t>Số</t></is></c></row>"
                    "<row><c t=\"str\"><f>A1</f><v>Hà</v></c><c><v>7</v></c></row>"
                    "<row r=\"6\"><c t=\"inlineStr\"><is><t>Lan</t></is></c><c/><c><v>1.5</v></c>"
                    "</row><row><c t=\"e\"><v>#N/A</v></c><c r=\"B7\"><v>2</v></c></row>"));
    const SourceTable table = read(path);
    EXPECT_EQ(table.headers, cells({"Họ tên", "Số"}));
    ASSERT_EQ(table.rows.size(), 3u);
    EXPECT_EQ(table.rows[0].line, 2);
    EXPECT_EQ(table.rows[0].cells, cells({"Hà", "7"}));
    EXPECT_EQ(table.rows[1].line, 6);
    EXPECT_EQ(table.rows[1].cells, cells({"Lan", "", "1.5"}));
    EXPECT_EQ(table.rows[2].line, 7);
    EXPECT_EQ(table.rows[2].cells, cells({"#N/A", "2"}));
}

TEST(XlsxPackage, ReadsSharedStringsWithEscapesAndWithoutPhoneticGuides) {
    TempFiles files;
    const QByteArray strings =
        "<?xml version=\"1.0\" encoding=\"UTF-8\"?>"
        "<sst xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\">"
        "<si><t>Họ tên</t></si><si><t>Ghi chú</t></si>"
        "<si><t>Dòng 1_x000D_\nDòng 2</t><rPh sb=\"0\" eb=\"1\"><t>ふりがな</t></rPh>"
        "<phoneticPr fontId=\"1\"/></si>"
        "<si><r><rPr><b/></rPr><t xml:space=\"preserve\">Lao động </t></r>"
        "<r><t>tiên tiến</t></r></si></sst>";
    const QString path = files.writeZip(
        QStringLiteral("chuỗi.xlsx"),
        minimalXlsx(
            "<row r=\"1\"><c r=\"A1\" t=\"s\"><v>0</v></c><c r=\"B1\" t=\"s\"><v>1</v></c>"
            "</row><row r=\"2\"><c r=\"A2\" t=\"s\"><v>3</v></c><c r=\"B2\" t=\"s\"><v>2</v>"
            "</c></row>",
            {{QStringLiteral("xl/sharedStrings.xml"), strings}}));
    const SourceTable table = read(path);
    ASSERT_EQ(table.rows.size(), 1u);
    EXPECT_EQ(table.rows[0].cells, cells({"Lao động tiên tiến", "Dòng 1\r\nDòng 2"}));
}

TEST(XlsxPackage, FindsSharedStringsAndStylesWithoutRelationships) {
    TempFiles files;
    ZipParts parts = minimalXlsx(
        "<row r=\"1\"><c r=\"A1\" t=\"s\"><v>0</v></c><c r=\"B1\" t=\"s\"><v>1</v></c></row>"
        "<row r=\"2\"><c r=\"A2\" s=\"1\"><v>31120</v></c><c r=\"B2\"><v>31120</v></c></row>");
    parts.push_back({QStringLiteral("xl/sharedStrings.xml"), sharedStringsXml({"Ngày", "Số"})});
    parts.push_back({QStringLiteral("xl/styles.xml"),
                     "<styleSheet xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/"
                     "main\"><cellXfs count=\"2\"><xf numFmtId=\"0\"/><xf numFmtId=\"14\"/>"
                     "</cellXfs></styleSheet>"});
    const SourceTable table = read(files.writeZip(QStringLiteral("không rels.xlsx"), parts));
    EXPECT_EQ(table.headers, cells({"Ngày", "Số"}));
    ASSERT_EQ(table.rows.size(), 1u);
    EXPECT_EQ(table.rows[0].cells, cells({"1985-03-14", "31120"}));
}

TEST(XlsxPackage, UsesOnlyCellFormatsForDates) {
    // numFmt 164 is a date, 165 is money; cellStyleXfs and dxfs must not shift
    // the cellXfs indexes.
    const QByteArray styles =
        "<styleSheet xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\">"
        "<numFmts count=\"2\"><numFmt numFmtId=\"164\" formatCode=\"dd/mm/yyyy\"/>"
        "<numFmt numFmtId=\"165\" formatCode=\"#,##0&quot;đ&quot;\"/></numFmts>"
        "<cellStyleXfs count=\"1\"><xf numFmtId=\"164\"/></cellStyleXfs>"
        "<cellXfs count=\"3\"><xf numFmtId=\"0\"/><xf numFmtId=\"165\"/><xf numFmtId=\"164\"/>"
        "</cellXfs><dxfs count=\"1\"><dxf><numFmt numFmtId=\"166\" formatCode=\"yyyy\"/></dxf>"
        "</dxfs></styleSheet>";
    TempFiles files;
    const QString path = files.writeZip(
        QStringLiteral("kiểu.xlsx"),
        minimalXlsx(kHeaderRow + "<row r=\"2\"><c r=\"A2\" s=\"1\"><v>45292</v></c>"
                                 "<c r=\"B2\" s=\"2\"><v>45292</v></c><c r=\"C2\" s=\"9\"><v>5</v>"
                                 "</c></row>",
                    {{QStringLiteral("xl/styles.xml"), styles}}));
    const SourceTable table = read(path);
    ASSERT_EQ(table.rows.size(), 1u);
    EXPECT_EQ(table.rows[0].cells, cells({"45292", "2024-01-01", "5"}));
}

TEST(XlsxPackage, ReadsDatesOf1904WorkbooksAndIsoDateCells) {
    TempFiles files;
    const QString path = files.writeZip(
        QStringLiteral("mac.xlsx"),
        minimalXlsx(kHeaderRow + "<row r=\"2\"><c r=\"A2\" s=\"1\"><v>43830</v></c>"
                                 "<c r=\"B2\" t=\"d\"><v>2024-05-01T00:00:00</v></c></row>",
                    {{QStringLiteral("xl/styles.xml"),
                      "<styleSheet xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/"
                      "main\"><cellXfs><xf numFmtId=\"0\"/><xf numFmtId=\"14\"/></cellXfs>"
                      "</styleSheet>"}},
                    "<workbookPr date1904=\"1\"/>"));
    const SourceTable table = read(path);
    ASSERT_EQ(table.rows.size(), 1u);
    EXPECT_EQ(table.rows[0].cells, cells({"2024-01-01", "2024-05-01"}));
}

TEST(XlsxPackage, ReadsTheFirstWorksheetInTabOrder) {
    // The workbook lists "Tổng hợp" (sheet2.xml) before "Nháp" (sheet1.xml), and
    // a chart sheet before both; targets are absolute; strict OOXML namespace.
    TempFiles files;
    ZipParts parts = minimalXlsx("<row r=\"1\"><c r=\"A1\" t=\"inlineStr\"><is><t>nháp</t></is>"
                                 "</c><c r=\"B1\" t=\"inlineStr\"><is><t>x</t></is></c></row>");
    const QByteArray strictNs = "http://purl.oclc.org/ooxml/officeDocument/relationships";
    replacePart(parts, QStringLiteral("xl/workbook.xml"),
                "<workbook xmlns=\"http://purl.oclc.org/ooxml/spreadsheetml/main\" xmlns:rel=\"" +
                    strictNs +
                    "\"><sheets><sheet name=\"Biểu đồ\" sheetId=\"3\" rel:id=\"rId3\"/>"
                    "<sheet name=\"Tổng hợp\" sheetId=\"2\" rel:id=\"rId2\"/>"
                    "<sheet name=\"Nháp\" sheetId=\"1\" rel:id=\"rId1\"/></sheets></workbook>");
    replacePart(parts, QStringLiteral("xl/_rels/workbook.xml.rels"),
                "<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/"
                "relationships\"><Relationship Id=\"rId1\" Type=\"" +
                    strictNs +
                    "/worksheet\" Target=\"/xl/worksheets/sheet1.xml\"/>"
                    "<Relationship Id=\"rId2\" Type=\"" +
                    strictNs +
                    "/worksheet\" Target=\"/xl/worksheets/sheet2.xml\"/>"
                    "<Relationship Id=\"rId3\" Type=\"" +
                    strictNs +
                    "/chartsheet\" Target=\"chartsheets/sheet1.xml\"/>"
                    "</Relationships>");
    parts.push_back({QStringLiteral("xl/worksheets/sheet2.xml"),
                     "<worksheet xmlns=\"http://purl.oclc.org/ooxml/spreadsheetml/main\">"
                     "<sheetData>" +
                         kHeaderRow +
                         "<row r=\"2\"><c r=\"A2\" t=\"inlineStr\"><is><t>Hà</t></is></c></row>"
                         "</sheetData></worksheet>"});
    const SourceTable table = read(files.writeZip(QStringLiteral("thứ tự.xlsx"), parts));
    EXPECT_EQ(table.sheetName, u8("Tổng hợp"));
    EXPECT_EQ(table.headers, cells({"Họ tên", "Đơn vị"}));
    ASSERT_EQ(table.rows.size(), 1u);
    EXPECT_EQ(table.rows[0].cells, cells({"Hà", ""}));
}

TEST(XlsxPackage, FallsBackToTheUsualWorkbookPart) {
    TempFiles files;
    ZipParts parts = minimalXlsx(kHeaderRow);
    removePart(parts, QStringLiteral("_rels/.rels"));
    const SourceTable table = read(files.writeZip(QStringLiteral("không gốc.xlsx"), parts));
    EXPECT_EQ(table.headers, cells({"Họ tên", "Đơn vị"}));
    EXPECT_TRUE(table.rows.empty());
}

TEST(XlsxPackage, RefusesAMissingWorksheet) {
    TempFiles files;
    ZipParts parts = minimalXlsx(kHeaderRow);
    removePart(parts, QStringLiteral("xl/worksheets/sheet1.xml"));
    const QString path = files.writeZip(QStringLiteral("thiếu.xlsx"), parts);
    EXPECT_EQ(
        errorOf(path),
        u8("Không đọc được tệp %1: bảng tính thiếu phần xl/worksheets/sheet1.xml.").arg(path));
}

TEST(XlsxPackage, RefusesAWorkbookWithoutSheets) {
    TempFiles files;
    ZipParts parts = minimalXlsx(kHeaderRow);
    replacePart(parts, QStringLiteral("xl/workbook.xml"),
                "<workbook xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\">"
                "<sheets/></workbook>");
    const QString path = files.writeZip(QStringLiteral("không trang.xlsx"), parts);
    EXPECT_EQ(errorOf(path),
              u8("Không đọc được tệp %1: bảng tính không có trang tính nào.").arg(path));

    removePart(parts, QStringLiteral("xl/workbook.xml"));
    const QString noWorkbook = files.writeZip(QStringLiteral("không sổ.xlsx"), parts);
    EXPECT_TRUE(errorOf(noWorkbook).contains(u8("thiếu phần xl/workbook.xml")));
}

TEST(XlsxPackage, RefusesASheetReferenceWithoutARelationship) {
    TempFiles files;
    ZipParts parts = minimalXlsx(kHeaderRow);
    replacePart(parts, QStringLiteral("xl/workbook.xml"),
                "<workbook xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\" "
                "xmlns:r=\"" +
                    kRelationshipsNs +
                    "\"><sheets><sheet name=\"A\" sheetId=\"1\" r:id=\"rId9\"/>"
                    "</sheets></workbook>");
    const QString path = files.writeZip(QStringLiteral("lạc.xlsx"), parts);
    EXPECT_TRUE(errorOf(path).contains(u8("không tìm thấy trang tính nào")));
}

TEST(XlsxPackage, RefusesASharedStringThatDoesNotExist) {
    TempFiles files;
    const QString path = files.writeZip(
        QStringLiteral("chuỗi lạc.xlsx"),
        minimalXlsx(kHeaderRow + "<row r=\"2\"><c r=\"C2\" t=\"s\"><v>5</v></c></row>",
                    {{QStringLiteral("xl/sharedStrings.xml"), sharedStringsXml({"a"})}}));
    EXPECT_EQ(errorOf(path),
              u8("Không đọc được tệp %1: ô C2 trỏ tới một chuỗi không có trong bảng tính, tệp đã "
                 "bị hỏng.")
                  .arg(path));
}

TEST(XlsxPackage, RefusesMalformedXml) {
    TempFiles files;
    const QString sheet =
        files.writeZip(QStringLiteral("xml hỏng.xlsx"),
                       minimalXlsx(kHeaderRow + "<row r=\"2\"><c r=\"A2\"><v>1</v></row>"));
    EXPECT_EQ(errorOf(sheet),
              u8("Không đọc được tệp %1: phần xl/worksheets/sheet1.xml bị hỏng.").arg(sheet));

    const QString strings = files.writeZip(
        QStringLiteral("chuỗi hỏng.xlsx"),
        minimalXlsx(kHeaderRow, {{QStringLiteral("xl/sharedStrings.xml"), "<sst><si><t>a</si>"}}));
    EXPECT_TRUE(errorOf(strings).contains(QStringLiteral("xl/sharedStrings.xml")));
}

TEST(XlsxPackage, RefusesABadCellReference) {
    TempFiles files;
    const QString path =
        files.writeZip(QStringLiteral("ô lạ.xlsx"),
                       minimalXlsx(kHeaderRow + "<row r=\"2\"><c r=\"ZZZZ2\"><v>1</v></c></row>"));
    EXPECT_TRUE(errorOf(path).contains(QStringLiteral("\"ZZZZ2\"")));
}

} // namespace
