#include "text_decoding.h"

#include <QStringDecoder>

#include <algorithm>
#include <optional>

namespace thidua::interchange::detail {

namespace {

QString decodeWith(QStringConverter::Encoding encoding, QByteArrayView bytes) {
    QStringDecoder decoder(encoding, QStringConverter::Flag::Stateless);
    return decoder.decode(bytes);
}

// UTF-16 without a byte order mark: digits, punctuation, spaces and many
// Vietnamese letters (à á â ã è é ê ì í ò ó ô õ ù ú ý) are below U+0100, so the
// high byte of a good share of the pairs is zero, while UTF-8 and 8-bit text
// never contain a zero byte.
std::optional<QStringConverter::Encoding> utf16WithoutBom(QByteArrayView bytes) {
    const qsizetype pairs = std::min<qsizetype>(bytes.size() / 2, 4096);
    if (pairs == 0)
        return std::nullopt;
    qsizetype zeroEven = 0;
    qsizetype zeroOdd = 0;
    for (qsizetype i = 0; i < pairs; ++i) {
        zeroEven += bytes[2 * i] == '\0' ? 1 : 0;
        zeroOdd += bytes[2 * i + 1] == '\0' ? 1 : 0;
    }
    if (zeroOdd * 4 > pairs && zeroEven == 0)
        return QStringConverter::Utf16LE;
    if (zeroEven * 4 > pairs && zeroOdd == 0)
        return QStringConverter::Utf16BE;
    return std::nullopt;
}

// Windows-1252 in 0x80-0x9F, where Latin-1 has control characters. The legacy
// fonts and Windows-1258 keep these dashes, quotes and letters, so a TCVN3
// "Thi đua – Khen thưởng" keeps its dash. The five bytes 1252 leaves
// undefined stay control characters.
constexpr char16_t kWindows1252High[0x20] = {
    u'€', 0x81, u'‚', u'ƒ', u'„', u'…', u'†', u'‡', u'ˆ', u'‰', u'Š', u'‹', u'Œ', 0x8D, u'Ž', 0x8F,
    0x90, u'‘', u'’', u'“', u'”', u'•', u'–', u'—', u'˜', u'™', u'š', u'›', u'œ', 0x9D, u'ž', u'Ÿ',
};

QString fromWindows1252(QByteArrayView bytes) {
    QString text = QString::fromLatin1(bytes);
    for (QChar& c : text) {
        if (c.unicode() >= 0x80 && c.unicode() <= 0x9F)
            c = QChar(kWindows1252High[c.unicode() - 0x80]);
    }
    return text;
}

} // namespace

DecodedText decodeText(const QByteArray& bytes) {
    const QByteArrayView view(bytes);
    if (view.startsWith("\xEF\xBB\xBF"))
        return {decodeWith(QStringConverter::Utf8, view.sliced(3)), SourceEncoding::Utf8};
    if (view.startsWith("\xFF\xFE"))
        return {decodeWith(QStringConverter::Utf16LE, view.sliced(2)), SourceEncoding::Utf16};
    if (view.startsWith("\xFE\xFF"))
        return {decodeWith(QStringConverter::Utf16BE, view.sliced(2)), SourceEncoding::Utf16};
    if (const auto utf16 = utf16WithoutBom(view))
        return {decodeWith(*utf16, view), SourceEncoding::Utf16};

    QStringDecoder utf8(QStringConverter::Utf8, QStringConverter::Flag::Stateless);
    QString text = utf8.decode(view);
    if (!utf8.hasError())
        return {std::move(text), SourceEncoding::Utf8};
    return {fromWindows1252(view), SourceEncoding::LegacyBytes};
}

} // namespace thidua::interchange::detail
