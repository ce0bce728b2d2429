#include "settings.h"

#include <QDir>
#include <QSettings>

namespace thidua::ui {

namespace {

// Every key in one place; renaming one here moves it everywhere.
enum class Key { WindowGeometry, WindowState, NavigationIndex, RecentFiles, Language };

QString name(Key key) {
    switch (key) {
    case Key::WindowGeometry:
        return QStringLiteral("MainWindow/geometry");
    case Key::WindowState:
        return QStringLiteral("MainWindow/state");
    case Key::NavigationIndex:
        return QStringLiteral("MainWindow/navigationIndex");
    case Key::RecentFiles:
        return QStringLiteral("Files/recent");
    case Key::Language:
        return QStringLiteral("Interface/language");
    }
    return {};
}

} // namespace

Settings::Settings()
    : store_(std::make_unique<QSettings>()) {}

Settings::Settings(const QString& iniPath)
    : store_(std::make_unique<QSettings>(iniPath, QSettings::IniFormat)) {}

Settings::~Settings() = default;

QByteArray Settings::windowGeometry() const {
    return store_->value(name(Key::WindowGeometry)).toByteArray();
}

void Settings::setWindowGeometry(const QByteArray& geometry) {
    store_->setValue(name(Key::WindowGeometry), geometry);
}

QByteArray Settings::windowState() const {
    return store_->value(name(Key::WindowState)).toByteArray();
}

void Settings::setWindowState(const QByteArray& state) {
    store_->setValue(name(Key::WindowState), state);
}

int Settings::navigationIndex() const {
    return store_->value(name(Key::NavigationIndex), 0).toInt();
}

void Settings::setNavigationIndex(int index) {
    store_->setValue(name(Key::NavigationIndex), index);
}

QStringList Settings::recentFiles() const {
    return store_->value(name(Key::RecentFiles)).toStringList().mid(0, MaxRecentFiles);
}

void Settings::setRecentFiles(const QStringList& files) {
    store_->setValue(name(Key::RecentFiles), files.mid(0, MaxRecentFiles));
}

void Settings::addRecentFile(const QString& path) {
    const QString file = QDir::cleanPath(QDir().absoluteFilePath(path));
    QStringList files = recentFiles();
    files.removeAll(file);
    files.prepend(file);
    setRecentFiles(files);
}

Language Settings::language() const {
    return languageFromCode(
        store_->value(name(Key::Language), languageCode(Language::Vietnamese)).toString());
}

void Settings::setLanguage(Language language) {
    store_->setValue(name(Key::Language), languageCode(language));
}

void Settings::sync() {
    store_->sync();
}

} // namespace thidua::ui
