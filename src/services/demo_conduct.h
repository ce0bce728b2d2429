#pragma once

#include "result.h"

namespace thidua::services::demo {

class DemoRandom;
class DemoWriter;

// The years graded: those of the justice sector's history.
inline constexpr int FirstGradedYear = 2018;
inline constexpr int LastGradedYear = 2025;

// The yearly grades (xếp loại) of every person and unit written so far, 2018
// to 2025, and a handful of discipline records for the worst years. Drawn
// from a chance of its own (seeded from seed, its ids after random's), so the
// rest of the demo is the same with or without them.
Status addConduct(DemoWriter& writer, quint64 seed, const DemoRandom& random);

} // namespace thidua::services::demo
