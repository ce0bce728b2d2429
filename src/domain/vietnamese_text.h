#pragma once

#include <QByteArray>
#include <QString>
#include <QStringList>
#include <QStringView>

// Vietnamese text rules shared by every layer: what is stored, how it is
// searched and how it is ordered. SQLite's own text functions are ASCII-only,
// so keys are computed here and stored beside the text.
namespace thidua::domain::vn {

// NFC, trimmed, runs of white space collapsed to one space. Everything that is
// stored goes through this first (text pasted from Word may arrive as NFD).
QString normalized(QStringView text);

// Diacritics removed, đ/Đ mapped to d, lower case, white space collapsed:
// "Hoà", "hòa" and "HOA" all give "hoa"; "Nguyễn Thị Tố Nga" gives
// "nguyen thi to nga".
QString searchKey(QStringView text);

// The words a search is made of: the search key cut at every character that
// is not a letter or a digit. "Nguyễn Thị Tố-Nga" gives nguyen, thi, to, nga.
// SQLite's FTS5 unicode61 tokenizer cuts a search key at the same places.
QStringList searchWords(QStringView text);

// True when every word typed begins some word of the key, in any order:
// "nguyen nga" and "to ng" both find "nguyen thi to nga", "uyen" does not.
// This is how a clerk types a name. key is a stored searchKey(); typedWords
// are the searchWords() of what was typed; no words match every key.
bool wordsMatch(QStringView key, const QStringList& typedWords);

// Byte string whose memcmp order is the CLDR Vietnamese collation:
// letters a ă â b c d đ e ê f g h i j k l m n o ô ơ p q r s t u ư v w x y z at
// the first level, tones (none, huyền, hỏi, ngã, sắc, nặng) at the second,
// case (lower before upper) at the third. The tone is taken per syllable, so
// "hoà" and "hòa" have the same key. Safe to store as a SQLite BLOB.
QByteArray sortKey(QStringView text);

// Three-way comparison in the same order as sortKey().
int compare(QStringView a, QStringView b);

} // namespace thidua::domain::vn
