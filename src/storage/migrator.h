#pragma once

#include "result.h"

#include <QByteArray>
#include <QString>

#include <vector>

namespace thidua::storage {

class Database;

struct Migration {
    int version = 0; // the user_version the database has after this step
    QString name;
    QByteArray sql;
};

struct MigrationOutcome {
    int fromVersion = 0;
    int toVersion = 0;
    QString backupPath; // empty when nothing needed backing up
};

// The numbered steps in resources/migrations (NNNN_name.sql), in order.
std::vector<Migration> bundledMigrations();

int latestSchemaVersion();

// Brings the schema from PRAGMA user_version up to targetVersion (the latest
// when negative). Each step runs in its own transaction and sets user_version
// with it, so a failed step leaves the previous version intact. A database
// that already holds data is backed up beside its file before the first step.
// A database newer than this program is refused.
Result<MigrationOutcome> migrate(Database& db, const std::vector<Migration>& migrations,
                                 int targetVersion = -1);

inline Result<MigrationOutcome> migrate(Database& db) {
    return migrate(db, bundledMigrations());
}

} // namespace thidua::storage
