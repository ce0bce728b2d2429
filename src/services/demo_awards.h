#pragma once

#include "result.h"

#include <QtGlobal>

namespace thidua::services::demo {

class DemoRandom;
class DemoWriter;

// Award histories that follow the grades already written (demo_conduct.h):
// LĐTT for every person graded HTTNV or better and not disciplined that year,
// CSTĐ cơ sở for most HTXSNV years, each on an initiative of its own, the
// minister's Bằng khen now and then after two CSTĐ cơ sở in a row; TTLĐTT or
// TTLĐXS for units. The flags the clusters' votes proposed were decided the
// next spring. For the last graded year, nominations: the votes' flags and
// people with two or three CSTĐ cơ sở in a row, as a clerk would propose them.
Status addAwards(DemoWriter& writer, quint64 seed, const DemoRandom& random);

} // namespace thidua::services::demo
