#pragma once

#include "criteria_table.h"
#include "import_report.h"
#include "result.h"

#include <optional>

namespace thidua::services {

struct ServiceContext;

// The organisers' criteria tables, one per organiser and year. Every change
// is checked by domain::criteriaTableRefusal, audited ("criteria_table") in
// its own transaction and announced (ScoringChanged) after commit.
class CriteriaService {
public:
    explicit CriteriaService(ServiceContext& context)
        : context_(context) {}

    Result<std::optional<domain::CriteriaTable>> table(domain::RowId organiserId, int year);
    // Creates the organiser's table for the year, or replaces it. Once points
    // have been given against it, only the wording, the tie-breaks, the bands
    // and the document may change: adding, removing, moving or re-pointing a
    // criterion is refused, since the points name criteria by place.
    Result<domain::CriteriaTable> save(domain::CriteriaTable table);
    // "Start from last year's table": a copy of year − 1's for the year,
    // refused when there is none or the year has one already.
    Result<domain::CriteriaTable> copyFromPreviousYear(domain::RowId organiserId, int year);

    // The organiser's table for the year from a CSV or XLSX file
    // (docs/import-format.md): its rows become the criteria, the total is
    // the sum of the top groups outside bonus and penalty, and a stored
    // table keeps its other settings (scale, tie-breaks, bands, document).
    // All or nothing, with save()'s refusals as problems of the file (line
    // 0); nothing is written on a dry run. An unreadable file is an error.
    Result<ImportReport> importTable(const QString& path, domain::RowId organiserId, int year,
                                     const ImportOptions& options);

private:
    // save(), or only its checks when write is false.
    Result<domain::CriteriaTable> store(domain::CriteriaTable table, bool write);

    ServiceContext& context_;
};

} // namespace thidua::services
