#include "nomination_listing.h"

#include "query.h"

namespace thidua::storage {

namespace {

// One pass over the year's nominations, joined to what a list prints.
constexpr std::string_view ListSql =
    "SELECT n.id, n.status, n.unit_id IS NOT NULL,"
    " CASE WHEN n.unit_id IS NOT NULL THEN cu.name"
    "      ELSE trim(p.family_name || ' ' || p.middle_name) || ' ' || p.given_name END,"
    " p.birth_date, coalesce(p.gender, 'female'), coalesce(p.position, ''),"
    " coalesce(pu.name, parent.name, ''), pr.name, n.award_code, c.name, c.precedence, n.basis,"
    " coalesce(p.sort_key, cu.sort_key), coalesce(pu.sort_key, cu.sort_key),"
    " coalesce(n.person_id, 0), coalesce(n.unit_id, 0), coalesce(n.unit_id, p.unit_id, 0)"
    " FROM nomination n"
    " JOIN award_catalogue c ON c.code = n.award_code"
    " JOIN unit pr ON pr.id = n.proposing_unit_id"
    " LEFT JOIN person p ON p.id = n.person_id"
    " LEFT JOIN unit pu ON pu.id = p.unit_id"
    " LEFT JOIN unit cu ON cu.id = n.unit_id"
    " LEFT JOIN unit parent ON parent.id = cu.parent_id"
    " WHERE n.year = ?1"
    " AND (?2 = 0 OR n.proposing_unit_id = ?2)"
    " AND (?3 = 0 OR n.ballot_session_id IN (SELECT id FROM ballot_session WHERE cluster_id = ?3)"
    "      OR n.proposing_unit_id IN (SELECT unit_id FROM cluster_member WHERE cluster_id = ?3))"
    " AND (?4 OR n.status NOT IN ('withdrawn', 'rejected'))"
    " ORDER BY c.precedence, n.unit_id IS NULL, n.id";

domain::NominationEntry readRow(const Statement& row) {
    domain::NominationEntry entry;
    entry.nominationId = row.int64(0);
    entry.status =
        domain::nominationStatusFromText(row.text(1)).value_or(domain::NominationStatus::Draft);
    entry.collective = row.int64(2) != 0;
    entry.candidateName = row.text(3);
    entry.birthDate = row.date(4);
    entry.gender = row.text(5) == u"male" ? domain::Gender::Male : domain::Gender::Female;
    entry.position = row.text(6);
    entry.unitName = row.text(7);
    entry.proposingUnitName = row.text(8);
    entry.awardCode = row.text(9);
    entry.awardName = row.text(10);
    entry.precedence = static_cast<int>(row.int64(11));
    entry.basis = row.text(12);
    entry.nameSortKey = row.blob(13);
    entry.unitSortKey = row.blob(14);
    entry.personId = row.int64(15);
    entry.unitId = row.int64(16);
    entry.holderUnitId = row.int64(17);
    return entry;
}

} // namespace

Result<std::vector<domain::NominationEntry>>
listNominations(Database& db, const domain::NominationFilter& filter) {
    return selectAll<domain::NominationEntry>(db, ListSql, readRow, filter.year,
                                              filter.proposingUnitId, filter.clusterId,
                                              filter.includeClosed ? 1 : 0);
}

} // namespace thidua::storage
