#include "report_service.h"

#include "report_figures.h"
#include "report_note_repository.h"
#include "service_context.h"
#include "service_text.h"

namespace thidua::services {

Result<std::vector<domain::UnitHeadcount>> ReportService::unitHeadcounts(int year) {
    return storage::unitHeadcounts(context_.db, year);
}

Result<std::vector<domain::AwardTally>>
ReportService::awardTallies(int fromYear, int toYear, const std::vector<domain::RowId>& units) {
    return storage::awardTallies(context_.db, fromYear, toYear, units);
}

Result<std::map<QString, QString>> ReportService::notes(const domain::ReportKey& key) {
    return storage::ReportNoteRepository(context_.db).notes(key);
}

Status ReportService::setNote(const domain::ReportKey& key, const QString& section,
                              const QString& text) {
    if (key.scopeUuid.isEmpty() || section.isEmpty())
        return fail(ErrorCode::InvalidInput,
                    Text::tr("A report note needs its report and section."));
    // Trailing blank lines are what an editor leaves behind, not what was meant.
    const QString kept = text.trimmed().isEmpty() ? QString() : text;
    return inTransaction(
        context_,
        [&]() -> Status {
            storage::ReportNoteRepository notes(context_.db);
            auto before = notes.notes(key);
            if (!before)
                return std::unexpected(before.error());
            const auto found = before->find(section);
            const QString old = found == before->end() ? QString() : found->second;
            if (old == kept)
                return {};
            if (auto ok = notes.put(key, section, kept); !ok)
                return ok;
            auto where = [&](const QString& value) {
                return QJsonObject{{QStringLiteral("report"), domain::reportKindCode(key.kind)},
                                   {QStringLiteral("scope"), domain::reportScopeCode(key.scope)},
                                   {QStringLiteral("year"), key.year},
                                   {QStringLiteral("section"), section},
                                   {QStringLiteral("text"), value}};
            };
            return storage::AuditLog(context_.db)
                .record(context_.audit(QStringLiteral("report_note"), key.scopeUuid,
                                       old.isEmpty()    ? storage::AuditAction::Create
                                       : kept.isEmpty() ? storage::AuditAction::Delete
                                                        : storage::AuditAction::Update,
                                       old.isEmpty() ? QJsonObject{} : where(old),
                                       kept.isEmpty() ? QJsonObject{} : where(kept)));
        },
        [&] { return ReportNotesChanged{key}; });
}

} // namespace thidua::services
