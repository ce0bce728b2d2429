#pragma once

#include "ids.h"
#include "result.h"

#include <QString>

#include <vector>

namespace thidua::storage {

class Database;

// Units whose name contains the text, diacritics and case ignored ("so tu
// phap" finds "Sở Tư pháp tỉnh Vĩnh Phúc"), by their stored search key; in id
// order.
Result<std::vector<domain::RowId>> unitIdsMatching(Database& db, const QString& text);

} // namespace thidua::storage
