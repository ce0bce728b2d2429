#pragma once

#include "award.h"
#include "import_check.h"

#include <span>
#include <vector>

// Award files (quá trình khen thưởng): each row a person or a collective, the
// title or form, the year and the decision that gave it. Internal to the
// services.
namespace thidua::services::importing {

struct AwardToImport {
    int line = 0;
    domain::Award award;
};

// The fields of an award file, in the order of the documentation.
std::span<const FieldSpec> awardFields();

// One step of progress per row; a cancel there is an ErrorCode::Cancelled error.
Result<std::vector<AwardToImport>> checkAwards(const CheckInput& input, ImportProgress& progress,
                                               std::vector<ImportProblem>& problems);
// Inside the caller's transaction, each with its audit row.
Status writeAwards(ServiceContext& context, std::vector<AwardToImport>& awards,
                   ImportProgress& progress, qint64 checked);

} // namespace thidua::services::importing
