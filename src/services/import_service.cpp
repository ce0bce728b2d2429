#include "import_service.h"

#include "audit_json.h"
#include "import_progress.h"
#include "import_table.h"
#include "log.h"
#include "people_import.h"
#include "person_repository.h"
#include "service_context.h"
#include "unit_repository.h"
#include "units_import.h"

#include <algorithm>

namespace thidua::services {

namespace {

using importing::ImportProgress;

// Each write is one step after the rows checked, so one bar covers both.
Status writeUnits(ServiceContext& context, std::vector<importing::PlacedUnit>& units,
                  ImportProgress& progress, qint64 checked) {
    storage::UnitRepository repository(context.db);
    storage::AuditLog audit(context.db);
    qint64 written = 0;
    for (auto& entry : units) {
        if (!progress.step(checked + written++))
            return ImportProgress::cancelled();
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

Status writePeople(ServiceContext& context, std::vector<importing::PersonToImport>& people,
                   ImportProgress& progress, qint64 checked) {
    storage::PersonRepository repository(context.db);
    storage::AuditLog audit(context.db);
    qint64 written = 0;
    for (auto& entry : people) {
        if (!progress.step(checked + written++))
            return ImportProgress::cancelled();
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
// transaction, unless the report or the options forbid it. The last step of
// progress comes before the commit, so a cancel there still writes nothing.
template <typename Check, typename Write>
Result<ImportReport> checkAndWrite(ServiceContext& context, importing::ImportTable& file,
                                   const ImportOptions& options, Check&& check, Write&& write) {
    ImportReport report;
    report.rowsRead = static_cast<int>(file.table.rows.size());
    report.convertedFrom = file.convertedFrom;
    ImportProgress progress(options.progress);
    // Until the check is over, every row may have to be written.
    progress.setTotal(options.dryRun ? report.rowsRead : 2 * qint64{report.rowsRead});
    auto good = check(file.table, progress, report.problems);
    if (!good)
        return std::unexpected(good.error());
    report.rowsGood = static_cast<int>(good->size());
    const bool allowed = !options.dryRun && (options.skipBadRows || !report.hasProblems());
    const qint64 checked = report.rowsRead;
    progress.setTotal(checked + (allowed ? report.rowsGood : 0));
    if (allowed && report.rowsGood > 0) {
        auto ok = inTransaction(
            context,
            [&]() -> Status {
                if (auto written = write(context, *good, progress, checked); !written)
                    return written;
                if (!progress.step(checked + report.rowsGood))
                    return ImportProgress::cancelled();
                return {};
            },
            [] { return DataReloaded{}; });
        if (!ok)
            return std::unexpected(ok.error());
        report.rowsImported = report.rowsGood;
    } else if (!progress.step(checked)) {
        return ImportProgress::cancelled();
    }
    return report;
}

} // namespace

Result<ImportPreview> ImportService::preview(ImportKind kind, const QString& path) {
    auto file = importing::readImportTable(path);
    if (!file)
        return std::unexpected(file.error());
    const interchange::SourceTable& table = file->table;
    ImportPreview preview;
    preview.headers = table.headers;
    preview.totalRows = static_cast<int>(table.rows.size());
    const std::size_t shown = std::min<std::size_t>(table.rows.size(), ImportPreview::MaxRows);
    for (std::size_t row = 0; row < shown; ++row)
        preview.rows.push_back({table.rows[row].line, table.rows[row].cells});
    preview.mapping = automaticMapping(kind, table.headers);
    preview.sheetName = table.sheetName;
    preview.convertedFrom = file->convertedFrom;
    return preview;
}

Result<ImportReport> ImportService::importFile(ImportKind kind, const QString& path,
                                               const ImportOptions& options) {
    auto file = importing::readImportTable(path);
    if (!file)
        return std::unexpected(file.error());
    auto report = kind == ImportKind::Units
                      ? checkAndWrite(
                            context_, *file, options,
                            [&](const interchange::SourceTable& rows, ImportProgress& progress,
                                std::vector<ImportProblem>& problems) {
                                return importing::checkUnits(rows, options.mapping, context_.db,
                                                             progress, problems);
                            },
                            writeUnits)
                      : checkAndWrite(
                            context_, *file, options,
                            [&](const interchange::SourceTable& rows, ImportProgress& progress,
                                std::vector<ImportProblem>& problems) {
                                return importing::checkPeople(rows, options.mapping, context_.db,
                                                              context_.clock, progress, problems);
                            },
                            writePeople);
    if (report)
        log::get("services")
            ->info("import of {}: {} rows read, {} imported, {} problems{}", path, report->rowsRead,
                   report->rowsImported, report->problems.size(),
                   options.dryRun ? " (dry run)" : "");
    else if (report.error().code == ErrorCode::Cancelled)
        log::get("services")->info("import of {} cancelled", path);
    return report;
}

} // namespace thidua::services
