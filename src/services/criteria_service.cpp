#include "criteria_service.h"

#include "criteria_import.h"
#include "criteria_table_repository.h"
#include "import_table.h"
#include "log.h"
#include "scoring_audit.h"
#include "service_context.h"
#include "service_text.h"
#include "unit_names.h"

namespace thidua::services {

namespace {

// Whether the two tables score the same items with the same points, so that
// points already given keep their meaning.
bool sameShape(const domain::CriteriaTable& a, const domain::CriteriaTable& b) {
    if (a.total != b.total || a.scale != b.scale || a.criteria.size() != b.criteria.size())
        return false;
    for (std::size_t index = 0; index < a.criteria.size(); ++index) {
        const domain::Criterion& x = a.criteria[index];
        const domain::Criterion& y = b.criteria[index];
        if (x.parent != y.parent || x.kind != y.kind || x.maxPoints != y.maxPoints ||
            x.pointsEach != y.pointsEach)
            return false;
    }
    return true;
}

QString organiserYear(ServiceContext& context, domain::RowId organiserId, int year) {
    return Text::tr("%1 for %2").arg(unitNames(context.db)(organiserId)).arg(year);
}

} // namespace

Result<std::optional<domain::CriteriaTable>> CriteriaService::table(domain::RowId organiserId,
                                                                    int year) {
    return storage::CriteriaTableRepository(context_.db).forOrganiser(organiserId, year);
}

Result<domain::CriteriaTable> CriteriaService::save(domain::CriteriaTable table) {
    return store(std::move(table), true);
}

Result<domain::CriteriaTable> CriteriaService::store(domain::CriteriaTable table, bool write) {
    if (auto refusal = domain::criteriaTableRefusal(table))
        return fail(ErrorCode::InvalidInput, *refusal);
    bool checkedOnly = false; // rolled back after the checks, nothing announced
    auto ok = inTransaction(
        context_,
        [&]() -> Status {
            if (auto units = requireUnits(context_.db, {table.organiserId}); !units)
                return units;
            storage::CriteriaTableRepository tables(context_.db);
            auto existing = tables.forOrganiser(table.organiserId, table.year);
            if (!existing)
                return std::unexpected(existing.error());
            checkedOnly = !write;
            if (!*existing) {
                if (checkedOnly)
                    return fail(ErrorCode::Cancelled, {});
                table.uuid.clear();
                if (auto inserted = tables.insert(table); !inserted)
                    return inserted;
                return auditScoring(context_, QStringLiteral("criteria_table"), table.uuid,
                                    storage::AuditAction::Create, {}, toJson(table));
            }
            const domain::CriteriaTable& before = **existing;
            table.id = before.id;
            table.uuid = before.uuid;
            auto scored = tables.scoreCount(table.id);
            if (!scored)
                return std::unexpected(scored.error());
            if (*scored > 0 && !sameShape(before, table))
                return fail(ErrorCode::Conflict,
                            Text::tr("The criteria table of %1 already has %n point(s) given "
                                     "against it: only titles, tie-breaks, rating bands and the "
                                     "document can change. Clear the points first.",
                                     nullptr, static_cast<int>(*scored))
                                .arg(organiserYear(context_, table.organiserId, table.year)));
            if (checkedOnly)
                return fail(ErrorCode::Cancelled, {});
            if (auto updated = tables.update(table); !updated)
                return updated;
            return auditScoring(context_, QStringLiteral("criteria_table"), table.uuid,
                                storage::AuditAction::Update, toJson(before), toJson(table));
        },
        [] { return ScoringChanged{}; });
    if (!ok && !checkedOnly)
        return std::unexpected(ok.error());
    return table;
}

Result<domain::CriteriaTable> CriteriaService::copyFromPreviousYear(domain::RowId organiserId,
                                                                    int year) {
    storage::CriteriaTableRepository tables(context_.db);
    auto current = tables.forOrganiser(organiserId, year);
    auto previous = tables.forOrganiser(organiserId, year - 1);
    if (!current || !previous)
        return std::unexpected(!current ? current.error() : previous.error());
    if (*current)
        return fail(ErrorCode::Conflict, Text::tr("%1 already has a criteria table.")
                                             .arg(organiserYear(context_, organiserId, year)));
    if (!*previous)
        return fail(ErrorCode::NotFound, Text::tr("%1 has no criteria table to start from.")
                                             .arg(organiserYear(context_, organiserId, year - 1)));
    domain::CriteriaTable copy = std::move(**previous);
    copy.id = domain::NoId;
    copy.year = year;
    copy.document.clear(); // next year's table is issued by a new decision
    return save(std::move(copy));
}

Result<ImportReport> CriteriaService::importTable(const QString& path, domain::RowId organiserId,
                                                  int year, const ImportOptions& options) {
    auto file = importing::readImportTable(path, options.sheet);
    if (!file)
        return std::unexpected(file.error());
    ImportReport report = importing::reportOf(*file);
    auto criteria = importing::readCriteria(file->table, report.problems);
    report.rowsGood = report.rowsRead - importing::rowsWithProblems(report.problems);
    if (criteria) {
        auto stored = table(organiserId, year);
        if (!stored)
            return std::unexpected(stored.error());
        domain::CriteriaTable imported = stored->value_or(domain::CriteriaTable{});
        imported.organiserId = organiserId;
        imported.year = year;
        imported.criteria = std::move(*criteria);
        imported.total = importing::tableTotal(imported.criteria);
        if (auto saved = store(std::move(imported), !options.dryRun); !saved) {
            if (saved.error().code != ErrorCode::InvalidInput &&
                saved.error().code != ErrorCode::Conflict)
                return std::unexpected(saved.error());
            report.problems.push_back({0, {}, saved.error().message});
        } else if (!options.dryRun) {
            report.rowsImported = report.rowsRead;
        }
    }
    log::get("services")
        ->info("import of a criteria table {}: {} rows read, {} imported, {} problems{}", path,
               report.rowsRead, report.rowsImported, report.problems.size(),
               options.dryRun ? " (dry run)" : "");
    return report;
}

} // namespace thidua::services
