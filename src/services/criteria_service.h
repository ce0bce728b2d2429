#pragma once

#include "criteria_table.h"
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

private:
    ServiceContext& context_;
};

} // namespace thidua::services
