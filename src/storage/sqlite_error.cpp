#include "sqlite_error.h"

#include <QCoreApplication>

#include <sqlite3.h>

namespace thidua::storage {

namespace {

QString describe(int primaryCode) {
    switch (primaryCode) {
    case SQLITE_CONSTRAINT:
        return QCoreApplication::translate("thidua::storage", "The data breaks a database rule");
    case SQLITE_BUSY:
    case SQLITE_LOCKED:
        return QCoreApplication::translate("thidua::storage",
                                           "The database is busy in another window or program");
    case SQLITE_READONLY:
        return QCoreApplication::translate("thidua::storage", "The database is read-only");
    case SQLITE_CORRUPT:
    case SQLITE_NOTADB:
        return QCoreApplication::translate("thidua::storage",
                                           "The file is damaged or is not a thidua database");
    case SQLITE_CANTOPEN:
        return QCoreApplication::translate("thidua::storage", "The database file cannot be opened");
    case SQLITE_FULL:
        return QCoreApplication::translate("thidua::storage", "The disk is full");
    default:
        return QCoreApplication::translate("thidua::storage", "Database error");
    }
}

} // namespace

Error sqliteError(sqlite3* db, int resultCode) {
    const int primary = resultCode & 0xff;
    const QString detail =
        db ? QString::fromUtf8(sqlite3_errmsg(db)) : QString::fromUtf8(sqlite3_errstr(resultCode));
    const ErrorCode code = primary == SQLITE_CONSTRAINT ? ErrorCode::Conflict : ErrorCode::Storage;
    return Error{code, QStringLiteral("%1 (%2)").arg(describe(primary), detail)};
}

} // namespace thidua::storage
