#include "xlsx_cells.h"

#include <QDate>

#include <algorithm>
#include <cmath>
#include <cstdint>

namespace thidua::interchange::detail {

namespace {

// Four hexadecimal digits, as in _x000D_.
std::optional<char16_t> hexCode(QStringView digits) {
    char16_t value = 0;
    for (const QChar c : digits) {
        const char16_t u = c.unicode();
        int digit = 0;
        if (u >= u'0' && u <= u'9')
            digit = u - u'0';
        else if (u >= u'a' && u <= u'f')
            digit = u - u'a' + 10;
        else if (u >= u'A' && u <= u'F')
            digit = u - u'A' + 10;
        else
            return std::nullopt;
        value = static_cast<char16_t>(value * 16 + digit);
    }
    return value;
}

// The letters of a custom number format that are not quoted text, bracketed
// colours or locales, escaped or padding characters; lower case.
QString formatLetters(QStringView code) {
    QString letters;
    for (qsizetype i = 0; i < code.size(); ++i) {
        const QChar c = code[i];
        if (c == u'"') {
            const qsizetype close = code.indexOf(u'"', i + 1);
            i = close < 0 ? code.size() : close;
        } else if (c == u'[') {
            const qsizetype close = code.indexOf(u']', i + 1);
            const QStringView inside =
                code.sliced(i + 1, (close < 0 ? code.size() : close) - i - 1);
            // Elapsed time ([h]:mm, [mm]:ss) is time; colours and locales are not letters.
            if (!inside.isEmpty() && std::ranges::all_of(inside, [](QChar letter) {
                    return QStringView(u"hHmMsS").contains(letter);
                }))
                letters += inside.toString().toLower();
            i = close < 0 ? code.size() : close;
        } else if (c == u'\\' || c == u'_' || c == u'*') {
            ++i; // the next character is literal, a width or a fill
        } else if (c.isLetter()) {
            letters += c.toLower();
        }
    }
    return letters;
}

} // namespace

std::optional<int> columnIndex(QStringView letters) {
    if (letters.isEmpty() || letters.size() > 3)
        return std::nullopt;
    int value = 0;
    for (const QChar c : letters) {
        const char16_t u = c.toUpper().unicode();
        if (u < u'A' || u > u'Z')
            return std::nullopt;
        value = value * 26 + (u - u'A' + 1);
    }
    if (value > kMaxColumns)
        return std::nullopt;
    return value - 1;
}

std::optional<CellPosition> parseCellReference(QStringView reference) {
    qsizetype split = 0;
    while (split < reference.size() && reference[split].isLetter())
        ++split;
    const auto column = columnIndex(reference.first(split));
    const QStringView digits = reference.sliced(split);
    if (!column || digits.isEmpty() || !digits.front().isDigit())
        return std::nullopt;
    bool ok = false;
    const int row = digits.toInt(&ok);
    if (!ok || row < 1 || row > kMaxRows)
        return std::nullopt;
    return CellPosition{row, *column};
}

bool isDateFormat(int numFmtId, QStringView formatCode) {
    if ((numFmtId >= 14 && numFmtId <= 22) || (numFmtId >= 27 && numFmtId <= 36) ||
        (numFmtId >= 45 && numFmtId <= 47) || (numFmtId >= 50 && numFmtId <= 58))
        return true;
    if (formatCode.isEmpty())
        return false;
    const QString letters = formatLetters(formatCode);
    if (letters.contains(u'd') || letters.contains(u'y'))
        return true;
    return letters.contains(u'm') && !letters.contains(u'h') && !letters.contains(u's');
}

std::optional<QString> serialToIsoDate(double serial, bool date1904) {
    if (!std::isfinite(serial))
        return std::nullopt;
    const double day = std::floor(serial);
    if (date1904) {
        if (day < 0 || day > 2957003)
            return std::nullopt;
        return QDate(1904, 1, 1).addDays(static_cast<qint64>(day)).toString(Qt::ISODate);
    }
    if (day < 1 || day > 2958465)
        return std::nullopt;
    if (day == 60)
        return QStringLiteral("1900-02-29");
    const QDate epoch = day < 60 ? QDate(1899, 12, 31) : QDate(1899, 12, 30);
    return epoch.addDays(static_cast<qint64>(day)).toString(Qt::ISODate);
}

QString formatNumber(double value) {
    if (std::isfinite(value) && value == std::trunc(value) && std::fabs(value) < 1e15)
        return QString::number(static_cast<std::int64_t>(value));
    return QString::number(value, 'g', 15);
}

QString unescapeOoxml(QStringView text) {
    if (!text.contains(u"_x"))
        return text.toString();
    QString out;
    out.reserve(text.size());
    qsizetype i = 0;
    while (i < text.size()) {
        if (text[i] == u'_' && i + 6 < text.size() && text[i + 1] == u'x' && text[i + 6] == u'_') {
            if (const auto code = hexCode(text.sliced(i + 2, 4))) {
                out += QChar(*code);
                i += 7;
                continue;
            }
        }
        out += text[i];
        ++i;
    }
    return out;
}

} // namespace thidua::interchange::detail
