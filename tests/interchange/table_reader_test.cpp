#include "fixtures.h"
#include "table_reader.h"

#include <QStringEncoder>

#include <gtest/gtest.h>

namespace {

using thidua::ErrorCode;
using thidua::interchange::readTable;
using thidua::interchange::SourceEncoding;
using thidua::test::minimalXlsx;
using thidua::test::TempFiles;
using thidua::test::u8;

TEST(TableReader, ChoosesTheReaderByExtensionInAnyCase) {
    TempFiles files;
    const QByteArray csv = "Họ tên;Đơn vị\nAn;Phòng A\n";
    for (const char* name : {"ds.csv", "DS.CSV", "ds.Csv", "ghi chú.txt", "DS.TXT"}) {
        const auto table = readTable(files.write(u8(name), csv));
        ASSERT_TRUE(table) << name << ": " << table.error().message.toStdString();
        EXPECT_EQ(table->headers, (QStringList{u8("Họ tên"), u8("Đơn vị")})) << name;
    }

    QStringEncoder utf16(QStringConverter::Utf16LE, QStringConverter::Flag::WriteBom);
    const auto unicodeText = readTable(files.write(
        QStringLiteral("unicode.txt"), utf16.encode(u8("Họ tên\tĐơn vị\r\nAn\tB\r\n"))));
    ASSERT_TRUE(unicodeText);
    EXPECT_EQ(unicodeText->encoding, SourceEncoding::Utf16);

    const QByteArray row = "<row r=\"1\"><c r=\"A1\" t=\"inlineStr\"><is><t>Họ tên</t></is></c>"
                           "<c r=\"B1\" t=\"inlineStr\"><is><t>Đơn vị</t></is></c></row>";
    for (const char* name : {"ds.xlsx", "DS.XLSX"}) {
        const auto table = readTable(files.writeZip(u8(name), minimalXlsx(row)));
        ASSERT_TRUE(table) << name << ": " << table.error().message.toStdString();
        EXPECT_EQ(table->encoding, SourceEncoding::Xlsx);
        EXPECT_EQ(table->sheetName, QStringLiteral("Sheet1"));
    }
}

TEST(TableReader, RefusesOtherExtensionsNamingTheFile) {
    TempFiles files;
    for (const char* name : {"ds.ods", "ds.docx", "ds", "ds.csv.bak", "ds.xlsm"}) {
        const QString path = files.write(u8(name), "a;b\n1;2\n");
        const auto table = readTable(path);
        ASSERT_FALSE(table) << name;
        EXPECT_EQ(table.error().code, ErrorCode::InvalidInput);
        EXPECT_EQ(table.error().message,
                  u8("Không đọc được tệp %1: chỉ đọc được tệp .csv, .txt hoặc .xlsx.").arg(path));
    }
}

TEST(TableReader, AsksForOldExcelFilesToBeSavedAgain) {
    TempFiles files;
    const QString path = files.write(QStringLiteral("danh sách.XLS"), "\xD0\xCF\x11\xE0");
    const auto table = readTable(path);
    ASSERT_FALSE(table);
    EXPECT_EQ(table.error().code, ErrorCode::InvalidInput);
    EXPECT_TRUE(table.error().message.contains(path));
    EXPECT_TRUE(table.error().message.contains(QStringLiteral(".xls)")));
}

TEST(TableReader, ReportsAMissingFileOfEachKind) {
    TempFiles files;
    for (const char* name : {"không có.csv", "không có.xlsx"}) {
        const auto table = readTable(files.path(u8(name)));
        ASSERT_FALSE(table);
        EXPECT_EQ(table.error().code, ErrorCode::Io) << name;
    }
}

} // namespace
