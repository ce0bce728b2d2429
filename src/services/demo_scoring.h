#pragma once

#include "result.h"

namespace thidua::services::demo {

class DemoRandom;
class DemoWriter;

// Every organiser's criteria table for each year of the demo, and for every
// cluster-year its year-end scoring: each member's self-score with its
// evidence, the head's points for the others and the deputy's for the head,
// now and then lower than the self-score with the reason; the units the
// cluster's vote proposed for a flag score best. Past years are
// closed; the last is still open, and also has its 6-month review. Drawn from
// a chance of its own (seeded from seed, its ids after random's), so the rest
// of the demo is the same with or without them.
Status addScoring(DemoWriter& writer, quint64 seed, const DemoRandom& random);

} // namespace thidua::services::demo
