#include "csv_reader.h"
#include "fixtures.h"

#include <QBuffer>
#include <QFile>
#include <QStringEncoder>

#include <gtest/gtest.h>

namespace {

using thidua::ErrorCode;
using thidua::interchange::readCsv;
using thidua::interchange::SourceEncoding;
using thidua::interchange::SourceTable;
using thidua::test::TempFiles;
using thidua::test::u8;

SourceTable readBytes(const QByteArray& bytes) {
    QByteArray copy = bytes;
    QBuffer buffer(&copy);
    auto table = readCsv(buffer);
    if (!table)
        throw std::runtime_error(table.error().message.toStdString());
    return *table;
}

QStringList cells(std::initializer_list<const char*> texts) {
    QStringList list;
    for (const char* text : texts)
        list.append(u8(text));
    return list;
}

QByteArray encoded(QStringConverter::Encoding encoding, const QString& text) {
    QStringEncoder encoder(encoding, QStringConverter::Flag::WriteBom);
    return encoder.encode(text);
}

TEST(CsvReader, ReadsCommaSeparatedUtf8) {
    const SourceTable table = readBytes(
        "STT,Họ và tên,Đơn vị\n1,Nguyễn Thị Hoà,Phòng Tổ chức\n2,Trần Văn Đức,Văn phòng\n");
    EXPECT_EQ(table.headers, cells({"STT", "Họ và tên", "Đơn vị"}));
    ASSERT_EQ(table.rows.size(), 2u);
    EXPECT_EQ(table.rows[0].line, 2);
    EXPECT_EQ(table.rows[0].cells, cells({"1", "Nguyễn Thị Hoà", "Phòng Tổ chức"}));
    EXPECT_EQ(table.rows[1].line, 3);
    EXPECT_EQ(table.rows[1].cells, cells({"2", "Trần Văn Đức", "Văn phòng"}));
    EXPECT_EQ(table.encoding, SourceEncoding::Utf8);
    EXPECT_TRUE(table.sheetName.isEmpty());
}

TEST(CsvReader, DetectsSemicolonsAsVietnameseExcelSavesThem) {
    const SourceTable table = readBytes("Họ và tên;Quê quán;Hệ số\n"
                                        "Lê Thị Mai;Hà Nội, Việt Nam;4,98\n");
    EXPECT_EQ(table.headers, cells({"Họ và tên", "Quê quán", "Hệ số"}));
    ASSERT_EQ(table.rows.size(), 1u);
    EXPECT_EQ(table.rows[0].cells, cells({"Lê Thị Mai", "Hà Nội, Việt Nam", "4,98"}));
}

TEST(CsvReader, DetectsTabs) {
    const SourceTable table = readBytes("Họ và tên\tNgày sinh, nơi sinh\n"
                                        "Phạm Văn An\t01/02/1980, Huế\n");
    EXPECT_EQ(table.headers, cells({"Họ và tên", "Ngày sinh, nơi sinh"}));
    ASSERT_EQ(table.rows.size(), 1u);
    EXPECT_EQ(table.rows[0].cells, cells({"Phạm Văn An", "01/02/1980, Huế"}));
}

TEST(CsvReader, TakesTheDelimiterUsedMostInTheHeaderLine) {
    const SourceTable table = readBytes("Họ tên;Ngày, tháng, năm sinh;Đơn vị;Chức vụ\n"
                                        "Lê Hoa;05/02/1990;Phòng Nội vụ;Chuyên viên\n");
    EXPECT_EQ(table.headers, cells({"Họ tên", "Ngày, tháng, năm sinh", "Đơn vị", "Chức vụ"}));
}

TEST(CsvReader, IgnoresDelimitersInsideQuotesWhenDetecting) {
    const SourceTable table = readBytes("\"Họ, tên\";\"Đơn vị, phòng\"\nA;B\n");
    EXPECT_EQ(table.headers, cells({"Họ, tên", "Đơn vị, phòng"}));
}

TEST(CsvReader, FollowsRfc4180Quoting) {
    const SourceTable table =
        readBytes("Họ tên,Ghi chú,Khen thưởng\r\n"
                  "\"Nguyễn, Văn A\",\"Nói \"\"tốt\"\"\",\"Dòng 1\r\nDòng 2\"\r\n"
                  "B,,\"\"\r\n");
    ASSERT_EQ(table.rows.size(), 2u);
    EXPECT_EQ(table.rows[0].cells, cells({"Nguyễn, Văn A", "Nói \"tốt\"", "Dòng 1\nDòng 2"}));
    EXPECT_EQ(table.rows[0].line, 2);
    // The record above spans lines 2 and 3 of the file.
    EXPECT_EQ(table.rows[1].line, 4);
    EXPECT_EQ(table.rows[1].cells, cells({"B", "", ""}));
}

TEST(CsvReader, AcceptsAQuotedHeaderWithALineBreak) {
    const SourceTable table = readBytes("Họ tên;\"Ngày\nsinh\";Đơn vị\nAn;1990;Phòng A\n");
    EXPECT_EQ(table.headers, cells({"Họ tên", "Ngày\nsinh", "Đơn vị"}));
    ASSERT_EQ(table.rows.size(), 1u);
    EXPECT_EQ(table.rows[0].line, 3);
}

TEST(CsvReader, AcceptsSpacesBeforeAQuoteAndTextAfterIt) {
    const SourceTable table = readBytes("a,b,c\n1, \"x, y\" ,\"z\"w\n");
    ASSERT_EQ(table.rows.size(), 1u);
    EXPECT_EQ(table.rows[0].cells, cells({"1", "x, y", "zw"}));
}

TEST(CsvReader, KeepsQuotesInsideUnquotedCells) {
    const SourceTable table = readBytes("a;b\nĐĩa 3\"5;x\n");
    ASSERT_EQ(table.rows.size(), 1u);
    EXPECT_EQ(table.rows[0].cells, cells({"Đĩa 3\"5", "x"}));
}

TEST(CsvReader, SkipsBlankLinesButKeepsLineNumbersTrue) {
    const SourceTable table = readBytes("\n\nHọ tên,Đơn vị\n\nAn,Phòng A\n , \n,,\n\nBình,Phòng B");
    EXPECT_EQ(table.headers, cells({"Họ tên", "Đơn vị"}));
    ASSERT_EQ(table.rows.size(), 2u);
    EXPECT_EQ(table.rows[0].line, 5);
    EXPECT_EQ(table.rows[1].line, 9);
    EXPECT_EQ(table.rows[1].cells, cells({"Bình", "Phòng B"}));
}

TEST(CsvReader, CountsLinesForEveryLineEnding) {
    const SourceTable crlf = readBytes("a,b\r\n\r\n1,2\r\n");
    ASSERT_EQ(crlf.rows.size(), 1u);
    EXPECT_EQ(crlf.rows[0].line, 3);
    const SourceTable cr = readBytes("a,b\r\r1,2\r");
    ASSERT_EQ(cr.rows.size(), 1u);
    EXPECT_EQ(cr.rows[0].line, 3);
    EXPECT_EQ(cr.rows[0].cells, cells({"1", "2"}));
}

TEST(CsvReader, KeepsATitleLineAboveTheHeaderApart) {
    const SourceTable table =
        readBytes("DANH SÁCH CÁN BỘ;;;\n;NĂM 2025;;\n;;;\nSTT;Họ và tên;Đơn vị;\n1;An;Phòng A;\n");
    EXPECT_EQ(table.titles, cells({"DANH SÁCH CÁN BỘ", "NĂM 2025"}));
    EXPECT_EQ(table.headers, cells({"STT", "Họ và tên", "Đơn vị"}));
    ASSERT_EQ(table.rows.size(), 1u);
    EXPECT_EQ(table.rows[0].line, 5);
    EXPECT_EQ(table.rows[0].cells, cells({"1", "An", "Phòng A"}));

    const SourceTable plain = readBytes("DANH SÁCH CÁN BỘ\nSTT;Họ và tên\n1;An\n");
    EXPECT_EQ(plain.titles, cells({"DANH SÁCH CÁN BỘ"}));
    EXPECT_EQ(plain.headers, cells({"STT", "Họ và tên"}));
    ASSERT_EQ(plain.rows.size(), 1u);
    EXPECT_EQ(plain.rows[0].line, 3);
}

TEST(CsvReader, ReadsAOneColumnList) {
    const SourceTable table = readBytes("Họ và tên\nNguyễn An\nLê Bình\n");
    EXPECT_EQ(table.headers, cells({"Họ và tên"}));
    ASSERT_EQ(table.rows.size(), 2u);
    EXPECT_EQ(table.rows[1].cells, cells({"Lê Bình"}));
}

TEST(CsvReader, PadsShortRowsToTheHeaderAndKeepsExtraValues) {
    const SourceTable table = readBytes("a,b,c,,\n1\n1,2,3,4\n1,2,3,,,\n");
    EXPECT_EQ(table.headers, cells({"a", "b", "c"}));
    ASSERT_EQ(table.rows.size(), 3u);
    EXPECT_EQ(table.rows[0].cells, cells({"1", "", ""}));
    EXPECT_EQ(table.rows[1].cells, cells({"1", "2", "3", "4"}));
    EXPECT_EQ(table.rows[2].cells, cells({"1", "2", "3"}));
}

TEST(CsvReader, TrimsCellsAndNormalisesToNfc) {
    const QString nfd = u8("Nguyễn Thị Hoà").normalized(QString::NormalizationForm_D);
    const QByteArray bytes = "Họ tên,Ghi chú\n  " + nfd.toUtf8() + "\t,\xC2\xA0x\xC2\xA0\n";
    const SourceTable table = readBytes(bytes);
    ASSERT_EQ(table.rows.size(), 1u);
    EXPECT_EQ(table.rows[0].cells, cells({"Nguyễn Thị Hoà", "x"}));
    const QString first = table.rows[0].cells[0];
    EXPECT_EQ(first, first.normalized(QString::NormalizationForm_C));
    EXPECT_NE(first, nfd.trimmed());
}

TEST(CsvReader, ReadsUtf8WithAByteOrderMark) {
    const SourceTable table = readBytes("\xEF\xBB\xBFHọ tên;Đơn vị\nAn;Phòng A\n");
    EXPECT_EQ(table.headers, cells({"Họ tên", "Đơn vị"}));
    EXPECT_EQ(table.encoding, SourceEncoding::Utf8);
}

TEST(CsvReader, ReadsExcelUnicodeTextAsUtf16LittleEndian) {
    const QString text = u8("Họ và tên\tĐơn vị\r\nĐặng Thị Ngọc Ánh\tSở Nội vụ\r\n");
    const QByteArray bytes = encoded(QStringConverter::Utf16LE, text);
    ASSERT_TRUE(bytes.startsWith("\xFF\xFE"));
    const SourceTable table = readBytes(bytes);
    EXPECT_EQ(table.headers, cells({"Họ và tên", "Đơn vị"}));
    ASSERT_EQ(table.rows.size(), 1u);
    EXPECT_EQ(table.rows[0].cells, cells({"Đặng Thị Ngọc Ánh", "Sở Nội vụ"}));
    EXPECT_EQ(table.encoding, SourceEncoding::Utf16);
}

TEST(CsvReader, ReadsUtf16BigEndianWithAByteOrderMark) {
    const QByteArray bytes =
        encoded(QStringConverter::Utf16BE, u8("Họ tên,Đơn vị\nỨng Văn Ơn,Phòng Ư\n"));
    ASSERT_TRUE(bytes.startsWith("\xFE\xFF"));
    const SourceTable table = readBytes(bytes);
    ASSERT_EQ(table.rows.size(), 1u);
    EXPECT_EQ(table.rows[0].cells, cells({"Ứng Văn Ơn", "Phòng Ư"}));
}

TEST(CsvReader, RecognisesUtf16WithoutAByteOrderMark) {
    QStringEncoder encoder(QStringConverter::Utf16LE);
    const QByteArray bytes = encoder.encode(u8("Họ tên;Đơn vị\nAn;Phòng Tổ chức\n"));
    const SourceTable table = readBytes(bytes);
    EXPECT_EQ(table.headers, cells({"Họ tên", "Đơn vị"}));
    EXPECT_EQ(table.encoding, SourceEncoding::Utf16);
}

TEST(CsvReader, KeepsLegacyTcvn3BytesAsWindows1252Characters) {
    // "Nguyễn Thị Hoà" and "Phòng Tổ chức" in TCVN3 (ABC), as old offices typed
    // them with the .VnTime font ("NguyÔn ThÞ Hoµ", "Phßng Tæ chøc"): not UTF-8,
    // so every byte becomes one character. The second cell also starts with 0xA0
    // and ends with 0x85, which Unicode counts as spaces (no-break space, NEL)
    // but which are a letter and "…" in these fonts: only ASCII white space may
    // be trimmed.
    const QByteArray name = "Nguy\xd4n Th\xde Ho\xb5";
    const QByteArray unit = "\xa0Ph\xdfng T\xe6 ch\xf8"
                            "c\x85";
    const SourceTable table = readBytes("Ho ten;Don vi\n" + name + " ;" + unit + "\n");
    EXPECT_EQ(table.encoding, SourceEncoding::LegacyBytes);
    ASSERT_EQ(table.rows.size(), 1u);
    EXPECT_EQ(table.rows[0].cells[0], QString::fromLatin1(name));
    EXPECT_EQ(table.rows[0].cells[1], QString::fromLatin1(unit.chopped(1)) + u8("…"));
}

TEST(CsvReader, ReadsLegacyPunctuationAsWindowsShowedIt) {
    // Dashes and curly quotes of 0x80-0x9F are Windows-1252's in the legacy
    // fonts and in Windows-1258, not Latin-1's control characters.
    const SourceTable table =
        readBytes("Ten;Ghi chu\nTh\xad\xebng \x96 ph\xb8t;\x93Kh\xe1\x94 \x80\x81\n");
    ASSERT_EQ(table.rows.size(), 1u);
    EXPECT_EQ(table.rows[0].cells[0], u8("Th\u00AD\u00EBng – ph\u00B8t"));
    // 0x81 is undefined in Windows-1252 and stays what it was.
    EXPECT_EQ(table.rows[0].cells[1], u8("“Kh\u00E1” €\u0081"));
}

TEST(CsvReader, TreatsAFileCutInsideAUtf8SequenceAsLegacyBytes) {
    const SourceTable table = readBytes("a,b\nx,\xC3");
    EXPECT_EQ(table.encoding, SourceEncoding::LegacyBytes);
    ASSERT_EQ(table.rows.size(), 1u);
    EXPECT_EQ(table.rows[0].cells[1].toLatin1(), QByteArray("\xC3"));
}

TEST(CsvReader, RefusesAnEmptyFile) {
    TempFiles files;
    for (const QByteArray& bytes :
         {QByteArray(), QByteArray("\n\r\n  \n;;;\n"), QByteArray("\xEF\xBB\xBF")}) {
        const QString path = files.write(QStringLiteral("trống.csv"), bytes);
        const auto table = readCsv(path);
        ASSERT_FALSE(table);
        EXPECT_EQ(table.error().code, ErrorCode::InvalidInput);
        EXPECT_TRUE(table.error().message.contains(path)) << table.error().message.toStdString();
        EXPECT_TRUE(table.error().message.contains(u8("không có dòng tiêu đề")));
    }
}

TEST(CsvReader, RefusesAnUnterminatedQuoteNamingItsLine) {
    TempFiles files;
    const QString path =
        files.write(QStringLiteral("hỏng.csv"), "Họ tên;Ghi chú\nAn;tốt\nBình;\"chưa đóng\nC;D\n");
    const auto table = readCsv(path);
    ASSERT_FALSE(table);
    EXPECT_EQ(table.error().code, ErrorCode::InvalidInput);
    EXPECT_EQ(table.error().message,
              u8("Không đọc được tệp %1: dấu ngoặc kép mở ở dòng 3 không được đóng.").arg(path));
}

TEST(CsvReader, ReportsAMissingFile) {
    TempFiles files;
    const QString path = files.path(QStringLiteral("không có.csv"));
    const auto table = readCsv(path);
    ASSERT_FALSE(table);
    EXPECT_EQ(table.error().code, ErrorCode::Io);
    EXPECT_TRUE(table.error().message.startsWith(u8("Không đọc được tệp %1:").arg(path)));
}

TEST(CsvReader, ReadsFromAFileDeviceAndAnOpenBuffer) {
    TempFiles files;
    QFile file(files.write(QStringLiteral("ds.csv"), "a;b\n1;2\n"));
    const auto fromFile = readCsv(file); // opened by the reader
    ASSERT_TRUE(fromFile) << fromFile.error().message.toStdString();
    EXPECT_EQ(fromFile->rows.size(), 1u);

    QByteArray bytes("a;b\n1;2\n");
    QBuffer buffer(&bytes);
    ASSERT_TRUE(buffer.open(QIODevice::ReadOnly));
    const auto fromBuffer = readCsv(buffer);
    ASSERT_TRUE(fromBuffer);
    EXPECT_EQ(fromBuffer->rows[0].cells, cells({"1", "2"}));
}

TEST(CsvReader, RefusesADeviceOpenOnlyForWriting) {
    QByteArray bytes;
    QBuffer buffer(&bytes);
    ASSERT_TRUE(buffer.open(QIODevice::WriteOnly));
    const auto table = readCsv(buffer);
    ASSERT_FALSE(table);
    EXPECT_EQ(table.error().code, ErrorCode::Io);
}

} // namespace
