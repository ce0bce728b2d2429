#include "vietnamese_text.h"

#include <QStringList>

#include <gtest/gtest.h>

#include <algorithm>
#include <cstring>
#include <random>

namespace vn = thidua::domain::vn;

namespace {

QString u8(const char* text) {
    return QString::fromUtf8(text);
}

QString nfd(const char* text) {
    return u8(text).normalized(QString::NormalizationForm_D);
}

// The order SQLite gives BLOBs, which is what the stored keys are sorted by.
int memcmpOrder(const QByteArray& a, const QByteArray& b) {
    const int common =
        std::memcmp(a.constData(), b.constData(), size_t(std::min(a.size(), b.size())));
    if (common != 0)
        return common < 0 ? -1 : 1;
    return a.size() == b.size() ? 0 : (a.size() < b.size() ? -1 : 1);
}

int sign(int value) {
    return (value > 0) - (value < 0);
}

// Each string must sort strictly before the next, by key and by compare().
void expectStrictOrder(const QStringList& ordered) {
    for (qsizetype i = 0; i + 1 < ordered.size(); ++i) {
        const QString& a = ordered[i];
        const QString& b = ordered[i + 1];
        EXPECT_LT(memcmpOrder(vn::sortKey(a), vn::sortKey(b)), 0)
            << a.toStdString() << " should sort before " << b.toStdString();
        EXPECT_LT(vn::compare(a, b), 0) << a.toStdString() << " < " << b.toStdString();
        EXPECT_GT(vn::compare(b, a), 0) << b.toStdString() << " > " << a.toStdString();
    }
}

} // namespace

TEST(VietnameseNormalized, ComposesNfdInput) {
    const QString decomposed = nfd("Nguyễn Thị Tố Nga");
    ASSERT_NE(decomposed, u8("Nguyễn Thị Tố Nga")); // the input really is NFD
    EXPECT_EQ(vn::normalized(decomposed), u8("Nguyễn Thị Tố Nga"));
}

TEST(VietnameseNormalized, TrimsAndCollapsesWhiteSpace) {
    EXPECT_EQ(vn::normalized(u8("  Nguyễn\t Thị \n\n Nga  ")), u8("Nguyễn Thị Nga"));
    EXPECT_EQ(vn::normalized(u8("Lê\u00A0Văn")), u8("Lê Văn")); // no-break space from Word
}

TEST(VietnameseNormalized, EmptyAndBlank) {
    EXPECT_EQ(vn::normalized(QString()), QString());
    EXPECT_EQ(vn::normalized(u8(" \t\n ")), QString());
}

TEST(VietnameseSearchKey, RemovesDiacriticsAndLowerCases) {
    EXPECT_EQ(vn::searchKey(u8("Nguyễn Thị Tố Nga")), u8("nguyen thi to nga"));
    EXPECT_EQ(vn::searchKey(u8("NGUYỄN THỊ TỐ NGA")), u8("nguyen thi to nga"));
    EXPECT_EQ(vn::searchKey(u8("Phương Ưng Ơn Ăn Ân Ê")), u8("phuong ung on an an e"));
}

TEST(VietnameseSearchKey, OldAndNewTonePlacementMatch) {
    EXPECT_EQ(vn::searchKey(u8("hoà")), u8("hoa"));
    EXPECT_EQ(vn::searchKey(u8("hòa")), u8("hoa"));
    EXPECT_EQ(vn::searchKey(u8("HOA")), u8("hoa"));
    EXPECT_EQ(vn::searchKey(u8("Thuỷ")), vn::searchKey(u8("Thủy")));
}

TEST(VietnameseSearchKey, MapsDStroke) {
    EXPECT_EQ(vn::searchKey(u8("Đặng")), u8("dang"));
    EXPECT_EQ(vn::searchKey(u8("đức")), u8("duc"));
    EXPECT_EQ(vn::searchKey(u8("ĐẶNG ĐỨC")), u8("dang duc"));
}

TEST(VietnameseSearchKey, NfdInputGivesSameKey) {
    EXPECT_EQ(vn::searchKey(nfd("Đặng Thị Hoà")), u8("dang thi hoa"));
    EXPECT_EQ(vn::searchKey(nfd("Nguyễn Thị Tố Nga")), vn::searchKey(u8("Nguyễn Thị Tố Nga")));
}

TEST(VietnameseSearchKey, WhiteSpaceAndEmpty) {
    EXPECT_EQ(vn::searchKey(u8("   Trần \t  Văn\nAn ")), u8("tran van an"));
    EXPECT_EQ(vn::searchKey(QString()), QString());
    EXPECT_EQ(vn::searchKey(u8("   ")), QString());
}

TEST(VietnameseSearchKey, KeepsDigitsAndPunctuation) {
    EXPECT_EQ(vn::searchKey(u8("Tổ 3, Phường Bến Nghé")), u8("to 3, phuong ben nghe"));
    EXPECT_EQ(vn::searchKey(u8("Müller")), u8("muller"));
}

TEST(VietnameseSearchWords, CutsTheKeyAtEveryNonLetter) {
    EXPECT_EQ(vn::searchWords(u8("Nguyễn Thị Tố-Nga")),
              QStringList({u8("nguyen"), u8("thi"), u8("to"), u8("nga")}));
    EXPECT_EQ(vn::searchWords(u8("Phòng (Tổ chức), cán bộ 2")),
              QStringList({u8("phong"), u8("to"), u8("chuc"), u8("can"), u8("bo"), u8("2")}));
    EXPECT_TRUE(vn::searchWords(u8(" - ; ")).isEmpty());
}

TEST(VietnameseWordsMatch, EveryTypedWordBeginsSomeWordInAnyOrder) {
    const QString name = vn::searchKey(u8("Nguyễn Thị Tố Nga"));
    EXPECT_TRUE(vn::wordsMatch(name, vn::searchWords(u8("nguyen thi to nga"))));
    EXPECT_TRUE(vn::wordsMatch(name, vn::searchWords(u8("NGA nguy"))));
    EXPECT_TRUE(vn::wordsMatch(name, vn::searchWords(u8("tố ng"))));
    EXPECT_TRUE(vn::wordsMatch(name, {}));
    EXPECT_FALSE(vn::wordsMatch(name, vn::searchWords(u8("uyen"))));
    EXPECT_FALSE(vn::wordsMatch(name, vn::searchWords(u8("nguyen van"))));
    EXPECT_FALSE(vn::wordsMatch(name, vn::searchWords(u8("nga2"))));
    EXPECT_TRUE(
        vn::wordsMatch(vn::searchKey(u8("Sở Tư pháp (Hà Nội)")), vn::searchWords(u8("ha noi"))));
}

TEST(VietnameseSortKey, NeverContainsZeroByte) {
    for (const char* text : {"", "a", "Nguyễn Thị Tố Nga", "Bà Rịa-Vũng Tàu", "12/2024 (x)",
                             "Ωmega ß 中文 😀", "\u00AD\u200B"}) {
        const QByteArray key = vn::sortKey(u8(text));
        EXPECT_FALSE(key.contains('\0')) << text;
        EXPECT_FALSE(key.isEmpty()) << text;
    }
}

TEST(VietnameseSortKey, NfdAndNfcGiveSameKey) {
    for (const char* text : {"Nguyễn Thị Tố Nga", "Đặng Ưng Ơn", "ặ ậ ẫ ở ự", "Hoà"})
        EXPECT_EQ(vn::sortKey(nfd(text)), vn::sortKey(u8(text))) << text;
}

TEST(VietnameseSortKey, WhiteSpaceIsNormalisedFirst) {
    EXPECT_EQ(vn::sortKey(u8("  Trần   Văn\tAn ")), vn::sortKey(u8("Trần Văn An")));
    EXPECT_EQ(vn::compare(u8(" Anh"), u8("Anh ")), 0);
}

TEST(VietnameseSortKey, TonePlacementWithinSyllableDoesNotMatter) {
    EXPECT_EQ(vn::sortKey(u8("hoà")), vn::sortKey(u8("hòa")));
    EXPECT_EQ(vn::sortKey(u8("Thanh Hoá")), vn::sortKey(u8("Thanh Hóa")));
    EXPECT_EQ(vn::sortKey(u8("Thuỷ")), vn::sortKey(u8("Thủy")));
    EXPECT_EQ(vn::compare(u8("Khoẻ"), u8("Khỏe")), 0);
}

TEST(VietnameseSortKey, ToneBelongsToItsOwnSyllable) {
    // Same letters, the tone on a different word: not the same text.
    EXPECT_NE(vn::sortKey(u8("Hà Nam")), vn::sortKey(u8("Ha Nám")));
    expectStrictOrder({u8("Ha Nam"), u8("Ha Nàm"), u8("Hà Nam")});
}

TEST(VietnameseSortKey, TonesThenLetterModifiers) {
    expectStrictOrder(
        {u8("a"), u8("à"), u8("ả"), u8("ã"), u8("á"), u8("ạ"), u8("ă"), u8("â"), u8("b")});
    expectStrictOrder({u8("ă"), u8("ằ"), u8("ẳ"), u8("ẵ"), u8("ắ"), u8("ặ"), u8("â")});
}

TEST(VietnameseSortKey, DStrokeIsALetterAfterD) {
    expectStrictOrder({u8("d"), u8("đ"), u8("e")});
    expectStrictOrder({u8("Dũng"), u8("Duy"), u8("Đạt"), u8("Đức"), u8("Em")});
    expectStrictOrder({u8("Dz"), u8("đa")}); // đ is not a d with an accent
}

TEST(VietnameseSortKey, OAndUVariants) {
    expectStrictOrder({u8("o"), u8("ô"), u8("ơ"), u8("p")});
    expectStrictOrder({u8("oz"), u8("ôa"), u8("ôz"), u8("ơa")});
    expectStrictOrder({u8("u"), u8("ư"), u8("v")});
    expectStrictOrder({u8("e"), u8("ê"), u8("f")});
}

TEST(VietnameseSortKey, LettersBeforeTones) {
    expectStrictOrder({u8("Anh"), u8("Ánh"), u8("Bình")});
    expectStrictOrder({u8("Nga"), u8("Ngà")});
    expectStrictOrder({u8("Lan"), u8("Lân"), u8("Liên")});
    expectStrictOrder({u8("Ạn"), u8("anh")}); // level 1 beats level 2
}

TEST(VietnameseSortKey, SpaceBeforeLettersAndDigits) {
    expectStrictOrder({u8("An"), u8("An Bình"), u8("Anh")});
    expectStrictOrder({u8("a b"), u8("a1"), u8("ab")});
}

TEST(VietnameseSortKey, DigitsBeforeLetters) {
    expectStrictOrder({u8(""), u8("0"), u8("1"), u8("9"), u8("a")});
    expectStrictOrder({u8("Tổ 1"), u8("Tổ 2"), u8("Tổ A")});
}

TEST(VietnameseSortKey, CaseIsTheLastLevel) {
    expectStrictOrder({u8("an"), u8("An")});
    expectStrictOrder({u8("an"), u8("aN"), u8("An"), u8("AN")});
    expectStrictOrder({u8("đức"), u8("Đức")});
    expectStrictOrder({u8("An"), u8("anh")});  // level 1 beats level 3
    expectStrictOrder({u8("Anh"), u8("ánh")}); // level 2 beats level 3
    EXPECT_NE(vn::sortKey(u8("an")), vn::sortKey(u8("An")));
}

TEST(VietnameseSortKey, PunctuationIsIgnoredForTheLetterOrder) {
    // If "-" had a weight of its own, "a-b" would sort before or after every "a?".
    expectStrictOrder({u8("aa"), u8("a-b"), u8("ac")});
    // "Rịa-Vũng" compares as "RịaVũng", and a space sorts before any letter.
    expectStrictOrder({u8("Bà Rịa Vũng Tàu"), u8("Bà Rịa-Vũng Tàu"), u8("Bà Rịa-Xa")});
    // Ignorable, but still part of the text: different strings, different keys.
    EXPECT_NE(vn::sortKey(u8("a-b")), vn::sortKey(u8("ab")));
    EXPECT_NE(vn::sortKey(u8("a-b")), vn::sortKey(u8("a.b")));
    EXPECT_NE(vn::sortKey(u8("a-bc")), vn::sortKey(u8("ab-c")));
}

TEST(VietnameseSortKey, InvisibleCharactersDoNotSplitASyllable) {
    // A soft hyphen pasted from Word sits between the letters, not between
    // syllables: the tone still belongs to the whole word.
    const QString softHyphen = u8("Ho\u00ADà");
    expectStrictOrder({u8("Hoa"), u8("Hòa"), softHyphen, u8("Hoá")});
    EXPECT_NE(vn::sortKey(softHyphen), vn::sortKey(u8("Hòa")));
}

TEST(VietnameseSortKey, OtherCharactersFollowTheAlphabet) {
    expectStrictOrder({u8("z"), u8("ß"), u8("α")});
    expectStrictOrder({u8("zz"), u8("Ωmega")});
    expectStrictOrder({u8("α"), u8("Α"), u8("αa")}); // case of other alphabets is level 3
}

TEST(VietnameseSortKey, ShuffledGivenNamesSortInVietnameseOrder) {
    const QStringList expected = {u8("An"),    u8("Anh"),  u8("Ánh"),  u8("Ân"),  u8("Bình"),
                                  u8("Cường"), u8("Dũng"), u8("Duy"),  u8("Đạt"), u8("Đức"),
                                  u8("Hà"),    u8("Hải"),  u8("Hạnh"), u8("Hoa"), u8("Hòa"),
                                  u8("Hồng"),  u8("Hùng"), u8("Hưng"), u8("Lan"), u8("Lân"),
                                  u8("Oanh"),  u8("Uyên"), u8("Vân"),  u8("Yến")};
    expectStrictOrder(expected);

    QStringList shuffled = expected;
    std::mt19937 random(20260205);
    for (int round = 0; round < 5; ++round) {
        std::shuffle(shuffled.begin(), shuffled.end(), random);
        QStringList byCompare = shuffled;
        std::sort(byCompare.begin(), byCompare.end(),
                  [](const QString& a, const QString& b) { return vn::compare(a, b) < 0; });
        EXPECT_EQ(byCompare, expected);
        QStringList byKey = shuffled;
        std::sort(byKey.begin(), byKey.end(), [](const QString& a, const QString& b) {
            return memcmpOrder(vn::sortKey(a), vn::sortKey(b)) < 0;
        });
        EXPECT_EQ(byKey, expected);
    }
}

TEST(VietnameseCompare, AgreesWithSortKeyOnEveryPair) {
    const QStringList texts = {u8(""),        u8("a"),      u8("A"),   u8("à"),   u8("ă"),
                               u8("Đức"),     u8("Dũng"),   u8("hoà"), u8("hòa"), u8("HOA"),
                               u8("An Bình"), u8("Anh"),    u8("a-b"), u8("ab"),  u8("12"),
                               nfd("Nguyễn"), u8("Nguyễn"), u8("ß")};
    for (const QString& a : texts) {
        for (const QString& b : texts) {
            EXPECT_EQ(vn::compare(a, b), memcmpOrder(vn::sortKey(a), vn::sortKey(b)))
                << a.toStdString() << " vs " << b.toStdString();
            EXPECT_EQ(sign(vn::compare(a, b)), -sign(vn::compare(b, a)));
        }
    }
}

TEST(VietnameseCompare, EqualTextsCompareEqual) {
    EXPECT_EQ(vn::compare(u8("Nguyễn"), nfd("Nguyễn")), 0);
    EXPECT_EQ(vn::compare(u8("hoà"), u8("hòa")), 0);
    EXPECT_EQ(vn::compare(QString(), u8("  ")), 0);
    EXPECT_NE(vn::compare(u8("hoa"), u8("hòa")), 0);
}
