#pragma once

#include "period.h"
#include "result.h"

#include <optional>
#include <vector>

namespace thidua::services {

struct ServiceContext;

// The stored period with the same kind and dates, created with its audit row
// when missing. Runs inside the caller's transaction. Internal to the services
// library.
Result<domain::Period> openPeriod(ServiceContext& context, domain::Period period);

// The stored period with the same kind and dates as wanted, if there is one.
std::optional<domain::Period> storedPeriod(const std::vector<domain::Period>& periods,
                                           const domain::Period& wanted);

} // namespace thidua::services
