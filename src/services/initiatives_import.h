#pragma once

#include "import_check.h"
#include "initiative.h"

#include <optional>
#include <span>
#include <vector>

// Initiative files (sáng kiến, đề tài nghiên cứu): each row an author of an
// initiative; the rows with the same title and year are one initiative with
// all their authors. Internal to the services.
namespace thidua::services::importing {

// One per good row, so that the rows imported are counted as rows: the
// initiative on its first row, nothing on the rows that add an author to it.
struct InitiativeToImport {
    int line = 0;
    std::optional<domain::Initiative> initiative;
};

// The fields of an initiative file, in the order of the documentation.
std::span<const FieldSpec> initiativeFields();

// One step of progress per row; a cancel there is an ErrorCode::Cancelled error.
Result<std::vector<InitiativeToImport>> checkInitiatives(const CheckInput& input,
                                                         ImportProgress& progress,
                                                         std::vector<ImportProblem>& problems);
// Inside the caller's transaction, each with its audit row.
Status writeInitiatives(ServiceContext& context, std::vector<InitiativeToImport>& initiatives,
                        ImportProgress& progress, qint64 checked);

} // namespace thidua::services::importing
