#pragma once

#include "result.h"

#include <QString>
#include <QStringList>

namespace thidua::services {

struct ServiceContext;

struct CheckReport {
    int schemaVersion = 0;
    int expectedSchemaVersion = 0;
    QStringList problems;
    bool ok() const { return problems.isEmpty(); }
};

// Keeping a database file healthy: checks and backups.
class MaintenanceService {
public:
    explicit MaintenanceService(ServiceContext& context)
        : context_(context) {}

    Result<CheckReport> check();
    // Safe while the database is in use elsewhere (online backup).
    Status backup(const QString& destinationPath);

private:
    ServiceContext& context_;
};

} // namespace thidua::services
