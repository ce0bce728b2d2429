#include "fixtures.h"
#include "xlsx_cells.h"

#include <gtest/gtest.h>

namespace {

using namespace thidua::interchange::detail;
using thidua::test::u8;

TEST(XlsxCells, TurnsColumnLettersIntoIndexes) {
    EXPECT_EQ(columnIndex(u"A"), 0);
    EXPECT_EQ(columnIndex(u"Z"), 25);
    EXPECT_EQ(columnIndex(u"AA"), 26);
    EXPECT_EQ(columnIndex(u"AZ"), 51);
    EXPECT_EQ(columnIndex(u"BA"), 52);
    EXPECT_EQ(columnIndex(u"xfd"), 16383);
    EXPECT_FALSE(columnIndex(u"XFE"));
    EXPECT_FALSE(columnIndex(u"AAAA"));
    EXPECT_FALSE(columnIndex(u""));
    EXPECT_FALSE(columnIndex(u"A1"));
    EXPECT_FALSE(columnIndex(u"Đ"));
}

TEST(XlsxCells, ParsesCellReferences) {
    const auto b3 = parseCellReference(u"B3");
    ASSERT_TRUE(b3);
    EXPECT_EQ(b3->row, 3);
    EXPECT_EQ(b3->column, 1);
    const auto last = parseCellReference(u"XFD1048576");
    ASSERT_TRUE(last);
    EXPECT_EQ(last->row, 1048576);
    EXPECT_EQ(last->column, 16383);
    for (const char16_t* bad :
         {u"", u"B", u"3", u"B0", u"B-3", u"B+3", u"B3C", u"XFD1048577", u"$B$3", u"B 3"})
        EXPECT_FALSE(parseCellReference(bad)) << QString::fromUtf16(bad).toStdString();
}

TEST(XlsxCells, RecognisesBuiltInDateFormats) {
    for (int id : {14, 15, 16, 17, 22, 45, 46, 47})
        EXPECT_TRUE(isDateFormat(id)) << id;
    for (int id : {0, 1, 2, 3, 4, 9, 10, 11, 12, 13, 23, 37, 44, 48, 49, 164})
        EXPECT_FALSE(isDateFormat(id)) << id;
}

TEST(XlsxCells, RecognisesCustomDateFormats) {
    for (const char* code : {"dd/mm/yyyy", "d/m/yy", "[$-42A]dd/mm/yyyy", "dd/mm/yyyy hh:mm",
                             "mmmm yyyy", "\"Ngày\" dd \"tháng\" mm \"năm\" yyyy", "mm/yyyy;@",
                             "[$-F800]dddd, mmmm dd, yyyy", "yyyy\\-mm\\-dd", "DD/MM/YYYY"})
        EXPECT_TRUE(isDateFormat(164, u8(code))) << code;
    for (const char* code :
         {"General", "0", "0.00", "#,##0", "#,##0.00 \"đồng\"", "0%", "@", "h:mm", "hh:mm:ss",
          "[h]:mm", "[mm]:ss", "mm:ss", "[Red]#,##0;[Blue]-#,##0", "0.00E+00", "_(* #,##0_)",
          "\"ngày\" 0", "# ?/?"})
        EXPECT_FALSE(isDateFormat(164, u8(code))) << code;
}

TEST(XlsxCells, ConvertsDaySerialsWithTheLeapYearBug) {
    EXPECT_EQ(serialToIsoDate(1, false), QStringLiteral("1900-01-01"));
    EXPECT_EQ(serialToIsoDate(31, false), QStringLiteral("1900-01-31"));
    EXPECT_EQ(serialToIsoDate(59, false), QStringLiteral("1900-02-28"));
    EXPECT_EQ(serialToIsoDate(60, false), QStringLiteral("1900-02-29")); // Excel's phantom day
    EXPECT_EQ(serialToIsoDate(61, false), QStringLiteral("1900-03-01"));
    EXPECT_EQ(serialToIsoDate(31120, false), QStringLiteral("1985-03-14"));
    EXPECT_EQ(serialToIsoDate(36585, false), QStringLiteral("2000-02-29"));
    EXPECT_EQ(serialToIsoDate(45292.75, false), QStringLiteral("2024-01-01")); // 18:00
    EXPECT_EQ(serialToIsoDate(2958465, false), QStringLiteral("9999-12-31"));
    EXPECT_FALSE(serialToIsoDate(0.5, false)); // a time of day alone
    EXPECT_FALSE(serialToIsoDate(-1, false));
    EXPECT_FALSE(serialToIsoDate(2958466, false));
}

TEST(XlsxCells, ConvertsDaySerialsOf1904Workbooks) {
    EXPECT_EQ(serialToIsoDate(0, true), QStringLiteral("1904-01-01"));
    EXPECT_EQ(serialToIsoDate(43830, true), QStringLiteral("2024-01-01"));
    EXPECT_FALSE(serialToIsoDate(-1, true));
}

TEST(XlsxCells, WritesNumbersAsExcelShowsThem) {
    EXPECT_EQ(formatNumber(42), QStringLiteral("42"));
    EXPECT_EQ(formatNumber(42.0), QStringLiteral("42"));
    EXPECT_EQ(formatNumber(-3), QStringLiteral("-3"));
    EXPECT_EQ(formatNumber(-0.0), QStringLiteral("0"));
    EXPECT_EQ(formatNumber(4.98), QStringLiteral("4.98"));
    EXPECT_EQ(formatNumber(0.1 + 0.2), QStringLiteral("0.3"));
    EXPECT_EQ(formatNumber(2340000), QStringLiteral("2340000"));
    EXPECT_EQ(formatNumber(123456789012), QStringLiteral("123456789012"));
    EXPECT_EQ(formatNumber(0.001), QStringLiteral("0.001"));
    EXPECT_EQ(formatNumber(1e15), QStringLiteral("1e+15"));
}

TEST(XlsxCells, ResolvesOoxmlEscapes) {
    EXPECT_EQ(unescapeOoxml(u"Dòng 1_x000D_\nDòng 2"), u8("Dòng 1\r\nDòng 2"));
    EXPECT_EQ(unescapeOoxml(u"a_x005F_x000D_b"), QStringLiteral("a_x000D_b"));
    EXPECT_EQ(unescapeOoxml(u"ma_so_x_1"), QStringLiteral("ma_so_x_1"));
    EXPECT_EQ(unescapeOoxml(u"_xZZZZ_"), QStringLiteral("_xZZZZ_"));
    EXPECT_EQ(unescapeOoxml(u"_x00e1_"), u8("á"));
}

} // namespace
