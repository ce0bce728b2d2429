// NominationService::trail: the audit rows of a nomination told as the
// sentences its page lists.
#include "audit_log.h"
#include "audit_trail.h"
#include "nomination_repository.h"
#include "nomination_service.h"
#include "service_context.h"
#include "service_text.h"

namespace thidua::services {

namespace {

QString statusNameOf(const QJsonObject& json) {
    const auto status =
        domain::nominationStatusFromText(json.value(QStringLiteral("status")).toString());
    return status ? domain::nominationStatusName(*status) : QString();
}

QString describe(const storage::AuditEntry& entry) {
    if (entry.action == storage::AuditAction::Create)
        return Text::tr("Proposed");
    const QString added = entry.after.value(QStringLiteral("file_added")).toString();
    if (!added.isEmpty()) {
        const auto paper =
            domain::dossierPaperFromCode(entry.after.value(QStringLiteral("paper")).toString());
        return Text::tr("File %1 added as %2")
            .arg(added, domain::dossierPaperName(paper.value_or(domain::DossierPaper::Other)));
    }
    const QString removed = entry.before.value(QStringLiteral("file_removed")).toString();
    if (!removed.isEmpty())
        return Text::tr("File %1 removed").arg(removed);
    const QString before = statusNameOf(entry.before);
    const QString after = statusNameOf(entry.after);
    if (before == after)
        return Text::tr("Award, proposing unit or basis changed");
    const QString reason = entry.after.value(QStringLiteral("status_reason")).toString();
    return reason.isEmpty() ? Text::tr("Moved to \"%1\"").arg(after)
                            : Text::tr("Moved to \"%1\": %2").arg(after, reason);
}

} // namespace

Result<std::vector<domain::RecordChange>> NominationService::trail(domain::RowId id) {
    auto nomination = storage::NominationRepository(context_.db).find(id);
    if (!nomination)
        return std::unexpected(nomination.error());
    return auditTrail(context_.db, QStringLiteral("nomination"), nomination->uuid, describe);
}

} // namespace thidua::services
