#include "backup.h"

#include "database.h"
#include "log.h"
#include "sqlite_error.h"

#include <QCoreApplication>
#include <QFile>

#include <sqlite3.h>

#include <memory>

namespace thidua::storage {

namespace {

constexpr int PagesPerStep = 1024;
constexpr int RetryDelayMs = 50;

struct ConnectionCloser {
    void operator()(sqlite3* db) const { sqlite3_close_v2(db); }
};

Error backupError(const QString& destination, const QString& detail) {
    return Error{ErrorCode::Io,
                 QCoreApplication::translate("thidua::storage", "Cannot write the backup %1: %2")
                     .arg(destination, detail)};
}

} // namespace

Status backupDatabase(Database& source, const QString& destinationPath) {
    const QString partial = destinationPath + QStringLiteral(".part");
    QFile::remove(partial);
    sqlite3* raw = nullptr;
    const int openRc = sqlite3_open_v2(partial.toUtf8().constData(), &raw,
                                       SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE, nullptr);
    std::unique_ptr<sqlite3, ConnectionCloser> destination(raw);
    if (openRc != SQLITE_OK)
        return std::unexpected(backupError(destinationPath, sqliteError(raw, openRc).message));

    sqlite3_backup* backup = sqlite3_backup_init(raw, "main", source.handle(), "main");
    if (!backup)
        return std::unexpected(
            backupError(destinationPath, sqliteError(raw, sqlite3_errcode(raw)).message));
    int rc = SQLITE_OK;
    do {
        rc = sqlite3_backup_step(backup, PagesPerStep);
        if (rc == SQLITE_BUSY || rc == SQLITE_LOCKED)
            sqlite3_sleep(RetryDelayMs);
    } while (rc == SQLITE_OK || rc == SQLITE_BUSY || rc == SQLITE_LOCKED);
    sqlite3_backup_finish(backup);
    if (rc != SQLITE_DONE) {
        const Error error = backupError(destinationPath, sqliteError(raw, rc).message);
        destination.reset();
        QFile::remove(partial);
        return std::unexpected(error);
    }
    destination.reset();

    QFile::remove(destinationPath);
    if (!QFile::rename(partial, destinationPath)) {
        QFile::remove(partial);
        return std::unexpected(backupError(
            destinationPath,
            QCoreApplication::translate("thidua::storage", "the file cannot be replaced")));
    }
    log::get("storage")->info("backed up {} to {}", source.path(), destinationPath);
    return {};
}

} // namespace thidua::storage
