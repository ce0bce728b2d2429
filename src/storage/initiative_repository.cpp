#include "initiative_repository.h"

#include "award_rows.h"
#include "query.h"
#include "uuid.h"
#include "vietnamese_text.h"

#include <QCoreApplication>

namespace thidua::storage {

namespace {} // namespace

Status InitiativeRepository::insert(domain::Initiative& initiative) {
    initiative.uuid = ensureUuid(initiative.uuid);
    auto ok = exec(db_,
                   "INSERT INTO initiative (uuid, title, kind, level, year, decision_number,"
                   " decision_date, issuer, used_by_award_id, note)"
                   " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                   initiative.uuid, domain::vn::normalized(initiative.title),
                   domain::initiativeKindCode(initiative.kind),
                   domain::initiativeLevelCode(initiative.level), initiative.year,
                   domain::vn::normalized(initiative.decisionNumber), initiative.decisionDate,
                   domain::vn::normalized(initiative.issuer), nullIfNoId(initiative.usedByAwardId),
                   initiative.note);
    if (!ok)
        return ok;
    initiative.id = db_.lastInsertId();
    for (domain::RowId author : initiative.authorIds)
        if (auto added = exec(db_,
                              "INSERT INTO initiative_author (initiative_id, person_id)"
                              " VALUES (?, ?)",
                              initiative.id, author);
            !added)
            return added;
    return {};
}

Result<std::vector<domain::Initiative>> InitiativeRepository::selectWhere(std::string_view where,
                                                                          domain::RowId id) {
    return selectAll<domain::Initiative>(db_,
                                         "SELECT " + std::string(InitiativeColumns) +
                                             " FROM initiative i WHERE " + std::string(where) +
                                             " ORDER BY i.year, i.id",
                                         readInitiative, id);
}

Result<domain::Initiative> InitiativeRepository::find(domain::RowId id) {
    auto rows = selectWhere("i.id = ?", id);
    if (!rows)
        return std::unexpected(rows.error());
    if (rows->empty())
        return fail(
            ErrorCode::NotFound,
            QCoreApplication::translate("thidua::storage", "Initiative %1 does not exist").arg(id));
    return rows->front();
}

Result<std::vector<domain::Initiative>> InitiativeRepository::forPerson(domain::RowId personId) {
    return selectWhere("i.id IN (SELECT initiative_id FROM initiative_author WHERE person_id = ?)",
                       personId);
}

Status InitiativeRepository::setUsedBy(domain::RowId initiativeId, domain::RowId awardId) {
    return exec(db_, "UPDATE initiative SET used_by_award_id = ? WHERE id = ?", nullIfNoId(awardId),
                initiativeId);
}

} // namespace thidua::storage
