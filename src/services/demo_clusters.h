#pragma once

#include "ids.h"
#include "result.h"

#include <QString>

namespace thidua::services::demo {

class DemoWriter;

// What a cluster-year of the demo records beside its members: the decision
// appointing its head and deputy, issued by the organiser at the previous
// year's closing conference (decisionSuffix: "QĐ-BTP"), and the covenant every
// member signs in the first quarter at the head unit, with four to six
// targets.
Status addDecisionAndCovenant(DemoWriter& writer, domain::RowId clusterId,
                              const QString& decisionSuffix);

} // namespace thidua::services::demo
