#include "vietnamese_text.h"

#include <QChar>

#include <algorithm>
#include <cstring>
#include <string>

namespace thidua::domain::vn {

namespace {

// Key layout: level 1 (letters), 0x01, level 2 (tones), 0x01, level 3 (case),
// and, only when the text has any, 0x01 and level 4 (ignorable characters).
// Every weight byte is >= 0x02 so that 0x01 ends a level before any weight
// (shorter prefix sorts first) and 0x00 never appears: callers concatenate
// keys with 0x00 as a field separator.
constexpr char kLevelSeparator = '\x01';

constexpr unsigned char kSpaceWeight = 0x02;      // before digits and letters: "An Bình" < "Anh"
constexpr unsigned char kFirstDigitWeight = 0x03; // 0..9 -> 0x03..0x0C
constexpr unsigned char kFirstLetterWeight = 0x10;
constexpr unsigned char kOtherWeight = 0xF0; // followed by a 3-byte code point: after z

// The Vietnamese alphabet. ă, â, đ, ê, ô, ơ and ư are letters of their own,
// so they get their own primary weight instead of being accents on a, d, e...
// clang-format off
enum Letter : unsigned char {
    A, ABreve, ACircumflex, B, C, D, DStroke, E, ECircumflex, F, G, H, I, J, K, L, M, N,
    O, OCircumflex, OHorn, P, Q, R, S, T, U, UHorn, V, W, X, Y, Z
};
// clang-format on

// Tones in the CLDR Vietnamese order; "none" is the word end marker at level 2.
enum Tone : unsigned char { NoTone = 0x02, Huyen, Hoi, Nga, Sac, Nang };

constexpr unsigned char kLower = 0x02;
constexpr unsigned char kUpper = 0x03;

Tone toneOf(char32_t mark) {
    switch (mark) {
    case U'\u0300':
        return Huyen;
    case U'\u0309':
        return Hoi;
    case U'\u0303':
        return Nga;
    case U'\u0301':
        return Sac;
    case U'\u0323':
        return Nang;
    default:
        return NoTone;
    }
}

// Applies a breve, circumflex or horn to a base letter; returns false when the
// mark does not make a Vietnamese letter from it (e.g. the circumflex of ĉ).
bool applyModifier(Letter& letter, char32_t mark) {
    constexpr char32_t breve = U'\u0306', circumflex = U'\u0302', horn = U'\u031B';
    if (letter == A && mark == breve)
        letter = ABreve;
    else if (letter == A && mark == circumflex)
        letter = ACircumflex;
    else if (letter == E && mark == circumflex)
        letter = ECircumflex;
    else if (letter == O && mark == circumflex)
        letter = OCircumflex;
    else if (letter == O && mark == horn)
        letter = OHorn;
    else if (letter == U && mark == horn)
        letter = UHorn;
    else
        return false;
    return true;
}

// Base letters as they appear after NFD; đ/Đ have no decomposition.
bool baseLetter(char32_t lower, Letter& letter) {
    static constexpr Letter ascii[26] = {A, B, C, D, E, F, G, H, I, J, K, L, M,
                                         N, O, P, Q, R, S, T, U, V, W, X, Y, Z};
    if (lower >= U'a' && lower <= U'z') {
        letter = ascii[lower - U'a'];
        return true;
    }
    if (lower == U'\u0111') {
        letter = DStroke;
        return true;
    }
    return false;
}

// Order-preserving encoding of a number below 254^3 in three bytes >= 0x02.
void appendBase254(QByteArray& out, char32_t value) {
    out.append(char(0x02 + value / (254 * 254)));
    out.append(char(0x02 + value / 254 % 254));
    out.append(char(0x02 + value % 254));
}

bool isIgnorable(char32_t c) {
    // Punctuation never decides the order, and format/control characters
    // (soft hyphen, zero-width space) are invisible leftovers of copy-paste.
    const auto category = QChar::category(c);
    return QChar::isPunct(c) || QChar::isMark(c) || category == QChar::Other_Format ||
           category == QChar::Other_Control;
}

struct KeyBuilder {
    QByteArray primary, tones, cases, ignorables;
    qsizetype units = 0; // level-1 units so far; positions the ignorables
    bool inWord = false;
    QByteArray wordTones; // tones of the current syllable, in order

    void endWord() {
        if (!inWord)
            return;
        // Which tones a syllable carries counts, not the letter they sit on:
        // "hoà" and "hòa" are the same word spelled by old and new rules.
        tones.append(wordTones).append(char(NoTone));
        wordTones.clear();
        inWord = false;
    }

    void addUnit(unsigned char weight, bool upper) {
        primary.append(char(weight));
        cases.append(char(upper ? kUpper : kLower));
        ++units;
    }

    void addIgnorable(char32_t c) {
        appendBase254(ignorables, char32_t(units));
        appendBase254(ignorables, c);
    }

    // A letter and the combining marks that follow it.
    void addLetter(char32_t c, const char32_t* marks, qsizetype markCount) {
        inWord = true;
        const char32_t lower = QChar::toLower(c);
        Letter letter{};
        const bool vietnamese = baseLetter(lower, letter);
        for (qsizetype i = 0; i < markCount; ++i) {
            const Tone tone = toneOf(marks[i]);
            if (tone != NoTone)
                wordTones.append(char(tone));
            else if (!vietnamese || !applyModifier(letter, marks[i]))
                addIgnorable(marks[i]);
        }
        const bool upper = QChar::isUpper(c) || QChar::isTitleCase(c);
        if (vietnamese) {
            addUnit(kFirstLetterWeight + letter, upper);
        } else {
            // Letters of other alphabets follow z, by code point of their lower
            // case so that case still only matters at level 3.
            addOther(lower, upper);
        }
    }

    void addOther(char32_t c, bool upper) {
        primary.append(char(kOtherWeight));
        appendBase254(primary, c);
        cases.append(char(upper ? kUpper : kLower));
        ++units;
    }

    QByteArray finish() {
        endWord();
        QByteArray key = primary;
        key.reserve(primary.size() + tones.size() + cases.size() + ignorables.size() + 3);
        key.append(kLevelSeparator).append(tones).append(kLevelSeparator).append(cases);
        if (!ignorables.isEmpty())
            key.append(kLevelSeparator).append(ignorables);
        return key;
    }
};

// Calls visit(word) for every run of letters and digits until it returns
// false; returns false when it was stopped. Surrogates count as letters, so
// a letter outside the BMP stays inside its word, as SQLite's tokenizer keeps it.
template <typename Visit>
bool forEachWord(QStringView text, Visit visit) {
    qsizetype start = -1;
    for (qsizetype i = 0; i <= text.size(); ++i) {
        const bool inWord =
            i < text.size() && (text[i].isLetterOrNumber() || text[i].isSurrogate());
        if (inWord && start < 0)
            start = i;
        if (!inWord && start >= 0) {
            if (!visit(text.sliced(start, i - start)))
                return false;
            start = -1;
        }
    }
    return true;
}

} // namespace

QString normalized(QStringView text) {
    return text.toString().normalized(QString::NormalizationForm_C).simplified();
}

QString searchKey(QStringView text) {
    // Lower case before decomposing: some lower-case mappings add marks.
    const std::u32string decomposed =
        normalized(text).toLower().normalized(QString::NormalizationForm_D).toStdU32String();
    std::u32string bare;
    bare.reserve(decomposed.size());
    for (char32_t c : decomposed) {
        if (QChar::isMark(c))
            continue;
        bare.push_back(c == U'\u0111' || c == U'\u0110' ? U'd' : c);
    }
    // Recompose what was decomposed but is not a diacritic (Hangul, for one).
    return QString::fromStdU32String(bare).normalized(QString::NormalizationForm_C).simplified();
}

QStringList searchWords(QStringView text) {
    QStringList words;
    forEachWord(searchKey(text), [&words](QStringView word) {
        words.append(word.toString());
        return true;
    });
    return words;
}

bool wordsMatch(QStringView key, const QStringList& typedWords) {
    return std::ranges::all_of(typedWords, [key](const QString& typed) {
        return !forEachWord(key, [&typed](QStringView word) { return !word.startsWith(typed); });
    });
}

QByteArray sortKey(QStringView text) {
    const std::u32string s =
        normalized(text).normalized(QString::NormalizationForm_D).toStdU32String();
    KeyBuilder builder;
    const auto size = qsizetype(s.size());
    for (qsizetype i = 0; i < size;) {
        const char32_t c = s[i++];
        if (QChar::isLetter(c)) {
            const qsizetype marksBegin = i;
            while (i < size && QChar::isMark(s[i]))
                ++i;
            builder.addLetter(c, s.data() + marksBegin, i - marksBegin);
            continue;
        }
        if (isIgnorable(c) && !QChar::isPunct(c)) {
            // Invisible: a soft hyphen must not split "Nguyễn" in two syllables.
            builder.addIgnorable(c);
            continue;
        }
        // Anything else ends the syllable, so each part of "Rịa-Vũng" carries
        // its own tone.
        builder.endWord();
        if (c == U' ')
            builder.addUnit(kSpaceWeight, false);
        else if (QChar::isDigit(c))
            builder.addUnit(kFirstDigitWeight + QChar::digitValue(c), false);
        else if (QChar::isPunct(c))
            builder.addIgnorable(c);
        else
            builder.addOther(c, false);
    }
    return builder.finish();
}

int compare(QStringView a, QStringView b) {
    const QByteArray ka = sortKey(a);
    const QByteArray kb = sortKey(b);
    const int common =
        std::memcmp(ka.constData(), kb.constData(), size_t(std::min(ka.size(), kb.size())));
    if (common != 0)
        return common < 0 ? -1 : 1;
    if (ka.size() == kb.size())
        return 0;
    return ka.size() < kb.size() ? -1 : 1;
}

} // namespace thidua::domain::vn
