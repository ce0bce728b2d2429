#include "vietnamese_format.h"

#include <QDate>

#include <gtest/gtest.h>

#include <limits>

namespace vn = thidua::domain::vn;

namespace {

QString u8(const char* text) {
    return QString::fromUtf8(text);
}

} // namespace

TEST(VietnameseFormatDate, DayMonthYearWithZeros) {
    EXPECT_EQ(vn::formatDate(QDate(2026, 2, 5)), u8("05/02/2026"));
    EXPECT_EQ(vn::formatDate(QDate(2024, 12, 31)), u8("31/12/2024"));
}

TEST(VietnameseFormatDate, InvalidDateIsEmpty) {
    EXPECT_EQ(vn::formatDate(QDate()), QString());
    EXPECT_EQ(vn::formatOfficialDate(QDate()), QString());
}

TEST(VietnameseFormatOfficialDate, ZeroPadsDayAndOnlyJanuaryFebruary) {
    EXPECT_EQ(vn::formatOfficialDate(QDate(2026, 2, 5)), u8("ngày 05 tháng 02 năm 2026"));
    EXPECT_EQ(vn::formatOfficialDate(QDate(2019, 6, 29)), u8("ngày 29 tháng 6 năm 2019"));
    EXPECT_EQ(vn::formatOfficialDate(QDate(2025, 1, 10)), u8("ngày 10 tháng 01 năm 2025"));
    EXPECT_EQ(vn::formatOfficialDate(QDate(2024, 12, 1)), u8("ngày 01 tháng 12 năm 2024"));
    EXPECT_EQ(vn::formatOfficialDate(QDate(2024, 3, 9)), u8("ngày 09 tháng 3 năm 2024"));
    EXPECT_EQ(vn::formatOfficialDate(QDate(2024, 10, 20)), u8("ngày 20 tháng 10 năm 2024"));
}

TEST(VietnameseParseDate, AcceptsTheUsualForms) {
    const QDate expected(2026, 2, 5);
    EXPECT_EQ(vn::parseDate(u8("05/02/2026")), expected);
    EXPECT_EQ(vn::parseDate(u8("5/2/2026")), expected);
    EXPECT_EQ(vn::parseDate(u8("05-02-2026")), expected);
    EXPECT_EQ(vn::parseDate(u8("05.02.2026")), expected);
    EXPECT_EQ(vn::parseDate(u8("2026-02-05")), expected);
}

TEST(VietnameseParseDate, AcceptsTheOfficialFormOfADecision) {
    EXPECT_EQ(vn::parseDate(u8("ngày 05 tháng 02 năm 2026")), QDate(2026, 2, 5));
    EXPECT_EQ(vn::parseDate(u8("Ngày 29 tháng 6 năm 2019")), QDate(2019, 6, 29));
    EXPECT_EQ(vn::parseDate(u8("14 tháng 3, năm 1985")), QDate(1985, 3, 14));
    EXPECT_EQ(vn::parseDate(u8("NGÀY 14 THÁNG 3 NĂM 1985")), QDate(1985, 3, 14));
    EXPECT_EQ(vn::parseDate(u8("ngay 14 thang 3 nam 1985")), QDate(1985, 3, 14));
    EXPECT_EQ(vn::parseDate(u8("ngày 31 tháng 02 năm 2026")), std::nullopt);
    EXPECT_EQ(vn::parseDate(u8("ngày 5 tháng 2")), std::nullopt);
}

TEST(VietnameseParseDate, DayComesFirst) {
    EXPECT_EQ(vn::parseDate(u8("12/01/2025")), QDate(2025, 1, 12));
    EXPECT_EQ(vn::parseDate(u8("01/13/2025")), std::nullopt); // no month 13
}

TEST(VietnameseParseDate, TrimsWhiteSpace) {
    EXPECT_EQ(vn::parseDate(u8("  29/06/2019\t")), QDate(2019, 6, 29));
}

TEST(VietnameseParseDate, RejectsInvalidDatesAndText) {
    EXPECT_EQ(vn::parseDate(u8("31/02/2025")), std::nullopt);
    EXPECT_EQ(vn::parseDate(u8("29/02/2023")), std::nullopt);
    EXPECT_EQ(vn::parseDate(u8("29/02/2024")), QDate(2024, 2, 29));
    EXPECT_EQ(vn::parseDate(u8("abc")), std::nullopt);
    EXPECT_EQ(vn::parseDate(QString()), std::nullopt);
    EXPECT_EQ(vn::parseDate(u8("   ")), std::nullopt);
    EXPECT_EQ(vn::parseDate(u8("05/02/26")), std::nullopt);
    EXPECT_EQ(vn::parseDate(u8("05/02-2026")), std::nullopt);
    EXPECT_EQ(vn::parseDate(u8("05/02/2026 x")), std::nullopt);
    EXPECT_EQ(vn::parseDate(u8("00/02/2026")), std::nullopt);
    EXPECT_EQ(vn::parseDate(u8("123/02/2026")), std::nullopt);
    EXPECT_EQ(vn::parseDate(u8("05/02/20261")), std::nullopt);
    EXPECT_EQ(vn::parseDate(u8("2026-2-5")), std::nullopt);
    EXPECT_EQ(vn::parseDate(u8("2026/02/05")), std::nullopt);
    EXPECT_EQ(vn::parseDate(u8("٠٥/٠٢/٢٠٢٦")), std::nullopt); // digits, but not ASCII ones
}

TEST(VietnameseParseDate, RoundTripsFormatDate) {
    for (QDate d = QDate(2024, 1, 1); d <= QDate(2024, 12, 31); d = d.addDays(1))
        EXPECT_EQ(vn::parseDate(vn::formatDate(d)), d);
}

TEST(IsoDate, IsHowTheDatabaseStoresDates) {
    EXPECT_EQ(vn::isoDate(QDate(2026, 2, 5)), QByteArray("2026-02-05"));
    EXPECT_EQ(vn::isoDate(QDate(987, 12, 31)), QByteArray("0987-12-31"));
    EXPECT_TRUE(vn::isoDate(QDate()).isEmpty());
    for (QDate d = QDate(2024, 1, 1); d <= QDate(2024, 12, 31); d = d.addDays(1))
        EXPECT_EQ(vn::isoDate(d), d.toString(Qt::ISODate).toLatin1());
}

TEST(VietnameseFormatInteger, GroupsThousandsWithDots) {
    EXPECT_EQ(vn::formatInteger(2340000), u8("2.340.000"));
    EXPECT_EQ(vn::formatInteger(0), u8("0"));
    EXPECT_EQ(vn::formatInteger(999), u8("999"));
    EXPECT_EQ(vn::formatInteger(1000), u8("1.000"));
    EXPECT_EQ(vn::formatInteger(-1000), u8("-1.000"));
    EXPECT_EQ(vn::formatInteger(-999), u8("-999"));
    EXPECT_EQ(vn::formatInteger(123456), u8("123.456"));
}

TEST(VietnameseFormatInteger, Extremes) {
    EXPECT_EQ(vn::formatInteger(std::numeric_limits<qint64>::max()),
              u8("9.223.372.036.854.775.807"));
    EXPECT_EQ(vn::formatInteger(std::numeric_limits<qint64>::min()),
              u8("-9.223.372.036.854.775.808"));
}

TEST(VietnameseFormatDecimal, CommaAndNoTrailingZeros) {
    EXPECT_EQ(vn::formatDecimal(1.5), u8("1,5"));
    EXPECT_EQ(vn::formatDecimal(95.25), u8("95,25"));
    EXPECT_EQ(vn::formatDecimal(100.0), u8("100"));
    EXPECT_EQ(vn::formatDecimal(0.0), u8("0"));
    EXPECT_EQ(vn::formatDecimal(2340000.5, 1), u8("2.340.000,5"));
    EXPECT_EQ(vn::formatDecimal(-1234.5), u8("-1.234,5"));
}

TEST(VietnameseFormatDecimal, RoundsHalfAwayFromZero) {
    EXPECT_EQ(vn::formatDecimal(0.125), u8("0,13"));
    EXPECT_EQ(vn::formatDecimal(-0.125), u8("-0,13"));
    EXPECT_EQ(vn::formatDecimal(2.675), u8("2,68")); // 2.67499... in binary
    EXPECT_EQ(vn::formatDecimal(0.5, 0), u8("1"));
    EXPECT_EQ(vn::formatDecimal(-2.5, 0), u8("-3"));
    EXPECT_EQ(vn::formatDecimal(1.234, 2), u8("1,23"));
    EXPECT_EQ(vn::formatDecimal(9.995), u8("10"));
    EXPECT_EQ(vn::formatDecimal(999999.999), u8("1.000.000"));
    EXPECT_EQ(vn::formatDecimal(1.25, 3), u8("1,25"));
}

TEST(VietnameseFormatDecimal, NoNegativeZero) {
    EXPECT_EQ(vn::formatDecimal(-0.0), u8("0"));
    EXPECT_EQ(vn::formatDecimal(-0.001), u8("0"));
}

TEST(VietnameseFormatDecimal, NotANumberIsEmpty) {
    EXPECT_EQ(vn::formatDecimal(std::numeric_limits<double>::quiet_NaN()), QString());
    EXPECT_EQ(vn::formatDecimal(std::numeric_limits<double>::infinity()), QString());
}

TEST(VietnameseParseDecimal, AcceptsCommaOrDot) {
    EXPECT_EQ(vn::parseDecimal(u8("1,5")), 1.5);
    EXPECT_EQ(vn::parseDecimal(u8("1.5")), 1.5);
    EXPECT_EQ(vn::parseDecimal(u8("95,25")), 95.25);
    EXPECT_EQ(vn::parseDecimal(u8("-1,5")), -1.5);
    EXPECT_EQ(vn::parseDecimal(u8(" 7 ")), 7.0);
}

TEST(VietnameseParseDecimal, ThousandsSeparators) {
    EXPECT_EQ(vn::parseDecimal(u8("2.340.000")), 2340000.0);
    EXPECT_EQ(vn::parseDecimal(u8("2.340.000,5")), 2340000.5);
    EXPECT_EQ(vn::parseDecimal(u8("1.000,25")), 1000.25);
    EXPECT_EQ(vn::parseDecimal(u8("12.34.567")), std::nullopt); // badly placed dots
    EXPECT_EQ(vn::parseDecimal(u8("1.2345.678")), std::nullopt);
}

TEST(VietnameseParseDecimal, RejectsGarbage) {
    EXPECT_EQ(vn::parseDecimal(QString()), std::nullopt);
    EXPECT_EQ(vn::parseDecimal(u8("  ")), std::nullopt);
    EXPECT_EQ(vn::parseDecimal(u8("abc")), std::nullopt);
    EXPECT_EQ(vn::parseDecimal(u8("1,2,3")), std::nullopt);
    EXPECT_EQ(vn::parseDecimal(u8("1,")), std::nullopt);
    EXPECT_EQ(vn::parseDecimal(u8("1,5.0")), std::nullopt);
    EXPECT_EQ(vn::parseDecimal(u8("1 000")), std::nullopt);
    EXPECT_EQ(vn::parseDecimal(u8("-")), std::nullopt);
    EXPECT_EQ(vn::parseDecimal(u8("nan")), std::nullopt);
}

TEST(VietnameseParseDecimal, RoundTripsFormatDecimal) {
    for (double value : {0.0, 1.5, -1.5, 95.25, 100.0, 2340000.5, 123456789.0, -0.75})
        EXPECT_EQ(vn::parseDecimal(vn::formatDecimal(value)), value) << value;
}

TEST(Roman, KnownValues) {
    EXPECT_EQ(vn::toRoman(1), u8("I"));
    EXPECT_EQ(vn::toRoman(4), u8("IV"));
    EXPECT_EQ(vn::toRoman(9), u8("IX"));
    EXPECT_EQ(vn::toRoman(14), u8("XIV"));
    EXPECT_EQ(vn::toRoman(40), u8("XL"));
    EXPECT_EQ(vn::toRoman(90), u8("XC"));
    EXPECT_EQ(vn::toRoman(400), u8("CD"));
    EXPECT_EQ(vn::toRoman(900), u8("CM"));
    EXPECT_EQ(vn::toRoman(2025), u8("MMXXV"));
    EXPECT_EQ(vn::toRoman(3999), u8("MMMCMXCIX"));
}

TEST(Roman, OutOfRangeIsEmpty) {
    EXPECT_EQ(vn::toRoman(0), QString());
    EXPECT_EQ(vn::toRoman(-1), QString());
    EXPECT_EQ(vn::toRoman(4000), QString());
}

TEST(Roman, ParsesCaseInsensitivelyAndTrims) {
    EXPECT_EQ(vn::fromRoman(u8("XIV")), 14);
    EXPECT_EQ(vn::fromRoman(u8("mmxxv")), 2025);
    EXPECT_EQ(vn::fromRoman(u8(" MmXxV\t")), 2025);
}

TEST(Roman, RejectsNonCanonicalAndGarbage) {
    for (const char* text : {"IIII", "IC", "VX", "", " ", "ABC", "IL", "XM", "MMMM", "I V"})
        EXPECT_EQ(vn::fromRoman(u8(text)), std::nullopt) << text;
}

TEST(Roman, RoundTripsEveryValue) {
    for (int value = 1; value <= 3999; ++value) {
        ASSERT_EQ(vn::fromRoman(vn::toRoman(value)), value) << value;
        ASSERT_EQ(vn::fromRoman(vn::toRoman(value).toLower()), value) << value;
    }
}

TEST(VietnameseParseAmount, ReadsSumsAsClerksWriteThem) {
    EXPECT_EQ(vn::parseAmount(u8("1.800.000")), 1'800'000);
    EXPECT_EQ(vn::parseAmount(u8("1 800 000 đ")), 1'800'000);
    EXPECT_EQ(vn::parseAmount(u8("1800000 đồng")), 1'800'000);
    EXPECT_EQ(vn::parseAmount(u8("  ")), 0);
    EXPECT_FALSE(vn::parseAmount(u8("12 triệu")));
    EXPECT_FALSE(vn::parseAmount(u8("-500.000")));
}

TEST(VietnameseQuotedList, QuotesEachNameAndSeparatesWithCommas) {
    EXPECT_EQ(vn::quotedList({u8("Vụ PLQT"), u8("Vụ HTQT")}), u8("\"Vụ PLQT\", \"Vụ HTQT\""));
    EXPECT_EQ(vn::quotedList({}), QString());
}
