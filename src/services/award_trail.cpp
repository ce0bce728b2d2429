// AwardService::trail: the audit rows of an award told as the sentences its
// page lists.
#include "audit_log.h"
#include "audit_trail.h"
#include "award_repository.h"
#include "award_service.h"
#include "service_context.h"
#include "service_text.h"

namespace thidua::services {

namespace {

QString revokingDecision(const QJsonObject& json) {
    return json.value(QStringLiteral("revoked_by")).toString();
}

QString describe(const storage::AuditEntry& entry) {
    if (entry.action == storage::AuditAction::Create)
        return Text::tr("Recorded by decision %1")
            .arg(entry.after.value(QStringLiteral("decision_number")).toString());
    if (entry.action == storage::AuditAction::Delete)
        return Text::tr("Deleted as entered by mistake");
    const QString before = revokingDecision(entry.before);
    const QString after = revokingDecision(entry.after);
    if (before.isEmpty() && !after.isEmpty()) {
        const QString reason = entry.after.value(QStringLiteral("revocation_reason")).toString();
        return reason.isEmpty() ? Text::tr("Revoked by decision %1").arg(after)
                                : Text::tr("Revoked by decision %1: %2").arg(after, reason);
    }
    if (!before.isEmpty() && after.isEmpty())
        return Text::tr("Revocation withdrawn");
    return Text::tr("Decision details changed");
}

} // namespace

Result<std::vector<domain::RecordChange>> AwardService::trail(domain::RowId awardId) {
    auto award = storage::AwardRepository(context_.db).find(awardId);
    if (!award)
        return std::unexpected(award.error());
    return auditTrail(context_.db, QStringLiteral("award"), award->uuid, describe);
}

} // namespace thidua::services
