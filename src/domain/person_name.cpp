#include "person_name.h"

#include "vietnamese_text.h"

#include <QStringList>

namespace thidua::domain {

QString PersonName::fullName() const {
    QStringList parts;
    for (const QString* part : {&family, &middle, &given}) {
        if (!part->isEmpty())
            parts.append(*part);
    }
    return parts.join(QLatin1Char(' '));
}

PersonName splitFullName(QStringView fullName) {
    // normalized() has collapsed white space, so a plain split gives the words.
    const QStringList words = vn::normalized(fullName).split(QLatin1Char(' '), Qt::SkipEmptyParts);
    PersonName name;
    if (words.isEmpty())
        return name;
    name.given = words.last();
    if (words.size() >= 2)
        name.family = words.first();
    if (words.size() >= 3)
        name.middle = words.mid(1, words.size() - 2).join(QLatin1Char(' '));
    return name;
}

namespace {

QString capitalised(const QString& text) {
    QString result = text.toLower();
    bool wordStart = true;
    for (QChar& c : result) {
        if (wordStart && c.isLetter())
            c = c.toUpper();
        wordStart = c == u' ' || c == u'\'' || c == u'’' || c == u'-';
    }
    return result;
}

} // namespace

PersonName withConventionalCase(const PersonName& name) {
    const QString full = name.fullName();
    if (full != full.toUpper() && full != full.toLower())
        return name;
    return {capitalised(name.family), capitalised(name.middle), capitalised(name.given)};
}

QByteArray personSortKey(const PersonName& name) {
    // sortKey() never contains 0x00, and 0x00 sorts below every key byte, so a
    // shorter given name ends its field before a longer one that shares its
    // prefix: "An" still comes before "Anh" whatever the family names are.
    QByteArray key = vn::sortKey(name.given);
    key.append('\0').append(vn::sortKey(name.family));
    key.append('\0').append(vn::sortKey(name.middle));
    return key;
}

} // namespace thidua::domain
