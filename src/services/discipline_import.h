#pragma once

#include "discipline.h"
#include "import_check.h"

#include <span>
#include <vector>

// Discipline files (kỷ luật): each row a person, the form, the decision and
// the days it runs. Internal to the services.
namespace thidua::services::importing {

struct DisciplineToImport {
    int line = 0;
    domain::Discipline discipline;
};

// The fields of a discipline file, in the order of the documentation.
std::span<const FieldSpec> disciplineFields();

// One step of progress per row; a cancel there is an ErrorCode::Cancelled error.
Result<std::vector<DisciplineToImport>> checkDiscipline(const CheckInput& input,
                                                        ImportProgress& progress,
                                                        std::vector<ImportProblem>& problems);
// Inside the caller's transaction, each with its audit row.
Status writeDiscipline(ServiceContext& context, std::vector<DisciplineToImport>& records,
                       ImportProgress& progress, qint64 checked);

} // namespace thidua::services::importing
