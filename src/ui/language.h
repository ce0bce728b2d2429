#pragma once

#include <QString>

namespace thidua::ui {

// The languages of the user interface. Vietnamese is the default; the source
// strings are English.
enum class Language { Vietnamese, English };

QString languageCode(Language language); // "vi", "en"
Language languageFromCode(const QString& code);

// Replaces the application's translators with those for language; every
// widget then receives QEvent::LanguageChange and retranslates itself.
void applyLanguage(Language language);

} // namespace thidua::ui
