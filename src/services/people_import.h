#pragma once

#include "import_report.h"
#include "person.h"
#include "result.h"

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

struct PersonToImport {
    int line = 0;
    domain::Person person;
};

// Every row that passed goes into the result; every problem into problems.
Result<std::vector<PersonToImport>> checkPeople(const interchange::SourceTable& table,
                                                storage::Database& db, const domain::Clock& clock,
                                                std::vector<ImportProblem>& problems);

} // namespace thidua::services::importing
