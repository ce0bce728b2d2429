#include "temp_database.h"

#include "migrator.h"
#include "query.h"

#include <gtest/gtest.h>

#include <stdexcept>

namespace thidua::test {

namespace {

storage::Database orThrow(Result<storage::Database> db, const QString& path) {
    if (!db)
        throw std::runtime_error(
            QStringLiteral("cannot open %1: %2").arg(path, db.error().message).toStdString());
    return std::move(*db);
}

} // namespace

TempDatabase::TempDatabase()
    : path_(dir_.filePath(QStringLiteral("thidua.sqlite"))) {
    if (!dir_.isValid())
        throw std::runtime_error("cannot create a temporary folder");
}

storage::Database TempDatabase::open(storage::OpenMode mode) const {
    auto db = orThrow(storage::Database::open(path_, storage::OpenMode::ReadWrite), path_);
    if (auto migrated = storage::migrate(db); !migrated)
        throw std::runtime_error(migrated.error().message.toStdString());
    if (mode == storage::OpenMode::ReadWrite)
        return db;
    return orThrow(storage::Database::open(path_, mode), path_);
}

storage::Database TempDatabase::openRaw() const {
    return orThrow(storage::Database::open(path_), path_);
}

QString schemaDump(storage::Database& db) {
    auto rows = storage::selectAll<QString>(
        db,
        "SELECT type || ' ' || name || ': ' || coalesce(sql, '') FROM sqlite_schema"
        " WHERE name NOT LIKE 'sqlite_%' ORDER BY type, name",
        [](const storage::Statement& row) { return row.text(0); });
    if (!rows)
        throw std::runtime_error(rows.error().message.toStdString());
    QStringList lines(rows->begin(), rows->end());
    return lines.join(QLatin1Char('\n'));
}

} // namespace thidua::test
