#include "unit_search.h"

#include "query.h"

namespace thidua::storage {

Result<std::vector<domain::RowId>> unitIdsMatching(Database& db, const QString& text) {
    return selectAll<domain::RowId>(
        db, "SELECT id FROM unit WHERE vn_words_match(search_key, ?1) ORDER BY id",
        [](const Statement& row) { return row.int64(0); }, text);
}

} // namespace thidua::storage
