#include "settings.h"

#include <QDir>
#include <QSettings>

#include <algorithm>

namespace thidua::ui {

namespace {

// Every key in one place; renaming one here moves it everywhere.
enum class Key {
    WindowGeometry,
    WindowState,
    NavigationIndex,
    RecentFiles,
    Language,
    ImportTemplates,
    ImportFolder,
    Submissions,
};

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
    case Key::ImportTemplates:
        return QStringLiteral("Import/templates");
    case Key::ImportFolder:
        return QStringLiteral("Import/folder");
    case Key::Submissions:
        return QStringLiteral("Submissions");
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

// Each template is one entry of an array: its name, its kind, and its headers
// with the field each one holds as two lists of the same length.
std::vector<ImportTemplate> Settings::importTemplates() const {
    std::vector<ImportTemplate> templates;
    const int count = store_->beginReadArray(name(Key::ImportTemplates));
    for (int index = 0; index < count; ++index) {
        store_->setArrayIndex(index);
        ImportTemplate entry;
        entry.name = store_->value(QStringLiteral("name")).toString();
        entry.kind = services::importKindFromCode(store_->value(QStringLiteral("kind")).toString())
                         .value_or(services::ImportKind::People);
        const QStringList headers = store_->value(QStringLiteral("headers")).toStringList();
        const QStringList fields = store_->value(QStringLiteral("fields")).toStringList();
        for (qsizetype column = 0; column < std::min(headers.size(), fields.size()); ++column)
            entry.columns.emplace_back(headers.at(column), fields.at(column));
        if (!entry.name.isEmpty())
            templates.push_back(std::move(entry));
    }
    store_->endArray();
    return templates;
}

void Settings::setImportTemplates(const std::vector<ImportTemplate>& templates) {
    store_->remove(name(Key::ImportTemplates));
    store_->beginWriteArray(name(Key::ImportTemplates), static_cast<int>(templates.size()));
    for (std::size_t index = 0; index < templates.size(); ++index) {
        const ImportTemplate& entry = templates[index];
        store_->setArrayIndex(static_cast<int>(index));
        store_->setValue(QStringLiteral("name"), entry.name);
        store_->setValue(QStringLiteral("kind"), services::importKindCode(entry.kind));
        QStringList headers;
        QStringList fields;
        for (const auto& [header, field] : entry.columns) {
            headers << header;
            fields << field;
        }
        store_->setValue(QStringLiteral("headers"), headers);
        store_->setValue(QStringLiteral("fields"), fields);
    }
    store_->endArray();
}

QString Settings::importFolder() const {
    return store_->value(name(Key::ImportFolder)).toString();
}

void Settings::setImportFolder(const QString& folder) {
    store_->setValue(name(Key::ImportFolder), folder);
}

reports::SubmissionAddress Settings::submissionAddress(const QString& scope) const {
    store_->beginGroup(name(Key::Submissions) + QLatin1Char('/') + scope);
    reports::SubmissionAddress address{store_->value(QStringLiteral("number")).toString(),
                                       store_->value(QStringLiteral("recipients")).toStringList()};
    store_->endGroup();
    return address;
}

void Settings::setSubmissionAddress(const QString& scope,
                                    const reports::SubmissionAddress& address) {
    store_->beginGroup(name(Key::Submissions) + QLatin1Char('/') + scope);
    store_->setValue(QStringLiteral("number"), address.number);
    store_->setValue(QStringLiteral("recipients"), address.recipients);
    store_->endGroup();
}

void Settings::sync() {
    store_->sync();
}

} // namespace thidua::ui
