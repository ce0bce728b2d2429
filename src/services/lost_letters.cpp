#include "lost_letters.h"

#include "service_text.h"

namespace thidua::services::importing {

std::optional<QString> lostLettersInHeaders(const QStringList& headers) {
    for (const QString& header : headers) {
        const qsizetype question = header.indexOf(u'?');
        if (header.contains(QChar::ReplacementCharacter) ||
            (question >= 0 && question < header.size() - 1))
            return lostLettersMessage(header);
    }
    return std::nullopt;
}

bool valueLostLetters(QStringView value) {
    return value.contains(u'?') || value.contains(QChar::ReplacementCharacter);
}

QString lostLettersMessage(const QString& value) {
    return Text::tr("\"%1\" has \"?\" where letters were: the file lost its Vietnamese letters "
                    "when it was saved. Open the original and save it as \"CSV UTF-8 (Comma "
                    "delimited)\" or as an Excel workbook (.xlsx), then import that.")
        .arg(value);
}

} // namespace thidua::services::importing
