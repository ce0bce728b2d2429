#pragma once

#include <QByteArray>
#include <QString>
#include <QStringView>

namespace thidua::domain {

// A Vietnamese name as stored: họ, tên đệm, tên.
struct PersonName {
    QString family;
    QString middle;
    QString given;

    QString fullName() const;
    bool operator==(const PersonName&) const = default;
};

// "Nguyễn Thị Tố Nga" -> {Nguyễn, Thị Tố, Nga}. One word is a given name
// only; two words are family and given. Input is normalised first.
PersonName splitFullName(QStringView fullName);

// A name typed all in capitals or all in small letters, as lists and quick
// typing often have it, in the usual form: every word capitalised, and the
// letter after an apostrophe or a hyphen too ("NGUYỄN THỊ TỐ NGA" -> "Nguyễn
// Thị Tố Nga", "KSOR H'BƠI" -> "Ksor H'Bơi"). A name that mixes capitals and
// small letters is kept as typed ("Y Bih Alêô").
PersonName withConventionalCase(const PersonName& name);

// Key for the conventional list order: given name, then family name, then
// middle name, each in Vietnamese collation. memcmp-comparable.
QByteArray personSortKey(const PersonName& name);

} // namespace thidua::domain
