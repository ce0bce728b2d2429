#include "import_service.h"

#include "awards_import.h"
#include "check_constraints_off.h"
#include "discipline_import.h"
#include "evaluations_import.h"
#include "import_fields.h"
#include "import_progress.h"
#include "import_table.h"
#include "initiatives_import.h"
#include "log.h"
#include "lost_letters.h"
#include "people_import.h"
#include "registrations_import.h"
#include "section_rows.h"
#include "service_context.h"
#include "table_reader.h"
#include "unit_directory.h"
#include "unit_repository.h"
#include "units_import.h"

#include <algorithm>
#include <optional>

namespace thidua::services {

namespace {

using importing::ImportProgress;

// Whether SQLite tests its CHECK constraints while an import writes.
enum class Checks {
    // Every CHECK of the tables written is a few comparisons (schema 6 made
    // registration's and audit_log's so).
    Tested,
    // The tables have CHECK (x IN (…)), which SQLite 3.40 tests with a
    // temporary index a row, a third of the writing; every value was checked
    // before and is built from domain types (check_constraints_off.h).
    Resting,
};

// Checks with check(), then writes every good row with write() in one
// transaction, unless the report or the options forbid it. The last step of
// progress comes before the commit, so a cancel there still writes nothing.
template <typename Check, typename Write>
Result<ImportReport> checkAndWrite(ServiceContext& context, importing::ImportTable& file,
                                   const ImportOptions& options, Checks checks, Check&& check,
                                   Write&& write) {
    ImportReport report = importing::reportOf(file);
    ImportProgress progress(options.progress);
    // Until the check is over, every row may have to be written.
    progress.setTotal(options.dryRun ? report.rowsRead : 2 * qint64{report.rowsRead});
    auto good = check({file.table, options.mapping, context.db, context.clock, options.year},
                      progress, report.problems);
    if (!good)
        return std::unexpected(good.error());
    report.rowsGood = static_cast<int>(good->size());
    const bool allowed = !options.dryRun && (options.skipBadRows || !report.hasProblems());
    const qint64 checked = report.rowsRead;
    progress.setTotal(checked + (allowed ? report.rowsGood : 0));
    if (allowed && report.rowsGood > 0) {
        std::optional<storage::CheckConstraintsOff> trusted;
        if (checks == Checks::Resting)
            trusted.emplace(context.db);
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

// The file as the kind reads it: heading rows ("I. Vụ Pháp luật quốc tế")
// lifted out, giving the unit to kinds that read one and lack its column.
Result<importing::ImportTable> readFile(storage::Database& db, ImportKind kind, const QString& path,
                                        const QString& sheet) {
    auto file = importing::readImportTable(path, sheet);
    if (!file)
        return file;
    const QStringList headings = importing::liftSectionRows(file->table);
    const auto fields = importFields(kind);
    const bool readsUnit =
        std::ranges::any_of(fields, [](const ImportField& field) { return field.key == u"unit"; });
    if (!readsUnit || !importing::headingsMayGiveUnits(file->table, headings))
        return file;
    auto units = storage::UnitRepository(db).all();
    if (!units)
        return std::unexpected(units.error());
    const UnitDirectory directory(*units);
    importing::addUnitsFromHeadings(file->table, headings, [&directory](const QString& heading) {
        return directory.find(heading).unique();
    });
    return file;
}

} // namespace

Result<QStringList> ImportService::sheets(const QString& path) const {
    return interchange::readSheetNames(path);
}

Result<ImportPreview> ImportService::preview(ImportKind kind, const QString& path,
                                             const QString& sheet) {
    auto file = readFile(context_.db, kind, path, sheet);
    if (!file)
        return std::unexpected(file.error());
    const interchange::SourceTable& table = file->table;
    // Choosing columns among such headers would be wasted work: say it first.
    if (auto lost = importing::lostLettersInHeaders(table.headers))
        return fail(ErrorCode::InvalidInput, *lost);
    ImportPreview preview;
    preview.headers = table.headers;
    preview.totalRows = static_cast<int>(table.rows.size());
    const std::size_t shown = std::min<std::size_t>(table.rows.size(), ImportPreview::MaxRows);
    for (std::size_t row = 0; row < shown; ++row)
        preview.rows.push_back({table.rows[row].line, table.rows[row].cells});
    preview.mapping = automaticMapping(kind, table.headers);
    preview.sheetName = table.sheetName;
    preview.otherSheets = table.otherSheets;
    preview.convertedFrom = file->convertedFrom;
    return preview;
}

Result<ImportReport> ImportService::importFile(ImportKind kind, const QString& path,
                                               const ImportOptions& options) {
    auto file = readFile(context_.db, kind, path, options.sheet);
    if (!file)
        return std::unexpected(file.error());
    auto report = [&] {
        switch (kind) {
        case ImportKind::Units:
            return checkAndWrite(context_, *file, options, Checks::Resting, importing::checkUnits,
                                 importing::writeUnits);
        case ImportKind::People:
            return checkAndWrite(context_, *file, options, Checks::Resting, importing::checkPeople,
                                 importing::writePeople);
        case ImportKind::Registrations:
            return checkAndWrite(context_, *file, options, Checks::Tested,
                                 importing::checkRegistrations, importing::writeRegistrations);
        case ImportKind::Evaluations:
            return checkAndWrite(context_, *file, options, Checks::Resting,
                                 importing::checkEvaluations, importing::writeEvaluations);
        case ImportKind::Discipline:
            return checkAndWrite(context_, *file, options, Checks::Resting,
                                 importing::checkDiscipline, importing::writeDiscipline);
        case ImportKind::Awards:
            return checkAndWrite(context_, *file, options, Checks::Resting, importing::checkAwards,
                                 importing::writeAwards);
        case ImportKind::Initiatives:
            return checkAndWrite(context_, *file, options, Checks::Resting,
                                 importing::checkInitiatives, importing::writeInitiatives);
        }
        return Result<ImportReport>(fail(ErrorCode::Unsupported, {}));
    }();
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
