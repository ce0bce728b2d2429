#include "unit_staffing.h"

#include "query.h"

namespace thidua::storage {

Result<domain::Staffing> staffingOf(Database& db, domain::RowId unitId) {
    auto statement = bound(db,
                           "WITH RECURSIVE below (id, depth) AS (SELECT ?, 0"
                           " UNION ALL SELECT unit.id, below.depth + 1 FROM unit"
                           " JOIN below ON unit.parent_id = below.id WHERE below.depth < 64)"
                           " SELECT count(*), coalesce(sum(gender = 'female'), 0) FROM person"
                           " WHERE unit_id IN (SELECT id FROM below)",
                           unitId);
    if (!statement)
        return std::unexpected(statement.error());
    domain::Staffing staffing;
    auto ok = forEachRow(**statement, [&](const Statement& row) {
        staffing.staff = static_cast<int>(row.int64(0));
        staffing.women = static_cast<int>(row.int64(1));
    });
    if (!ok)
        return std::unexpected(ok.error());
    return staffing;
}

} // namespace thidua::storage
