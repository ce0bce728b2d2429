#pragma once

#include "record_change.h"
#include "result.h"

#include <QString>

#include <functional>
#include <vector>

namespace thidua::storage {
class Database;
struct AuditEntry;
} // namespace thidua::storage

namespace thidua::services {

// A record's audit rows, oldest first, each told in the sentence `describe`
// makes of it: what a record's "changes" tab lists.
Result<std::vector<domain::RecordChange>>
auditTrail(storage::Database& db, const QString& entity, const QString& uuid,
           const std::function<QString(const storage::AuditEntry&)>& describe);

} // namespace thidua::services
