#pragma once

#include "audit_json.h"
#include "service_context.h"

// The audit rows of scoring: entity "criteria_table" for a table's changes,
// "scoring_round" for a round's (opened, closed, reopened, and every point
// given or cleared, recorded against its round). Internal to the services
// library.
namespace thidua::services {

inline Status auditScoring(ServiceContext& context, const QString& entity, const QString& uuid,
                           storage::AuditAction action, QJsonObject before, QJsonObject after) {
    return storage::AuditLog(context.db)
        .record(context.audit(entity, uuid, action, std::move(before), std::move(after)));
}

} // namespace thidua::services
