#include "period_opening.h"

#include "audit_json.h"
#include "period_repository.h"
#include "service_context.h"
#include "uuid.h"

namespace thidua::services {

Result<domain::Period> openPeriod(ServiceContext& context, domain::Period period) {
    // A fresh uuid that survives ensure() tells that the row is new.
    const QString fresh = storage::ensureUuid({});
    period.uuid = fresh;
    if (auto ok = storage::PeriodRepository(context.db).ensure(period); !ok)
        return std::unexpected(ok.error());
    if (period.uuid == fresh)
        if (auto ok = storage::AuditLog(context.db)
                          .record(context.audit(QStringLiteral("period"), period.uuid,
                                                storage::AuditAction::Create, {}, toJson(period)));
            !ok)
            return std::unexpected(ok.error());
    return period;
}

std::optional<domain::Period> storedPeriod(const std::vector<domain::Period>& periods,
                                           const domain::Period& wanted) {
    for (const domain::Period& period : periods)
        if (period.kind == wanted.kind && period.start == wanted.start && period.end == wanted.end)
            return period;
    return std::nullopt;
}

} // namespace thidua::services
