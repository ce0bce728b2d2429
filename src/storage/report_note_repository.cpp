#include "report_note_repository.h"

#include "query.h"

namespace thidua::storage {

Result<std::map<QString, QString>> ReportNoteRepository::notes(const domain::ReportKey& key) {
    auto statement = bound(db_,
                           "SELECT section, text FROM report_note WHERE report_kind = ? AND "
                           "scope_kind = ? AND scope_uuid = ? AND year = ?",
                           domain::reportKindCode(key.kind), domain::reportScopeCode(key.scope),
                           key.scopeUuid, key.year);
    if (!statement)
        return std::unexpected(statement.error());
    std::map<QString, QString> notes;
    auto ok = forEachRow(**statement,
                         [&](const Statement& row) { notes.emplace(row.text(0), row.text(1)); });
    if (!ok)
        return std::unexpected(ok.error());
    return notes;
}

Status ReportNoteRepository::put(const domain::ReportKey& key, const QString& section,
                                 const QString& text) {
    if (text.trimmed().isEmpty())
        return exec(db_,
                    "DELETE FROM report_note WHERE report_kind = ? AND scope_kind = ? AND "
                    "scope_uuid = ? AND year = ? AND section = ?",
                    domain::reportKindCode(key.kind), domain::reportScopeCode(key.scope),
                    key.scopeUuid, key.year, section);
    return exec(
        db_,
        "INSERT INTO report_note (report_kind, scope_kind, scope_uuid, year, section, text) "
        "VALUES (?, ?, ?, ?, ?, ?) ON CONFLICT DO UPDATE SET text = excluded.text",
        domain::reportKindCode(key.kind), domain::reportScopeCode(key.scope), key.scopeUuid,
        key.year, section, text);
}

} // namespace thidua::storage
