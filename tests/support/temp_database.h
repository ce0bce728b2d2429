#pragma once

#include "database.h"
#include "qt_printers.h"

#include <QString>
#include <QTemporaryDir>

namespace thidua::test {

// A real SQLite file in a fresh temporary folder, removed with the fixture.
class TempDatabase {
public:
    TempDatabase();

    QString path() const { return path_; }
    QString dir() const { return dir_.path(); }

    // A new connection to the file, migrated to the latest schema; fails the
    // current test when that is not possible.
    storage::Database open(storage::OpenMode mode = storage::OpenMode::ReadWrite) const;
    // A connection without migrating.
    storage::Database openRaw() const;

private:
    QTemporaryDir dir_;
    QString path_;
};

// The schema as SQLite stores it (tables, indexes, triggers), one definition a
// line in name order: two databases with equal dumps have the same schema.
QString schemaDump(storage::Database& db);

} // namespace thidua::test
