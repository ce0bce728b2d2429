#pragma once

#include "title.h"

#include <QString>

#include <span>

namespace thidua::domain {

// The title a clerk means by what they type: the code ("LDTT"), the
// abbreviation as written ("LĐTT", "cstđcs"), or the full name ("Lao động
// tiên tiến"), diacritics and case ignored. Null when nothing matches.
const Title* findTitle(std::span<const Title> titles, const QString& typed);

} // namespace thidua::domain
