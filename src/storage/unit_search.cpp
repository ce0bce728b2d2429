#include "unit_search.h"

#include "query.h"
#include "vietnamese_text.h"

namespace thidua::storage {

Result<std::vector<domain::RowId>> unitIdsMatching(Database& db, const QString& text) {
    return selectAll<domain::RowId>(
        db, "SELECT id FROM unit WHERE instr(search_key, ?1) > 0 ORDER BY id",
        [](const Statement& row) { return row.int64(0); }, domain::vn::searchKey(text));
}

} // namespace thidua::storage
