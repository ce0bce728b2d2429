#pragma once

#include "result.h"

#include <QString>
#include <QStringList>

namespace thidua::storage {

class Database;

struct IntegrityReport {
    int schemaVersion = 0;
    int expectedSchemaVersion = 0;
    QStringList problems; // each names the table, row or rule concerned
    bool ok() const { return problems.isEmpty(); }
};

// SQLite's integrity and foreign-key checks, the schema version, and the data
// rules a database must keep whatever wrote it: titles that fit their subject,
// search keys that match the names, one head per cluster.
Result<IntegrityReport> checkIntegrity(Database& db);

} // namespace thidua::storage
