#include "language.h"

#include "gui_entry.h"
#include "log.h"
#include "settings.h"

#include <QCoreApplication>
#include <QPointer>
#include <QTranslator>

namespace thidua::ui {

namespace {

// The translator currently installed, owned by the application.
QPointer<QTranslator>& installedTranslator() {
    static QPointer<QTranslator> translator;
    return translator;
}

} // namespace

QString languageCode(Language language) {
    return language == Language::English ? QStringLiteral("en") : QStringLiteral("vi");
}

Language languageFromCode(const QString& code) {
    return code == QStringLiteral("en") ? Language::English : Language::Vietnamese;
}

void applyLanguage(Language language) {
    if (QTranslator* old = installedTranslator()) {
        QCoreApplication::removeTranslator(old);
        delete old;
    }
    if (language == Language::English)
        return; // the source strings are English
    auto translator = new QTranslator(QCoreApplication::instance());
    // Built from resources/translations by qt_add_translations().
    if (!translator->load(QStringLiteral(":/i18n/thidua_%1.qm").arg(languageCode(language)))) {
        log::get("ui")->error("no translation for language {}", languageCode(language));
        delete translator;
        return;
    }
    QCoreApplication::installTranslator(translator);
    installedTranslator() = translator;
}

void installTranslations(QCoreApplication& app) {
    Q_UNUSED(app); // a reminder that one must exist: applyLanguage() installs into it
    applyLanguage(Settings().language());
}

} // namespace thidua::ui
