#include "maintenance_service.h"

#include "backup.h"
#include "integrity_check.h"
#include "service_context.h"

namespace thidua::services {

Result<CheckReport> MaintenanceService::check() {
    auto report = storage::checkIntegrity(context_.db);
    if (!report)
        return std::unexpected(report.error());
    return CheckReport{report->schemaVersion, report->expectedSchemaVersion, report->problems};
}

Status MaintenanceService::backup(const QString& destinationPath) {
    return storage::backupDatabase(context_.db, destinationPath);
}

} // namespace thidua::services
