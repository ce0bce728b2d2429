#pragma once

#include "import_template.h"
#include "language.h"
#include "submission.h"

#include <QByteArray>
#include <QStringList>

#include <memory>
#include <vector>

class QSettings;

namespace thidua::ui {

// The user interface's settings, typed: callers never spell a key. Values
// missing from the store read as their defaults.
class Settings {
public:
    // The user's own settings (organisation and application name of the app).
    Settings();
    // A store of its own in an INI file, for tests and for rendering screenshots
    // without touching the user's window layout.
    explicit Settings(const QString& iniPath);
    ~Settings();
    Settings(const Settings&) = delete;
    Settings& operator=(const Settings&) = delete;

    static constexpr int MaxRecentFiles = 8;

    QByteArray windowGeometry() const;
    void setWindowGeometry(const QByteArray& geometry);
    QByteArray windowState() const;
    void setWindowState(const QByteArray& state);
    int navigationIndex() const;
    void setNavigationIndex(int index);
    // Most recent first, at most MaxRecentFiles.
    QStringList recentFiles() const;
    void setRecentFiles(const QStringList& files);
    // Puts path first in the recent files.
    void addRecentFile(const QString& path);
    Language language() const;
    void setLanguage(Language language);
    // The import wizard's saved column mappings, in the order they were saved.
    std::vector<ImportTemplate> importTemplates() const;
    void setImportTemplates(const std::vector<ImportTemplate>& templates);
    // Where the import wizard last found a file; empty before the first import.
    QString importFolder() const;
    void setImportFolder(const QString& folder);
    // The number and recipients last given a tờ trình of the scope, a key
    // without '/' (the page's: its database and proposing unit); empty
    // before the first.
    reports::SubmissionAddress submissionAddress(const QString& scope) const;
    void setSubmissionAddress(const QString& scope, const reports::SubmissionAddress& address);

    void sync();

private:
    std::unique_ptr<QSettings> store_;
};

} // namespace thidua::ui
