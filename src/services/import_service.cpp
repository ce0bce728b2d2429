#include "import_service.h"

#include "audit_json.h"
#include "legacy_vietnamese.h"
#include "log.h"
#include "people_import.h"
#include "person_repository.h"
#include "service_context.h"
#include "source_table.h"
#include "table_reader.h"
#include "unit_repository.h"
#include "units_import.h"

namespace thidua::services {

namespace {

// Files typed in the old TCVN3 or VNI fonts are converted as a whole: one
// verdict over every cell, since a single short word can look like either.
QString convertLegacyText(interchange::SourceTable& table) {
    QStringList samples = table.headers;
    for (const auto& row : table.rows)
        samples << row.cells;
    const auto encoding = domain::vn::detectLegacyEncoding(samples);
    if (encoding == domain::vn::LegacyEncoding::None)
        return {};
    for (QString& header : table.headers)
        header = domain::vn::fromLegacy(header, encoding);
    for (auto& row : table.rows)
        for (QString& cell : row.cells)
            cell = domain::vn::fromLegacy(cell, encoding);
    return encoding == domain::vn::LegacyEncoding::Tcvn3 ? QStringLiteral("TCVN3 (ABC)")
                                                         : QStringLiteral("VNI");
}

Status writeUnits(ServiceContext& context, std::vector<importing::PlacedUnit>& units) {
    storage::UnitRepository repository(context.db);
    storage::AuditLog audit(context.db);
    for (auto& entry : units) {
        if (entry.parentInFile >= 0)
            entry.unit.parentId = units[static_cast<std::size_t>(entry.parentInFile)].unit.id;
        if (auto ok = repository.insert(entry.unit); !ok)
            return ok;
        if (auto ok =
                audit.record(context.audit(QStringLiteral("unit"), entry.unit.uuid,
                                           storage::AuditAction::Create, {}, toJson(entry.unit)));
            !ok)
            return ok;
    }
    return {};
}

Status writePeople(ServiceContext& context, std::vector<importing::PersonToImport>& people) {
    storage::PersonRepository repository(context.db);
    storage::AuditLog audit(context.db);
    for (auto& entry : people) {
        if (auto ok = repository.insert(entry.person); !ok)
            return ok;
        if (auto ok =
                audit.record(context.audit(QStringLiteral("person"), entry.person.uuid,
                                           storage::AuditAction::Create, {}, toJson(entry.person)));
            !ok)
            return ok;
    }
    return {};
}

// Checks with check(), then writes every good row with write() in one
// transaction, unless the report or the options forbid it.
template <typename Check, typename Write>
Result<ImportReport> checkAndWrite(ServiceContext& context, interchange::SourceTable& table,
                                   const ImportOptions& options, Check&& check, Write&& write) {
    ImportReport report;
    report.rowsRead = static_cast<int>(table.rows.size());
    report.convertedFrom = convertLegacyText(table);
    auto good = check(table, report.problems);
    if (!good)
        return std::unexpected(good.error());
    report.rowsGood = static_cast<int>(good->size());
    const bool allowed = !options.dryRun && (options.skipBadRows || !report.hasProblems());
    if (allowed && report.rowsGood > 0) {
        auto ok = inTransaction(
            context, [&] { return write(context, *good); }, [] { return DataReloaded{}; });
        if (!ok)
            return std::unexpected(ok.error());
        report.rowsImported = report.rowsGood;
    }
    return report;
}

} // namespace

Result<ImportReport> ImportService::importFile(ImportKind kind, const QString& path,
                                               const ImportOptions& options) {
    auto table = interchange::readTable(path);
    if (!table)
        return std::unexpected(table.error());
    auto report =
        kind == ImportKind::Units
            ? checkAndWrite(
                  context_, *table, options,
                  [&](const interchange::SourceTable& rows, std::vector<ImportProblem>& problems) {
                      return importing::checkUnits(rows, context_.db, problems);
                  },
                  writeUnits)
            : checkAndWrite(
                  context_, *table, options,
                  [&](const interchange::SourceTable& rows, std::vector<ImportProblem>& problems) {
                      return importing::checkPeople(rows, context_.db, context_.clock, problems);
                  },
                  writePeople);
    if (report)
        log::get("services")
            ->info("import of {}: {} rows read, {} imported, {} problems{}", path, report->rowsRead,
                   report->rowsImported, report->problems.size(),
                   options.dryRun ? " (dry run)" : "");
    return report;
}

} // namespace thidua::services
