#pragma once

#include "criteria_table.h"
#include "import_report.h"
#include "source_table.h"

#include <optional>
#include <vector>

// Reading an organiser's criteria table from a file (docs/import-format.md,
// "Bảng tiêu chí"): one row per group or item in print order; the tree comes
// from the codes ("I.1" belongs to "I", "I.1.2" to "I.1"). Internal to the
// services.
namespace thidua::services::importing {

// The criteria, each after its group, or nothing when a row has a problem
// (each added, naming line, column and value): an empty or repeated code, a
// code whose group is not on an earlier row, an item without a title or a
// kind, a kind or points that cannot be read.
std::optional<std::vector<domain::Criterion>> readCriteria(const interchange::SourceTable& table,
                                                           std::vector<ImportProblem>& problems);

// How files write a criterion's code: "I.1.", "i.1" and "I.1" are one.
QString codeKey(QString code);

// The organiser's total: the top groups' points, bonus and penalty left out.
double tableTotal(const std::vector<domain::Criterion>& criteria);

} // namespace thidua::services::importing
