#include "unit_repository.h"

#include "query.h"
#include "uuid.h"
#include "vietnamese_text.h"

#include <QCoreApplication>

namespace thidua::storage {

namespace {

constexpr std::string_view SelectUnit =
    "SELECT id, uuid, parent_id, name, short_name, kind, has_legal_personality, active_from,"
    " active_to FROM unit ";

domain::Unit readUnit(const Statement& row) {
    domain::Unit unit;
    unit.id = row.int64(0);
    unit.uuid = row.text(1);
    unit.parentId = row.int64(2);
    unit.name = row.text(3);
    unit.shortName = row.text(4);
    unit.kind = row.text(5);
    unit.hasLegalPersonality = row.int64(6) != 0;
    unit.activeFrom = row.date(7);
    unit.activeTo = row.date(8);
    return unit;
}

} // namespace

Status UnitRepository::insert(domain::Unit& unit) {
    unit.uuid = ensureUuid(unit.uuid);
    unit.name = domain::vn::normalized(unit.name);
    auto ok = exec(db_,
                   "INSERT INTO unit (uuid, parent_id, name, short_name, kind,"
                   " has_legal_personality, active_from, active_to, search_key, sort_key)"
                   " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                   unit.uuid, nullIfNoId(unit.parentId), unit.name, nullIfEmpty(unit.shortName),
                   unit.kind, unit.hasLegalPersonality ? 1 : 0, unit.activeFrom, unit.activeTo,
                   domain::vn::searchKey(unit.name), domain::vn::sortKey(unit.name));
    if (ok)
        unit.id = db_.lastInsertId();
    return ok;
}

Status UnitRepository::update(const domain::Unit& unit) {
    const QString name = domain::vn::normalized(unit.name);
    return exec(db_,
                "UPDATE unit SET parent_id = ?, name = ?, short_name = ?, kind = ?,"
                " has_legal_personality = ?, active_from = ?, active_to = ?, search_key = ?,"
                " sort_key = ? WHERE id = ?",
                nullIfNoId(unit.parentId), name, nullIfEmpty(unit.shortName), unit.kind,
                unit.hasLegalPersonality ? 1 : 0, unit.activeFrom, unit.activeTo,
                domain::vn::searchKey(name), domain::vn::sortKey(name), unit.id);
}

Result<domain::Unit> UnitRepository::find(domain::RowId id) {
    auto units =
        selectAll<domain::Unit>(db_, std::string(SelectUnit) + "WHERE id = ?", readUnit, id);
    if (!units)
        return std::unexpected(units.error());
    if (units->empty())
        return fail(
            ErrorCode::NotFound,
            QCoreApplication::translate("thidua::storage", "Unit %1 does not exist").arg(id));
    return units->front();
}

Result<qint64> UnitRepository::count() {
    return selectInt(db_, "SELECT count(*) FROM unit");
}

Result<std::vector<domain::Unit>> UnitRepository::all() {
    return selectAll<domain::Unit>(db_, std::string(SelectUnit) + "ORDER BY sort_key, id",
                                   readUnit);
}

Result<std::vector<domain::Unit>> UnitRepository::children(domain::RowId parentId) {
    return selectAll<domain::Unit>(
        db_, std::string(SelectUnit) + "WHERE parent_id = ? ORDER BY sort_key, id", readUnit,
        parentId);
}

Result<bool> UnitRepository::isWithin(domain::RowId unitId, domain::RowId ancestorId) {
    // Depth-limited: a tree damaged into a cycle must not loop for ever.
    auto found = selectInt(db_,
                           "WITH RECURSIVE up (id, depth) AS (SELECT ?, 0"
                           " UNION ALL SELECT unit.parent_id, up.depth + 1 FROM unit"
                           " JOIN up ON unit.id = up.id"
                           " WHERE unit.parent_id IS NOT NULL AND up.depth < 64)"
                           " SELECT count(*) FROM up WHERE id = ?",
                           unitId, ancestorId);
    if (!found)
        return std::unexpected(found.error());
    return *found > 0;
}

Status UnitRepository::remove(domain::RowId id) {
    return exec(db_, "DELETE FROM unit WHERE id = ?", id);
}

} // namespace thidua::storage
