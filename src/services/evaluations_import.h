#pragma once

#include "evaluation.h"
#include "import_check.h"

#include <span>
#include <vector>

// Evaluation files (đánh giá, xếp loại hằng năm): each row a person or a
// collective, a year and a grade. Internal to the services.
namespace thidua::services::importing {

struct EvaluationToImport {
    int line = 0;
    domain::Evaluation evaluation;
};

// The fields of an evaluation file, in the order of the documentation.
std::span<const FieldSpec> evaluationFields();

// One step of progress per row; a cancel there is an ErrorCode::Cancelled error.
Result<std::vector<EvaluationToImport>> checkEvaluations(const CheckInput& input,
                                                         ImportProgress& progress,
                                                         std::vector<ImportProblem>& problems);
// Inside the caller's transaction, each with its audit row.
Status writeEvaluations(ServiceContext& context, std::vector<EvaluationToImport>& evaluations,
                        ImportProgress& progress, qint64 checked);

} // namespace thidua::services::importing
