#pragma once

#include "import_columns.h"
#include "import_report.h"
#include "result.h"
#include "unit_tree_placer.h"

#include <optional>
#include <span>
#include <vector>

namespace thidua::storage {
class Database;
}
namespace thidua::interchange {
struct SourceTable;
}

// Unit files: a tree given as rows with their parent's name. Internal.
namespace thidua::services::importing {

class ImportProgress;

// The fields of a unit file, in the order of the documentation.
std::span<const FieldSpec> unitFields();

// mapping: the user's choice of columns, else the headers decide. One step of
// progress per row read; a cancel there is an ErrorCode::Cancelled error.
Result<std::vector<PlacedUnit>> checkUnits(const interchange::SourceTable& table,
                                           const std::optional<ImportMapping>& mapping,
                                           storage::Database& db, ImportProgress& progress,
                                           std::vector<ImportProblem>& problems);

} // namespace thidua::services::importing
