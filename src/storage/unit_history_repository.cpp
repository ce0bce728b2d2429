#include "unit_history_repository.h"

#include "query.h"

namespace thidua::storage {

Status UnitHistoryRepository::addFormerName(domain::RowId unitId,
                                            const domain::FormerUnitName& former) {
    return exec(db_,
                "INSERT INTO unit_former_name (unit_id, name, valid_until, decision)"
                " VALUES (?, ?, ?, ?)",
                unitId, former.name, former.validUntil, former.decision);
}

Result<std::vector<domain::FormerUnitName>>
UnitHistoryRepository::formerNames(domain::RowId unitId) {
    return selectAll<domain::FormerUnitName>(
        db_,
        "SELECT name, valid_until, decision FROM unit_former_name WHERE unit_id = ?"
        " ORDER BY valid_until",
        [](const Statement& row) {
            return domain::FormerUnitName{row.text(0), row.date(1), row.text(2)};
        },
        unitId);
}

Status UnitHistoryRepository::setMerged(domain::RowId unitId, domain::RowId intoId,
                                        const QString& decision) {
    return exec(db_, "UPDATE unit SET merged_into_id = ?, merge_decision = ? WHERE id = ?", intoId,
                decision, unitId);
}

Result<domain::RowId> UnitHistoryRepository::mergedInto(domain::RowId unitId) {
    return selectInt(db_, "SELECT coalesce(merged_into_id, 0) FROM unit WHERE id = ?", unitId);
}

Status UnitHistoryRepository::addAssignment(domain::Assignment& assignment) {
    auto ok = exec(db_,
                   "INSERT INTO person_assignment (person_id, unit_id, position, starts_on,"
                   " decision) VALUES (?, ?, ?, ?, ?)",
                   assignment.personId, assignment.unitId, assignment.position, assignment.startsOn,
                   assignment.decision);
    if (ok)
        assignment.id = db_.lastInsertId();
    return ok;
}

Status UnitHistoryRepository::setAssignmentPosition(domain::RowId assignmentId,
                                                    const QString& position) {
    return exec(db_, "UPDATE person_assignment SET position = ? WHERE id = ?", position,
                assignmentId);
}

Result<std::vector<domain::Assignment>> UnitHistoryRepository::assignments(domain::RowId personId) {
    // NULLs sort first in SQLite: the posting before the records leads.
    return selectAll<domain::Assignment>(
        db_,
        "SELECT id, person_id, unit_id, position, starts_on, decision FROM person_assignment"
        " WHERE person_id = ? ORDER BY starts_on",
        [](const Statement& row) {
            return domain::Assignment{row.int64(0), row.int64(1), row.int64(2),
                                      row.text(3),  row.date(4),  row.text(5)};
        },
        personId);
}

} // namespace thidua::storage
