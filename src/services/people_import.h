#pragma once

#include "import_columns.h"
#include "import_report.h"
#include "person.h"
#include "result.h"

#include <optional>
#include <span>
#include <vector>

namespace thidua::domain {
class Clock;
}
namespace thidua::storage {
class Database;
}
namespace thidua::interchange {
struct SourceTable;
}

// People files: checked row by row against the catalogue, then written. Internal.
namespace thidua::services::importing {

class ImportProgress;

struct PersonToImport {
    int line = 0;
    domain::Person person;
};

// The fields of a people file, in the order of the documentation.
std::span<const FieldSpec> peopleFields();

// Every row that passed goes into the result; every problem into problems.
// mapping: the user's choice of columns, else the headers decide. One step of
// progress per row; a cancel there is an ErrorCode::Cancelled error.
Result<std::vector<PersonToImport>> checkPeople(const interchange::SourceTable& table,
                                                const std::optional<ImportMapping>& mapping,
                                                storage::Database& db, const domain::Clock& clock,
                                                ImportProgress& progress,
                                                std::vector<ImportProblem>& problems);

} // namespace thidua::services::importing
