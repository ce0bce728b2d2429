#include "person_name.h"
#include "vietnamese_text.h"

#include <QStringList>

#include <gtest/gtest.h>

#include <algorithm>
#include <cstring>

using thidua::domain::PersonName;
using thidua::domain::personSortKey;
using thidua::domain::splitFullName;

namespace {

QString u8(const char* text) {
    return QString::fromUtf8(text);
}

PersonName name(const char* family, const char* middle, const char* given) {
    return PersonName{u8(family), u8(middle), u8(given)};
}

// memcmp order, as SQLite compares the stored BLOB keys.
bool keyLess(const QByteArray& a, const QByteArray& b) {
    const int common =
        std::memcmp(a.constData(), b.constData(), size_t(std::min(a.size(), b.size())));
    return common != 0 ? common < 0 : a.size() < b.size();
}

bool sortsBefore(const char* a, const char* b) {
    return keyLess(personSortKey(splitFullName(u8(a))), personSortKey(splitFullName(u8(b))));
}

} // namespace

TEST(SplitFullName, ThreeWords) {
    EXPECT_EQ(splitFullName(u8("Trần Văn An")), name("Trần", "Văn", "An"));
}

TEST(SplitFullName, LongMiddleNameKeepsItsWords) {
    EXPECT_EQ(splitFullName(u8("Nguyễn Thị Tố Nga")), name("Nguyễn", "Thị Tố", "Nga"));
    EXPECT_EQ(splitFullName(u8("Tôn Nữ Thị Minh Khai")), name("Tôn", "Nữ Thị Minh", "Khai"));
}

TEST(SplitFullName, TwoWordsAreFamilyAndGiven) {
    EXPECT_EQ(splitFullName(u8("Lê Bình")), name("Lê", "", "Bình"));
}

TEST(SplitFullName, OneWordIsGivenOnly) {
    EXPECT_EQ(splitFullName(u8("Bình")), name("", "", "Bình"));
}

TEST(SplitFullName, EmptyAndBlank) {
    EXPECT_EQ(splitFullName(QString()), PersonName{});
    EXPECT_EQ(splitFullName(u8(" \t ")), PersonName{});
}

TEST(SplitFullName, NormalisesWhiteSpaceAndNfd) {
    const QString decomposed =
        u8("  Nguyễn \t Thị   Tố\nNga ").normalized(QString::NormalizationForm_D);
    EXPECT_EQ(splitFullName(decomposed), name("Nguyễn", "Thị Tố", "Nga"));
}

TEST(PersonNameFullName, JoinsNonEmptyParts) {
    EXPECT_EQ(name("Nguyễn", "Thị Tố", "Nga").fullName(), u8("Nguyễn Thị Tố Nga"));
    EXPECT_EQ(name("Lê", "", "Bình").fullName(), u8("Lê Bình"));
    EXPECT_EQ(name("", "", "Bình").fullName(), u8("Bình"));
    EXPECT_EQ(PersonName{}.fullName(), QString());
}

TEST(PersonNameFullName, RoundTripsThroughSplit) {
    for (const char* full : {"Bình", "Lê Bình", "Trần Văn An", "Nguyễn Thị Tố Nga"})
        EXPECT_EQ(splitFullName(u8(full)).fullName(), u8(full)) << full;
    EXPECT_EQ(splitFullName(u8("  Lê   Bình ")).fullName(), u8("Lê Bình"));
}

TEST(PersonSortKey, GivenNameFirst) {
    EXPECT_TRUE(sortsBefore("Trần Văn An", "Lê Bình"));
    EXPECT_TRUE(sortsBefore("Trần Văn An", "Nguyễn Thị Bình"));
    EXPECT_FALSE(sortsBefore("Lê Bình", "Trần Văn An"));
}

TEST(PersonSortKey, ShorterGivenNameWinsWhateverTheFamily) {
    // "An" is a prefix of "Anh": the field separator must end it first.
    EXPECT_TRUE(sortsBefore("Vũ An", "An Anh"));
    EXPECT_TRUE(sortsBefore("Vũ Văn An", "An Văn Anh"));
}

TEST(PersonSortKey, FamilyNameBreaksTies) {
    EXPECT_TRUE(sortsBefore("Lê Bình", "Nguyễn Thị Bình"));
    EXPECT_TRUE(sortsBefore("Đặng Văn Hùng", "Đỗ Hùng")); // a < ô
    EXPECT_TRUE(sortsBefore("Dương Hùng", "Đặng Hùng"));  // d < đ
}

TEST(PersonSortKey, MiddleNameBreaksRemainingTies) {
    EXPECT_TRUE(sortsBefore("Nguyễn Thị Hoa", "Nguyễn Văn Hoa"));
    EXPECT_TRUE(sortsBefore("Nguyễn Hoa", "Nguyễn Thị Hoa")); // no middle name first
    EXPECT_FALSE(sortsBefore("Nguyễn Văn Hoa", "Nguyễn Thị Hoa"));
}

TEST(PersonSortKey, SameNameSpelledDifferentlyHasSameKey) {
    const QByteArray nfc = personSortKey(splitFullName(u8("Lê Thị Hoà")));
    EXPECT_EQ(personSortKey(splitFullName(u8("Lê Thị Hòa"))), nfc);
    EXPECT_EQ(
        personSortKey(splitFullName(u8("Lê  Thị Hoà").normalized(QString::NormalizationForm_D))),
        nfc);
}

TEST(PersonSortKey, SortsAStaffList) {
    QStringList people = {u8("Nguyễn Văn Hoa"), u8("Lê Bình"),         u8("Trần Văn An"),
                          u8("Nguyễn Thị Hoa"), u8("Nguyễn Thị Bình"), u8("Phạm Thị Ánh"),
                          u8("Đỗ Anh")};
    std::sort(people.begin(), people.end(), [](const QString& a, const QString& b) {
        return keyLess(personSortKey(splitFullName(a)), personSortKey(splitFullName(b)));
    });
    const QStringList expected = {u8("Trần Văn An"),   u8("Đỗ Anh"),          u8("Phạm Thị Ánh"),
                                  u8("Lê Bình"),       u8("Nguyễn Thị Bình"), u8("Nguyễn Thị Hoa"),
                                  u8("Nguyễn Văn Hoa")};
    EXPECT_EQ(people, expected);
}

TEST(WithConventionalCase, CapitalisesANameTypedInOneCase) {
    using thidua::domain::withConventionalCase;
    EXPECT_EQ(withConventionalCase(name("NGUYỄN", "THỊ TỐ", "NGA")),
              name("Nguyễn", "Thị Tố", "Nga"));
    EXPECT_EQ(withConventionalCase(name("đặng", "văn", "ước")), name("Đặng", "Văn", "Ước"));
    EXPECT_EQ(withConventionalCase(name("NGUYỄN", "VĂN", "A")), name("Nguyễn", "Văn", "A"));
    // Names of the Central Highlands: the letter after the apostrophe too.
    EXPECT_EQ(withConventionalCase(name("KSOR", "", "H'BƠI")), name("Ksor", "", "H'Bơi"));
    EXPECT_EQ(withConventionalCase(name("", "H' HEN", "NIÊ")), name("", "H' Hen", "Niê"));
}

TEST(WithConventionalCase, KeepsANameThatMixesCases) {
    using thidua::domain::withConventionalCase;
    EXPECT_EQ(withConventionalCase(name("Y", "Bih", "Alêô")), name("Y", "Bih", "Alêô"));
    EXPECT_EQ(withConventionalCase(name("Nguyễn", "thị", "Lan")), name("Nguyễn", "thị", "Lan"));
    EXPECT_EQ(withConventionalCase(name("", "", "")), name("", "", ""));
}
