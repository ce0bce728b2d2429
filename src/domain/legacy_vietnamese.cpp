#include "legacy_vietnamese.h"

#include <QChar>

#include <algorithm>
#include <array>
#include <string>
#include <string_view>
#include <utility>

namespace thidua::domain::vn {

namespace {

using CodePair = std::pair<char16_t, char16_t>; // legacy character, Unicode

constexpr char16_t kGrave = u'\u0300', kAcute = u'\u0301', kTilde = u'\u0303',
                   kHookAbove = u'\u0309', kDotBelow = u'\u0323';
constexpr char16_t kCircumflex = u'\u0302', kBreve = u'\u0306';

// TCVN3 (the VN3 set of TCVN 5712:1993 used by the ABC fonts), as Windows-1252
// shows the bytes. Checked letter by letter against UniKey's vnconv tables,
// xvnkb's tcvn.h and bogoengine's charset.hpp.
constexpr CodePair kTcvn3[] = {
    {0xA1, u'Ă'}, {0xA2, u'Â'}, {0xA3, u'Ê'}, {0xA4, u'Ô'}, {0xA5, u'Ơ'}, {0xA6, u'Ư'},
    {0xA7, u'Đ'}, {0xA8, u'ă'}, {0xA9, u'â'}, {0xAA, u'ê'}, {0xAB, u'ô'}, {0xAC, u'ơ'},
    {0xAD, u'ư'}, {0xAE, u'đ'}, {0xB5, u'à'}, {0xB6, u'ả'}, {0xB7, u'ã'}, {0xB8, u'á'},
    {0xB9, u'ạ'}, {0xBB, u'ằ'}, {0xBC, u'ẳ'}, {0xBD, u'ẵ'}, {0xBE, u'ắ'}, {0xC6, u'ặ'},
    {0xC7, u'ầ'}, {0xC8, u'ẩ'}, {0xC9, u'ẫ'}, {0xCA, u'ấ'}, {0xCB, u'ậ'}, {0xCC, u'è'},
    {0xCE, u'ẻ'}, {0xCF, u'ẽ'}, {0xD0, u'é'}, {0xD1, u'ẹ'}, {0xD2, u'ề'}, {0xD3, u'ể'},
    {0xD4, u'ễ'}, {0xD5, u'ế'}, {0xD6, u'ệ'}, {0xD7, u'ì'}, {0xD8, u'ỉ'}, {0xDC, u'ĩ'},
    {0xDD, u'í'}, {0xDE, u'ị'}, {0xDF, u'ò'}, {0xE1, u'ỏ'}, {0xE2, u'õ'}, {0xE3, u'ó'},
    {0xE4, u'ọ'}, {0xE5, u'ồ'}, {0xE6, u'ổ'}, {0xE7, u'ỗ'}, {0xE8, u'ố'}, {0xE9, u'ộ'},
    {0xEA, u'ờ'}, {0xEB, u'ở'}, {0xEC, u'ỡ'}, {0xED, u'ớ'}, {0xEE, u'ợ'}, {0xEF, u'ù'},
    {0xF1, u'ủ'}, {0xF2, u'ũ'}, {0xF3, u'ú'}, {0xF4, u'ụ'}, {0xF5, u'ừ'}, {0xF6, u'ử'},
    {0xF7, u'ữ'}, {0xF8, u'ứ'}, {0xF9, u'ự'}, {0xFA, u'ỳ'}, {0xFB, u'ỷ'}, {0xFC, u'ỹ'},
    {0xFD, u'ý'}, {0xFE, u'ỵ'},
};

constexpr auto kTcvn3ByByte = [] {
    std::array<char16_t, 0x100> table{};
    for (const auto& [legacy, unicode] : kTcvn3)
        table[legacy] = unicode;
    return table;
}();

char16_t tcvn3Letter(char16_t c) {
    return c <= 0xFF ? kTcvn3ByByte[c] : char16_t(0);
}

// Windows-1258 where it differs from Latin-1 (as Python's cp1258 codec and
// glibc's CP1258 have it): the tones are combining marks, typed after the
// vowel, ê + 0xDE is ễ.
constexpr CodePair kWindows1258[] = {
    {0xC3, u'Ă'},      {0xCC, kGrave}, {0xD0, u'Đ'}, {0xD2, kHookAbove}, {0xD5, u'Ơ'},
    {0xDD, u'Ư'},      {0xDE, kTilde}, {0xE3, u'ă'}, {0xEC, kAcute},     {0xF0, u'đ'},
    {0xF2, kDotBelow}, {0xF5, u'ơ'},   {0xFD, u'ư'}, {0xFE, u'₫'},
};

char16_t windows1258Letter(char16_t c) {
    for (const auto& [legacy, unicode] : kWindows1258) {
        if (legacy == c)
            return unicode;
    }
    return 0;
}

// A VNI mark byte carries a tone, a circumflex or breve, or both at once
// ("aá" is ấ). Each has a shape for capitals; both shapes mean the same mark.
// Checked against UniKey's vnconv tables, xvnkb's vni.h and
// vietnamese-conversion's charsets.
struct VniMark {
    char16_t lower, upper, shape, tone;
};
constexpr VniMark kVniMarks[] = {
    {u'ù', u'Ù', 0, kAcute},
    {u'ø', u'Ø', 0, kGrave},
    {u'û', u'Û', 0, kHookAbove},
    {u'õ', u'Õ', 0, kTilde},
    {u'ï', u'Ï', 0, kDotBelow},
    {u'â', u'Â', kCircumflex, 0},
    {u'á', u'Á', kCircumflex, kAcute},
    {u'à', u'À', kCircumflex, kGrave},
    {u'å', u'Å', kCircumflex, kHookAbove},
    {u'ã', u'Ã', kCircumflex, kTilde},
    {u'ä', u'Ä', kCircumflex, kDotBelow},
    {u'ê', u'Ê', kBreve, 0},
    {u'é', u'É', kBreve, kAcute},
    {u'è', u'È', kBreve, kGrave},
    {u'ú', u'Ú', kBreve, kHookAbove},
    {u'ü', u'Ü', kBreve, kTilde},
    {u'ë', u'Ë', kBreve, kDotBelow},
};

// Letters VNI writes as one byte: ơ and ư (which then take tone marks like
// any vowel), đ, every toned i, and ỵ.
constexpr CodePair kVniLetters[] = {
    {u'ô', u'ơ'}, {u'Ô', u'Ơ'}, {u'ö', u'ư'}, {u'Ö', u'Ư'}, {u'ñ', u'đ'}, {u'Ñ', u'Đ'},
    {u'í', u'í'}, {u'Í', u'Í'}, {u'ì', u'ì'}, {u'Ì', u'Ì'}, {u'æ', u'ỉ'}, {u'Æ', u'Ỉ'},
    {u'ó', u'ĩ'}, {u'Ó', u'Ĩ'}, {u'ò', u'ị'}, {u'Ò', u'Ị'}, {u'î', u'ỵ'}, {u'Î', u'Ỵ'},
};

const VniMark* vniMark(char16_t c) {
    for (const VniMark& mark : kVniMarks) {
        if (mark.lower == c || mark.upper == c)
            return &mark;
    }
    return nullptr;
}

const CodePair* vniLetter(char16_t c) {
    for (const CodePair& letter : kVniLetters) {
        if (letter.first == c)
            return &letter;
    }
    return nullptr;
}

bool vniTakesMark(char16_t letter, const VniMark& mark) {
    const auto base = char16_t(QChar::toLower(letter));
    if (mark.shape == kCircumflex)
        return base == u'a' || base == u'e' || base == u'o';
    if (mark.shape == kBreve)
        return base == u'a';
    // Never i: VNI has a letter for each toned i.
    return std::u16string_view(u"aeouyơư").find(base) != std::u16string_view::npos;
}

// Reading bytes as Windows-1252 yields Latin-1 and, from 0x80-0x9F, these
// letters; any other letter or mark above U+00FF means the text is Unicode.
constexpr std::u16string_view kWindows1252Letters = u"ŠšŒœŽžŸƒˆ";

bool isUnicodeOnly(QChar c) {
    return c.unicode() > 0xFF && (c.isLetter() || c.isMark()) &&
           kWindows1252Letters.find(c.unicode()) == std::u16string_view::npos;
}

// A word as an encoding reads it; complete when the encoding accounts for
// every non-ASCII character, since a character it never produces ("à" is no
// TCVN3 byte) says the word was not written in it.
struct Reading {
    QString text;
    bool complete = true;
};

// Letters whose case the TCVN3 bytes fix, and lower-case codes that the
// .VnTimeH fonts draw as capitals.
struct Tcvn3Cases {
    int upper = 0, lower = 0, drawn = 0;

    bool capitals() const { return upper >= 2 && lower == 0; }
};

Tcvn3Cases tcvn3Cases(QStringView word) {
    Tcvn3Cases cases;
    for (QChar c : word) {
        const char16_t letter = tcvn3Letter(c.unicode());
        const QChar out = letter != 0 ? QChar(letter) : c;
        if (letter != 0 && out.isLower())
            ++cases.drawn;
        else if (out.isUpper())
            ++cases.upper;
        else if (out.isLower())
            ++cases.lower;
    }
    return cases;
}

Reading readTcvn3(QStringView word, bool capitals) {
    Reading reading;
    for (QChar c : word) {
        const char16_t letter = tcvn3Letter(c.unicode());
        if (letter == 0 && c.unicode() >= 0x80)
            reading.complete = false;
        reading.text += letter != 0 ? QChar(letter) : c;
    }
    if (capitals || tcvn3Cases(word).capitals())
        reading.text = reading.text.toUpper();
    return reading;
}

Reading readVni(QStringView word) {
    Reading reading;
    for (qsizetype i = 0; i < word.size(); ++i) {
        const char16_t c = word[i].unicode();
        const CodePair* single = vniLetter(c);
        const char16_t letter = single ? single->second : c;
        const VniMark* mark = i + 1 < word.size() ? vniMark(word[i + 1].unicode()) : nullptr;
        if (mark && vniTakesMark(letter, *mark)) {
            QString composed(QChar{letter});
            for (char16_t part : {mark->shape, mark->tone}) {
                if (part != 0)
                    composed += QChar(part);
            }
            reading.text += composed.normalized(QString::NormalizationForm_C);
            ++i;
            continue;
        }
        if (!single && c >= 0x80)
            reading.complete = false;
        reading.text += QChar(letter);
    }
    return reading;
}

// Windows-1258 keeps Latin-1's letters, so a word it leaves as it is ("và")
// says nothing for it: only a word it changes, all of whose letters the code
// page can have given, is a complete reading.
Reading readWindows1258(QStringView text) {
    Reading reading{{}, false};
    bool beyondCodePage = false;
    for (QChar c : text) {
        const char16_t letter = windows1258Letter(c.unicode());
        beyondCodePage = beyondCodePage || isUnicodeOnly(c);
        reading.complete = reading.complete || letter != 0;
        reading.text += letter != 0 ? QChar(letter) : c;
    }
    reading.complete = reading.complete && !beyondCodePage;
    reading.text = reading.text.normalized(QString::NormalizationForm_C);
    return reading;
}

Reading read(QStringView word, LegacyEncoding encoding, bool capitals = false) {
    switch (encoding) {
    case LegacyEncoding::Tcvn3:
        return readTcvn3(word, capitals);
    case LegacyEncoding::Vni:
        return readVni(word);
    case LegacyEncoding::Windows1258:
        return readWindows1258(word);
    case LegacyEncoding::None:
        break;
    }
    return {word.toString(), false};
}

// Written Vietnamese is one closed set of syllables: onset, vowel group,
// final consonant and one tone. Legacy bytes read as Windows-1252 almost never
// form one ("Néi", "Haø"); read through the right encoding they always do.

constexpr std::u16string_view kVowels = u"aăâeêioôơuưy";

constexpr std::u16string_view kOnsets[] = {
    u"",  u"b",  u"c",   u"ch", u"d", u"đ",  u"g",  u"gh", u"gi", u"h", u"k",  u"kh", u"l", u"m",
    u"n", u"ng", u"ngh", u"nh", u"p", u"ph", u"qu", u"r",  u"s",  u"t", u"th", u"tr", u"v", u"x",
};

// Vowel groups that can end a syllable...
constexpr std::u16string_view kOpenVowels[] = {
    u"a",   u"e",   u"ê",   u"i",   u"o",   u"ô",   u"ơ",   u"u",   u"ư",   u"y",   u"ai",  u"ao",
    u"au",  u"ay",  u"âu",  u"ây",  u"eo",  u"êu",  u"ia",  u"iu",  u"oa",  u"oe",  u"oi",  u"ôi",
    u"ơi",  u"ua",  u"uê",  u"ui",  u"uơ",  u"uy",  u"ưa",  u"ưi",  u"ưu",  u"iêu", u"yêu", u"oai",
    u"oao", u"oay", u"oeo", u"uây", u"uôi", u"uya", u"uyu", u"ươi", u"ươu",
};

// ...and those a final consonant can follow; the ones only here (ă, â, iê,
// uô, ươ...) need one.
constexpr std::u16string_view kClosedVowels[] = {
    u"a",  u"ă",  u"â",  u"e",  u"ê",  u"i",  u"o",  u"ô",  u"ơ",  u"u",  u"ư",   u"y",
    u"iê", u"yê", u"oa", u"oă", u"oe", u"oo", u"uâ", u"uê", u"uô", u"uy", u"uyê", u"ươ",
};

// k only in the place names of the Central Highlands (Đắk Lắk).
constexpr std::u16string_view kFinals[] = {u"c", u"ch", u"k", u"m", u"n", u"ng", u"nh", u"p", u"t"};
constexpr std::u16string_view kStops[] = {u"c", u"ch", u"k", u"p", u"t"};
constexpr std::u16string_view kBeforeChNh[] = {u"a", u"ê", u"i", u"y", u"oa", u"uê", u"uy"};

template <std::size_t N>
bool contains(const std::u16string_view (&set)[N], std::u16string_view value) {
    for (std::u16string_view item : set) {
        if (item == value)
            return true;
    }
    return false;
}

bool isTone(char16_t c) {
    return c == kGrave || c == kAcute || c == kTilde || c == kHookAbove || c == kDotBelow;
}

bool rhymeFits(std::u16string_view onset, std::u16string_view rhyme, char16_t tone) {
    const auto vowelEnd = std::min(rhyme.find_first_not_of(kVowels), rhyme.size());
    const std::u16string_view vowels = rhyme.substr(0, vowelEnd);
    const std::u16string_view final = rhyme.substr(vowelEnd);
    if (vowels.empty())
        return false;
    if (final.empty()) {
        if (!contains(kOpenVowels, vowels))
            return false;
    } else {
        if (!contains(kFinals, final) || !contains(kClosedVowels, vowels))
            return false;
        if ((final == u"ch" || final == u"nh") && !contains(kBeforeChNh, vowels))
            return false;
        if (vowels == u"oo" && final != u"ng") // xoong, boong: loanwords
            return false;
        // A syllable closed by a stop takes only the rising or the heavy tone.
        if (contains(kStops, final) && tone != kAcute && tone != kDotBelow)
            return false;
    }
    // Spelling: k, gh and ngh before e, ê, i, y; c, g and ng elsewhere.
    const bool front =
        std::u16string_view(u"eêiy").find(vowels.front()) != std::u16string_view::npos;
    if ((onset == u"k" || onset == u"gh" || onset == u"ngh") && !front)
        return false;
    if ((onset == u"c" || onset == u"ng") && front)
        return false;
    if (onset == u"g" && (vowels.front() == u'e' || vowels.front() == u'ê'))
        return false;
    return true;
}

bool isSyllable(QStringView word) {
    const QString decomposed = word.toString().toLower().normalized(QString::NormalizationForm_D);
    char16_t tone = 0;
    bool afterVowel = false;
    QString bare;
    for (QChar c : decomposed) {
        if (isTone(c.unicode())) {
            if (tone != 0 || !afterVowel)
                return false;
            tone = c.unicode();
            continue;
        }
        if (!c.isMark())
            afterVowel =
                std::u16string_view(u"aeiouy").find(c.unicode()) != std::u16string_view::npos;
        bare += c;
    }
    const std::u16string letters = bare.normalized(QString::NormalizationForm_C).toStdU16String();
    const std::u16string_view view = letters;
    for (std::u16string_view onset : kOnsets) {
        // Every onset that fits is tried: "gìn" is g + in, "gia" is gi + a.
        if (view.starts_with(onset) && rhymeFits(onset, view.substr(onset.size()), tone))
            return true;
    }
    return false;
}

bool isWordCharacter(QChar c) {
    // TCVN3 letters include symbols (§ is Đ, µ is à) and the soft hyphen (ư).
    return c.isLetter() || c.isMark() || tcvn3Letter(c.unicode()) != 0;
}

bool isAscii(QStringView word) {
    for (QChar c : word) {
        if (c.unicode() >= 0x80)
            return false;
    }
    return true;
}

template <typename Visit>
void forEachRun(QStringView text, Visit visit) {
    for (qsizetype begin = 0; begin < text.size();) {
        const bool word = isWordCharacter(text[begin]);
        qsizetype end = begin + 1;
        while (end < text.size() && isWordCharacter(text[end]) == word)
            ++end;
        visit(text.sliced(begin, end - begin), word);
        begin = end;
    }
}

// Whether the text is written in capitals: no lower-case letter anywhere and
// some word that both has capitals and writes a toned vowel with a lower-case
// code. Then one-capital words such as "Tè" in "NGUYÔN THÞ Tè NGA" are
// capitals too, while "Së GD&§T" (Sở GD&ĐT) stays "Sở".
bool tcvn3InCapitals(QStringView text) {
    bool lower = false, capitalWord = false;
    forEachRun(text, [&lower, &capitalWord](QStringView run, bool word) {
        if (!word)
            return;
        const Tcvn3Cases cases = tcvn3Cases(run);
        lower = lower || cases.lower > 0;
        capitalWord = capitalWord || (cases.capitals() && cases.drawn > 0);
    });
    return capitalWord && !lower;
}

bool readsAsVietnamese(QStringView word, LegacyEncoding encoding) {
    const Reading reading = read(word, encoding);
    return reading.complete && isSyllable(reading.text);
}

constexpr LegacyEncoding kEncodings[] = {LegacyEncoding::Tcvn3, LegacyEncoding::Vni,
                                         LegacyEncoding::Windows1258};

// Counts by encoding; the place of None is unused.
using Votes = std::array<int, std::size(kEncodings) + 1>;

constexpr std::size_t slot(LegacyEncoding encoding) {
    return static_cast<std::size_t>(encoding);
}

struct Evidence {
    bool unicodeOnly = false; // letters no legacy text can contain
    int unicode = 0;          // words Vietnamese as they stand and in no encoding
    Votes legacy{};           // words Vietnamese only through that encoding

    int strongest() const { return *std::ranges::max_element(legacy); }
};

Evidence weigh(QStringView text) {
    Evidence evidence;
    for (QChar c : text) {
        if (isUnicodeOnly(c)) {
            evidence.unicodeOnly = true;
            return evidence;
        }
    }
    forEachRun(text, [&evidence](QStringView run, bool word) {
        if (!word || isAscii(run))
            return;
        Votes fits{};
        for (LegacyEncoding encoding : kEncodings)
            fits[slot(encoding)] = readsAsVietnamese(run, encoding) ? 1 : 0;
        if (isSyllable(run)) {
            // Another reading fitting too ("Tè": tè or Tố) decides nothing.
            evidence.unicode += std::ranges::none_of(fits, [](int fit) { return fit > 0; });
            return;
        }
        for (std::size_t i = 0; i < fits.size(); ++i)
            evidence.legacy[i] += fits[i];
    });
    return evidence;
}

// The encoding with the most votes, when no other has as many and Unicode
// has fewer.
LegacyEncoding winner(const Votes& votes, int unicode) {
    LegacyEncoding best = LegacyEncoding::None;
    int most = unicode;
    bool tied = false;
    for (LegacyEncoding encoding : kEncodings) {
        const int count = votes[slot(encoding)];
        if (count > most) {
            best = encoding;
            most = count;
            tied = false;
        } else if (count == most) {
            tied = true;
        }
    }
    return tied ? LegacyEncoding::None : best;
}

LegacyEncoding verdict(const Evidence& evidence) {
    if (evidence.unicodeOnly)
        return LegacyEncoding::None;
    return winner(evidence.legacy, evidence.unicode);
}

} // namespace

LegacyEncoding detectLegacyEncoding(const QString& text) {
    return verdict(weigh(text));
}

LegacyEncoding detectLegacyEncoding(const QStringList& samples) {
    Votes votes{};
    int unicode = 0;
    for (const QString& sample : samples) {
        const Evidence evidence = weigh(sample);
        const LegacyEncoding encoding = verdict(evidence);
        if (encoding != LegacyEncoding::None)
            ++votes[slot(encoding)];
        else
            unicode += evidence.unicodeOnly || evidence.unicode > evidence.strongest();
    }
    return winner(votes, unicode);
}

QString legacyEncodingName(LegacyEncoding encoding) {
    switch (encoding) {
    case LegacyEncoding::Tcvn3:
        return QStringLiteral("TCVN3 (ABC)");
    case LegacyEncoding::Vni:
        return QStringLiteral("VNI");
    case LegacyEncoding::Windows1258:
        return QStringLiteral("Windows-1258");
    case LegacyEncoding::None:
        break;
    }
    return {};
}

QString fromLegacy(const QString& text, LegacyEncoding encoding) {
    if (encoding == LegacyEncoding::None)
        return text;
    if (encoding == LegacyEncoding::Windows1258)
        return readWindows1258(text).text;
    const Evidence evidence = weigh(text);
    if (evidence.unicodeOnly || evidence.unicode > evidence.legacy[slot(encoding)])
        return text;
    const bool capitals = encoding == LegacyEncoding::Tcvn3 && tcvn3InCapitals(text);
    QString converted;
    converted.reserve(text.size());
    forEachRun(text, [&converted, encoding, capitals](QStringView run, bool word) {
        if (!word || (isSyllable(run) && !readsAsVietnamese(run, encoding)))
            converted += run;
        else
            converted += read(run, encoding, capitals).text;
    });
    return converted.normalized(QString::NormalizationForm_C);
}

} // namespace thidua::domain::vn
