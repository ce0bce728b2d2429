#pragma once

#include "period.h"
#include "result.h"

namespace thidua::services {

struct ServiceContext;

// The stored period with the same kind and dates, created with its audit row
// when missing. Runs inside the caller's transaction. Internal to the services
// library.
Result<domain::Period> openPeriod(ServiceContext& context, domain::Period period);

} // namespace thidua::services
