#pragma once

#include <QString>
#include <QStringList>
#include <QStringView>

#include <optional>

// Files that lost their Vietnamese letters before they reached us. Excel's
// "CSV (Comma delimited)" saves in the code page of Windows' language, and on
// an English Windows every letter that code page lacks becomes "?":
// "Nguyễn Văn Vũ" is saved as "Nguy?n V?n V?". No conversion brings them
// back; the import must say so instead of storing the question marks or
// reporting columns and names it cannot find. Internal to the imports.
namespace thidua::services::importing {

// lostLettersMessage() for the first header with a "?" before its end, or
// with the replacement character "�" that programs put for bytes they could
// not read: "Gi?i tính", "??n v?". A "?" ending a header may be a question
// ("Có pháp nhân?"). Nothing when the headers are whole.
std::optional<QString> lostLettersInHeaders(const QStringList& headers);

// A name (of a person, a unit) or a title with a "?" or "�" anywhere: they
// have neither of their own ("L?TT" was LĐTT).
bool valueLostLetters(QStringView value);

// The sentence naming the value and what to do about the file.
QString lostLettersMessage(const QString& value);

} // namespace thidua::services::importing
