#pragma once

#include "import_check.h"
#include "person.h"

#include <span>
#include <vector>

// People files: checked row by row against the catalogue, then written. Internal.
namespace thidua::services::importing {

struct PersonToImport {
    int line = 0;
    domain::Person person;
};

// The fields of a people file, in the order of the documentation.
std::span<const FieldSpec> peopleFields();

// Every row that passed goes into the result; every problem into problems.
// One step of progress per row; a cancel there is an ErrorCode::Cancelled error.
Result<std::vector<PersonToImport>> checkPeople(const CheckInput& input, ImportProgress& progress,
                                                std::vector<ImportProblem>& problems);
// Inside the caller's transaction, each with its audit row.
Status writePeople(ServiceContext& context, std::vector<PersonToImport>& people,
                   ImportProgress& progress, qint64 checked);

} // namespace thidua::services::importing
