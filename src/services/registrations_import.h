#pragma once

#include "import_check.h"
#include "registration.h"

#include <span>
#include <vector>

// Registration files (đăng ký thi đua): each row a person or a collective, a
// year and a title, checked by every rule a registration keeps. Internal.
namespace thidua::services::importing {

struct RegistrationToImport {
    int line = 0;
    int year = 0;
    // periodId is NoId when the year's period is not recorded yet: the write
    // opens it.
    domain::Registration registration;
};

// The fields of a registration file, in the order of the documentation.
std::span<const FieldSpec> registrationFields();

// One step of progress per row; a cancel there is an ErrorCode::Cancelled error.
Result<std::vector<RegistrationToImport>> checkRegistrations(const CheckInput& input,
                                                             ImportProgress& progress,
                                                             std::vector<ImportProblem>& problems);
// Inside the caller's transaction, each with its audit row; opens the
// calendar years that are not recorded yet.
Status writeRegistrations(ServiceContext& context, std::vector<RegistrationToImport>& registrations,
                          ImportProgress& progress, qint64 checked);

} // namespace thidua::services::importing
