#pragma once

#include "import_check.h"
#include "unit_tree_placer.h"

#include <span>
#include <vector>

// Unit files: a tree given as rows with their parent's name. Internal.
namespace thidua::services::importing {

// The fields of a unit file, in the order of the documentation.
std::span<const FieldSpec> unitFields();

// One step of progress per row read; a cancel there is an ErrorCode::Cancelled
// error.
Result<std::vector<PlacedUnit>> checkUnits(const CheckInput& input, ImportProgress& progress,
                                           std::vector<ImportProblem>& problems);
// Parents first, inside the caller's transaction, each with its audit row.
Status writeUnits(ServiceContext& context, std::vector<PlacedUnit>& units, ImportProgress& progress,
                  qint64 checked);

} // namespace thidua::services::importing
