#pragma once

#include "ids.h"
#include "result.h"

#include <QString>

#include <vector>

namespace thidua::storage {

class Database;

// Units whose name has a word beginning with every word of the text,
// diacritics and case ignored ("so tu phap" and "phap vinh" find "Sở Tư pháp
// tỉnh Vĩnh Phúc"; see domain::vn::wordsMatch); in id order. A few thousand
// units are tested one by one: no word index is needed.
Result<std::vector<domain::RowId>> unitIdsMatching(Database& db, const QString& text);

} // namespace thidua::storage
