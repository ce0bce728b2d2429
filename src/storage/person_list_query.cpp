#include "person_list_query.h"

#include "people_search.h"
#include "query.h"

namespace thidua::storage {

Result<std::vector<PersonListEntry>> PersonListQuery::page(const PersonListRequest& request) {
    auto search = PeopleSearch::prepare(db_, request.search);
    if (!search)
        return std::unexpected(search.error());
    const std::string sql =
        scopePrefix(request.scope) +
        "SELECT p.id, p.uuid, p.family_name, p.middle_name, p.given_name, p.gender,"
        " p.birth_date, p.unit_id, p.position, p.sort_key FROM " +
        search->source(request.scope) + " WHERE " + scopeCondition(request.scope, "p.unit_id") +
        " AND " + search->condition() +
        " AND (p.sort_key, p.id) > (?3, ?4) ORDER BY p.sort_key, p.id LIMIT ?5";
    return selectAll<PersonListEntry>(
        db_, sql,
        [](const Statement& row) {
            PersonListEntry entry;
            domain::Person& person = entry.person;
            person.id = row.int64(0);
            person.uuid = row.text(1);
            person.name = domain::PersonName{row.text(2), row.text(3), row.text(4)};
            person.gender = row.text(5) == QStringLiteral("male") ? domain::Gender::Male
                                                                  : domain::Gender::Female;
            person.birthDate = row.date(6);
            person.unitId = row.int64(7);
            person.position = row.text(8);
            entry.sortKey = row.blob(9);
            return entry;
        },
        search->parameter(), request.scope.unitId, request.after.sortKey, request.after.id,
        request.limit);
}

} // namespace thidua::storage
