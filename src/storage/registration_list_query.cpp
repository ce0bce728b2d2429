#include "registration_list_query.h"

#include "people_search.h"
#include "person_name.h"
#include "query.h"

namespace thidua::storage {

namespace {

// The codes the schema's CHECK allows. The same mapping is private to
// registration_repository.cpp; one shared header would serve both.
domain::RegistrationStatus statusFromCode(const QString& code) {
    if (code == QStringLiteral("submitted"))
        return domain::RegistrationStatus::Submitted;
    if (code == QStringLiteral("accepted"))
        return domain::RegistrationStatus::Accepted;
    if (code == QStringLiteral("returned"))
        return domain::RegistrationStatus::Returned;
    return domain::RegistrationStatus::Draft;
}

// CROSS JOIN keeps the subjects as the outer loop: SQLite then reads them in
// the order of their sort index and each one's registrations from the
// (period, subject, title) index, already in list order, so a page stops after
// its rows instead of sorting the period's 100,000 registrations.
// The position test is split so that its first half is a range on that index.
std::string peopleSql(const ListScope& scope, const PeopleSearch& search) {
    return scopePrefix(scope) +
           "SELECT r.id, r.uuid, r.period_id, p.id, r.title_code, r.status, r.registered_on,"
           " r.return_reason, t.name, p.sort_key, p.unit_id, p.family_name, p.middle_name,"
           " p.given_name, p.position"
           " FROM " +
           search.source(scope) +
           " CROSS JOIN registration r ON r.person_id = p.id"
           " AND r.period_id = ?6 AND r.person_id IS NOT NULL"
           " JOIN title t ON t.code = r.title_code WHERE " +
           scopeCondition(scope, "p.unit_id") + " AND " + search.condition() +
           " AND (p.sort_key, p.id) >= (?3, ?4)"
           " AND ((p.sort_key, p.id) > (?3, ?4) OR r.title_code > ?7)"
           " ORDER BY p.sort_key, p.id, r.title_code LIMIT ?5";
}

std::string unitsSql(const ListScope& scope) {
    // A collective registration has no person: "without a unit" holds none.
    const std::string condition =
        scope.kind == ListScope::Kind::NoUnit ? std::string("0") : scopeCondition(scope, "u.id");
    return scopePrefix(scope) +
           "SELECT r.id, r.uuid, r.period_id, u.id, r.title_code, r.status, r.registered_on,"
           " r.return_reason, t.name, u.sort_key, u.id, u.name"
           " FROM unit u CROSS JOIN registration r ON r.unit_id = u.id"
           " AND r.period_id = ?6 AND r.unit_id IS NOT NULL"
           " JOIN title t ON t.code = r.title_code WHERE " +
           condition +
           " AND (?1 = '' OR vn_words_match(u.search_key, ?1))"
           " AND (u.sort_key, u.id) >= (?3, ?4)"
           " AND ((u.sort_key, u.id) > (?3, ?4) OR r.title_code > ?7)"
           " ORDER BY u.sort_key, u.id, r.title_code LIMIT ?5";
}

} // namespace

Result<std::vector<RegistrationListEntry>>
RegistrationListQuery::page(const RegistrationListRequest& request) {
    const bool people = request.subjects == Subjects::People;
    PeopleSearch search;
    if (people) {
        auto planned = PeopleSearch::prepare(db_, request.search);
        if (!planned)
            return std::unexpected(planned.error());
        search = std::move(*planned);
    }
    return selectAll<RegistrationListEntry>(
        db_, people ? peopleSql(request.scope, search) : unitsSql(request.scope),
        [people](const Statement& row) {
            RegistrationListEntry entry;
            domain::Registration& registration = entry.registration;
            registration.id = row.int64(0);
            registration.uuid = row.text(1);
            registration.periodId = row.int64(2);
            (people ? registration.personId : registration.unitId) = row.int64(3);
            registration.titleCode = row.text(4);
            registration.status = statusFromCode(row.text(5));
            registration.registeredOn = row.date(6);
            registration.returnReason = row.text(7);
            entry.titleName = row.text(8);
            entry.sortKey = row.blob(9);
            entry.subjectUnitId = row.int64(10);
            entry.subjectName =
                people ? domain::PersonName{row.text(11), row.text(12), row.text(13)}.fullName()
                       : row.text(11);
            if (people)
                entry.position = row.text(14);
            return entry;
        },
        people ? search.parameter() : request.search, request.scope.unitId, request.after.sortKey,
        request.after.id, request.limit, request.periodId, request.after.titleCode);
}

} // namespace thidua::storage
