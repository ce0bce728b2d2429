#pragma once

#include "import_report.h"
#include "result.h"
#include "unit_tree_placer.h"

#include <vector>

namespace thidua::storage {
class Database;
}
namespace thidua::interchange {
struct SourceTable;
}

// Unit files: a tree given as rows with their parent's name. Internal.
namespace thidua::services::importing {

Result<std::vector<PlacedUnit>> checkUnits(const interchange::SourceTable& table,
                                           storage::Database& db,
                                           std::vector<ImportProblem>& problems);

} // namespace thidua::services::importing
