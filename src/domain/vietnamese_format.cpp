#include "vietnamese_format.h"

#include "vietnamese_text.h"

#include <QRegularExpression>
#include <QStringList>

#include <algorithm>
#include <array>
#include <charconv>
#include <cmath>
#include <string>

namespace thidua::domain::vn {

namespace {

QString padded(int value, int width) {
    return QStringLiteral("%1").arg(value, width, 10, QLatin1Char('0'));
}

// Vietnamese writes "." between groups of three digits.
QString groupThousands(QStringView digits) {
    QString out;
    out.reserve(digits.size() + digits.size() / 3);
    for (qsizetype i = 0; i < digits.size(); ++i) {
        if (i > 0 && (digits.size() - i) % 3 == 0)
            out.append(QLatin1Char('.'));
        out.append(digits[i]);
    }
    return out;
}

// "2.340.000" -> "2340000"; empty when the dots are not at every third digit,
// so that "12.34.5" is never taken for an integer with separators.
std::string ungroupThousands(QStringView text) {
    const QStringList groups = text.toString().split(QLatin1Char('.'));
    std::string digits;
    for (qsizetype i = 0; i < groups.size(); ++i) {
        const QString& group = groups[i];
        const bool sizeOk = i == 0 ? group.size() >= 1 && group.size() <= 3 : group.size() == 3;
        if (!sizeOk)
            return {};
        for (QChar c : group) {
            if (c < QLatin1Char('0') || c > QLatin1Char('9'))
                return {};
            digits.push_back(char(c.unicode()));
        }
    }
    return digits;
}

bool allAsciiDigits(QStringView text) {
    if (text.isEmpty())
        return false;
    for (QChar c : text) {
        if (c < QLatin1Char('0') || c > QLatin1Char('9'))
            return false;
    }
    return true;
}

} // namespace

QString formatDate(QDate date) {
    if (!date.isValid())
        return {};
    return QStringLiteral("%1/%2/%3")
        .arg(padded(date.day(), 2), padded(date.month(), 2), padded(date.year(), 4));
}

QByteArray isoDate(QDate date) {
    if (!date.isValid())
        return {};
    const int year = date.year();
    if (year < 1 || year > 9999)
        return date.toString(Qt::ISODate).toLatin1();
    QByteArray text("0000-00-00");
    for (int at = 3, rest = year; at >= 0; --at, rest /= 10)
        text[at] = static_cast<char>('0' + rest % 10);
    text[5] = static_cast<char>('0' + date.month() / 10);
    text[6] = static_cast<char>('0' + date.month() % 10);
    text[8] = static_cast<char>('0' + date.day() / 10);
    text[9] = static_cast<char>('0' + date.day() % 10);
    return text;
}

QString formatOfficialDate(QDate date) {
    if (!date.isValid())
        return {};
    // Nghị định 30/2020: the leading zero on January and February keeps a
    // "1" or "2" from being extended into "11" or "12" by hand.
    const int monthWidth = date.month() <= 2 ? 2 : 1;
    return QStringLiteral("ngày %1 tháng %2 năm %3")
        .arg(padded(date.day(), 2), padded(date.month(), monthWidth), QString::number(date.year()));
}

// Read by hand, not with regular expressions: an import reads two dates a row.
std::optional<QDate> parseDate(QStringView text) {
    const QStringView s = text.trimmed();
    qsizetype at = 0;
    // The ASCII digits at `at`, at least `fewest` and at most `most`; -1 if too few.
    auto digits = [&](int fewest, int most) {
        int value = 0;
        int count = 0;
        for (; at < s.size() && count < most && s[at] >= u'0' && s[at] <= u'9'; ++at, ++count)
            value = value * 10 + (s[at].unicode() - u'0');
        return count >= fewest ? value : -1;
    };
    auto followedBy = [&](QChar c) {
        return at < s.size() && s[at] == c && ++at;
    };
    auto valid = [](int year, int month, int day) -> std::optional<QDate> {
        const QDate date(year, month, day);
        return date.isValid() ? std::optional<QDate>(date) : std::nullopt;
    };
    // d/M/yyyy with "/", "." or "-", the same one twice.
    if (const int day = digits(1, 2); day >= 0 && at < s.size()) {
        const QChar separator = s[at];
        if ((separator == u'/' || separator == u'.' || separator == u'-') && followedBy(separator))
            if (const int month = digits(1, 2); month >= 0 && followedBy(separator))
                if (const int year = digits(4, 4); year >= 0 && at == s.size())
                    return valid(year, month, day);
    }
    at = 0;
    if (const int year = digits(4, 4); year >= 0 && followedBy(u'-'))
        if (const int month = digits(2, 2); month >= 0 && followedBy(u'-'))
            if (const int day = digits(2, 2); day >= 0 && at == s.size())
                return valid(year, month, day);
    // Only text the fast forms refused reaches the pattern.
    static const QRegularExpression official(
        QStringLiteral(R"(^(?:ngay )?(\d{1,2}) thang (\d{1,2}),? nam (\d{4})$)"));
    if (const auto match = official.match(searchKey(s)); match.hasMatch())
        return valid(match.captured(3).toInt(), match.captured(2).toInt(),
                     match.captured(1).toInt());
    return std::nullopt;
}

QString quotedList(const QStringList& names) {
    QStringList quoted;
    for (const QString& name : names)
        quoted << QLatin1Char('"') + name + QLatin1Char('"');
    return quoted.join(QStringLiteral(", "));
}

QString formatInteger(qint64 value) {
    // Work on the magnitude as unsigned: -INT64_MIN does not fit in qint64.
    const quint64 magnitude = value < 0 ? 0 - quint64(value) : quint64(value);
    const QString grouped = groupThousands(QString::number(magnitude));
    return value < 0 ? QLatin1Char('-') + grouped : grouped;
}

QString formatDecimal(double value, int maxFractionDigits) {
    if (!std::isfinite(value))
        return {};
    maxFractionDigits = std::max(maxFractionDigits, 0);
    // Round the shortest decimal that reads back as `value`, not the binary
    // value itself: 2.675 is stored as 2.67499..., but the user typed 2.675
    // and expects 2.68.
    std::array<char, 400> buffer{};
    const auto result = std::to_chars(buffer.data(), buffer.data() + buffer.size(),
                                      std::fabs(value), std::chars_format::fixed);
    if (result.ec != std::errc())
        return {};
    const std::string text(buffer.data(), result.ptr);
    const auto point = text.find('.');
    std::string integer = text.substr(0, point);
    std::string fraction = point == std::string::npos ? std::string() : text.substr(point + 1);

    if (fraction.size() > size_t(maxFractionDigits)) {
        const bool roundUp = fraction[size_t(maxFractionDigits)] >= '5'; // half away from zero
        fraction.resize(size_t(maxFractionDigits));
        if (roundUp) {
            std::string digits = integer + fraction;
            auto i = digits.size();
            while (i > 0 && digits[i - 1] == '9')
                digits[--i] = '0';
            if (i == 0)
                digits.insert(digits.begin(), '1');
            else
                ++digits[i - 1];
            integer = digits.substr(0, digits.size() - fraction.size());
            fraction = digits.substr(digits.size() - fraction.size());
        }
    }
    while (!fraction.empty() && fraction.back() == '0')
        fraction.pop_back();

    // No "-0" when the value is -0.0 or rounds to zero.
    const bool zero = integer.find_first_not_of('0') == std::string::npos && fraction.empty();
    QString out = groupThousands(QString::fromLatin1(integer.data(), qsizetype(integer.size())));
    if (!fraction.empty())
        out += QLatin1Char(',') + QString::fromLatin1(fraction.data(), qsizetype(fraction.size()));
    return value < 0 && !zero ? QLatin1Char('-') + out : out;
}

std::optional<qint64> parseAmount(QStringView text) {
    QString digits = text.toString();
    // "đồng" before "đ", which would otherwise leave "ồng" behind.
    digits.remove(QRegularExpression(QStringLiteral("đồng|Đồng|ĐỒNG|đ|Đ|[\\s.,]")));
    if (digits.isEmpty())
        return 0;
    bool ok = false;
    const qint64 amount = digits.toLongLong(&ok);
    return ok && amount >= 0 ? std::optional<qint64>(amount) : std::nullopt;
}

std::optional<double> parseDecimal(QStringView text) {
    QStringView t = text.trimmed();
    bool negative = false;
    if (!t.isEmpty() && (t.front() == QLatin1Char('-') || t.front() == QLatin1Char('+'))) {
        negative = t.front() == QLatin1Char('-');
        t = t.mid(1);
    }
    const qsizetype commas = t.count(QLatin1Char(','));
    const qsizetype dots = t.count(QLatin1Char('.'));
    QStringView integerPart = t;
    QStringView fractionPart;
    bool grouped = dots >= 2;
    if (commas > 1)
        return std::nullopt;
    if (commas == 1) {
        // Vietnamese form: "," is the decimal mark, any "." groups thousands.
        const qsizetype comma = t.indexOf(QLatin1Char(','));
        integerPart = t.left(comma);
        fractionPart = t.mid(comma + 1);
        grouped = dots > 0;
        if (!allAsciiDigits(fractionPart))
            return std::nullopt;
    } else if (dots == 1) {
        // A lone "." is a decimal point ("1.5" as typed on an English
        // keyboard), so "2.340" reads 2,34; write "2340" for the integer.
        const qsizetype dot = t.indexOf(QLatin1Char('.'));
        integerPart = t.left(dot);
        fractionPart = t.mid(dot + 1);
        if (!allAsciiDigits(fractionPart))
            return std::nullopt;
    }
    std::string number;
    if (grouped) {
        number = ungroupThousands(integerPart);
    } else if (allAsciiDigits(integerPart)) {
        number = integerPart.toLatin1().toStdString();
    }
    if (number.empty())
        return std::nullopt;
    if (!fractionPart.isEmpty())
        number += '.' + fractionPart.toLatin1().toStdString();

    double value = 0;
    const auto [end, error] = std::from_chars(number.data(), number.data() + number.size(), value);
    if (error != std::errc() || end != number.data() + number.size())
        return std::nullopt;
    return negative ? -value : value;
}

QString toRoman(int value) {
    if (value < 1 || value > 3999)
        return {};
    struct Numeral {
        int value;
        const char* symbol;
    };
    static constexpr Numeral numerals[] = {
        {1000, "M"}, {900, "CM"}, {500, "D"}, {400, "CD"}, {100, "C"}, {90, "XC"}, {50, "L"},
        {40, "XL"},  {10, "X"},   {9, "IX"},  {5, "V"},    {4, "IV"},  {1, "I"}};
    QString out;
    for (const Numeral& n : numerals) {
        for (; value >= n.value; value -= n.value)
            out.append(QLatin1String(n.symbol));
    }
    return out;
}

std::optional<int> fromRoman(QStringView text) {
    const QString upper = text.trimmed().toString().toUpper();
    if (upper.isEmpty() || upper.size() > 15) // MMMDCCCLXXXVIII is the longest
        return std::nullopt;
    auto valueOf = [](QChar c) {
        switch (c.unicode()) {
        case u'I':
            return 1;
        case u'V':
            return 5;
        case u'X':
            return 10;
        case u'L':
            return 50;
        case u'C':
            return 100;
        case u'D':
            return 500;
        case u'M':
            return 1000;
        default:
            return 0;
        }
    };
    int total = 0;
    for (qsizetype i = 0; i < upper.size(); ++i) {
        const int v = valueOf(upper[i]);
        if (v == 0)
            return std::nullopt;
        const int next = i + 1 < upper.size() ? valueOf(upper[i + 1]) : 0;
        total += v < next ? -v : v;
    }
    // The additive reading accepts "IIII" and "IC"; only the canonical
    // spelling of the value it yields is a numeral we accept.
    if (toRoman(total) != upper)
        return std::nullopt;
    return total;
}

} // namespace thidua::domain::vn
