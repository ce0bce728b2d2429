#pragma once

#include "ids.h"
#include "result.h"

#include <vector>

namespace thidua::services::demo {

class DemoWriter;

// The ministry's regular movement of every year from firstYear to lastYear,
// and its thematic movement for the stage 2021–2025 when the years cover it;
// every unit of units takes part, with a 6-month and a year-end review a year.
Status addMinistryMovements(DemoWriter& writer, domain::RowId ministry,
                            const std::vector<domain::RowId>& units, int firstYear, int lastYear);

} // namespace thidua::services::demo
