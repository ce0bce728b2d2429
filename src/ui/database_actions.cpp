#include "database_actions.h"

#include "file_dialog.h"
#include "maintenance_service.h"
#include "message_box.h"
#include "session.h"
#include "settings.h"

#include <QDate>
#include <QDir>
#include <QFileInfo>

namespace thidua::ui {

namespace {

// Where a dialog starts: beside the database in use, else the home folder.
QString startFolder(const Session& session) {
    return session.workspace() ? QFileInfo(session.workspace()->path()).absolutePath()
                               : QDir::homePath();
}

} // namespace

DatabaseActions::DatabaseActions(Session& session, Settings& settings, QWidget* window)
    : QObject(window)
    , session_(session)
    , settings_(settings)
    , window_(window) {}

QString DatabaseActions::databaseFilter() const {
    return tr("thidua databases (*.sqlite *.sqlite3 *.db);;All files (*)");
}

void DatabaseActions::newDatabase() {
    // Overwriting is refused below, not confirmed: a database is never replaced
    // by an empty one through this dialog.
    QString path = FileDialog::getSaveFileName(
        window_, tr("New Database"), QDir(startFolder(session_)).filePath(tr("new.sqlite")),
        databaseFilter(), QFileDialog::DontConfirmOverwrite);
    if (path.isEmpty())
        return;
    if (QFileInfo(path).suffix().isEmpty())
        path += QStringLiteral(".sqlite");
    if (QFileInfo::exists(path)) {
        MessageBox::warning(window_, tr("New Database"),
                            tr("%1 already exists. Use File > Open to work on it.")
                                .arg(QDir::toNativeSeparators(path)));
        return;
    }
    if (open(path))
        Q_EMIT statusMessage(tr("Created an empty database."));
}

void DatabaseActions::openDatabase() {
    const QString path = FileDialog::getOpenFileName(window_, tr("Open Database"),
                                                     startFolder(session_), databaseFilter());
    if (!path.isEmpty())
        open(path);
}

void DatabaseActions::openRecent(const QString& path) {
    if (!QFileInfo::exists(path)) {
        QStringList files = settings_.recentFiles();
        files.removeAll(path);
        settings_.setRecentFiles(files);
        MessageBox::warning(window_, tr("Open Recent"),
                            tr("%1 no longer exists; it was removed from the list.")
                                .arg(QDir::toNativeSeparators(path)));
        return;
    }
    open(path);
}

bool DatabaseActions::open(const QString& path) {
    if (auto opened = session_.open(path); !opened) {
        MessageBox::critical(window_, tr("Open Database"), opened.error().message);
        return false;
    }
    settings_.addRecentFile(path);
    return true;
}

void DatabaseActions::backUp() {
    services::Workspace* workspace = session_.workspace();
    if (!workspace)
        return;
    const QString suggested = QStringLiteral("%1-%2.sqlite")
                                  .arg(QFileInfo(workspace->path()).completeBaseName(),
                                       QDate::currentDate().toString(QStringLiteral("yyyy-MM-dd")));
    const QString path = FileDialog::getSaveFileName(
        window_, tr("Back Up Database"), QDir(startFolder(session_)).filePath(suggested),
        databaseFilter());
    if (path.isEmpty())
        return;
    if (QFileInfo(path).absoluteFilePath() == QFileInfo(workspace->path()).absoluteFilePath()) {
        MessageBox::warning(window_, tr("Back Up Database"),
                            tr("A backup must go to another file than the database itself."));
        return;
    }
    if (auto done = workspace->maintenance().backup(path); !done) {
        MessageBox::critical(window_, tr("Back Up Database"), done.error().message);
        return;
    }
    Q_EMIT statusMessage(tr("Backed up to %1").arg(QDir::toNativeSeparators(path)));
}

} // namespace thidua::ui
