#include "audit_trail.h"

#include "audit_log.h"

namespace thidua::services {

Result<std::vector<domain::RecordChange>>
auditTrail(storage::Database& db, const QString& entity, const QString& uuid,
           const std::function<QString(const storage::AuditEntry&)>& describe) {
    auto entries = storage::AuditLog(db).forEntity(entity, uuid);
    if (!entries)
        return std::unexpected(entries.error());
    std::vector<domain::RecordChange> changes;
    changes.reserve(entries->size());
    for (const storage::AuditEntry& entry : *entries)
        changes.push_back({entry.at, entry.actor, describe(entry)});
    return changes;
}

} // namespace thidua::services
