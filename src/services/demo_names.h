#pragma once

#include "person.h"

namespace thidua::services::demo {

class DemoRandom;

// Synthetic names that look Vietnamese: common family names weighted roughly
// by frequency, and middle and given names that fit the gender.
domain::PersonName randomName(DemoRandom& random, domain::Gender gender);

} // namespace thidua::services::demo
