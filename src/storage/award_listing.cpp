#include "award_listing.h"

#include "award_rows.h"
#include "query.h"
#include "vietnamese_text.h"

namespace thidua::storage {

namespace {

// The award's columns first (readAward reads them), then what a list shows.
const std::string AwardsSql =
    "SELECT " + std::string(AwardColumns) +
    ","
    " CASE WHEN a.unit_id IS NOT NULL THEN cu.name"
    "      ELSE trim(p.family_name || ' ' || p.middle_name) || ' ' || p.given_name END,"
    " coalesce(pu.name, parent.name, ''), c.name, c.precedence,"
    " coalesce(p.search_key, cu.search_key), coalesce(p.sort_key, cu.sort_key),"
    " coalesce(a.unit_id, p.unit_id), coalesce(p.position, ''), c.presented_at_conference"
    " FROM award a"
    " JOIN award_catalogue c ON c.code = a.award_code"
    " LEFT JOIN person p ON p.id = a.person_id"
    " LEFT JOIN unit pu ON pu.id = p.unit_id"
    " LEFT JOIN unit cu ON cu.id = a.unit_id"
    " LEFT JOIN unit parent ON parent.id = cu.parent_id"
    " WHERE a.year = ?1"
    " AND (?2 IS NULL OR coalesce(a.unit_id, p.unit_id) IN (SELECT value FROM json_each(?2)))"
    " ORDER BY c.precedence, a.unit_id IS NULL, a.decision_date, a.id";

constexpr int AwardColumnCount = 17;

domain::AwardEntry readAwardEntry(const Statement& row) {
    domain::AwardEntry entry;
    entry.award = readAward(row);
    entry.candidateName = row.text(AwardColumnCount);
    entry.unitName = row.text(AwardColumnCount + 1);
    entry.awardName = row.text(AwardColumnCount + 2);
    entry.precedence = static_cast<int>(row.int64(AwardColumnCount + 3));
    entry.searchKey =
        row.text(AwardColumnCount + 4) + u' ' + domain::vn::searchKey(entry.award.decisionNumber);
    entry.nameSortKey = row.blob(AwardColumnCount + 5);
    entry.holderUnitId = row.int64(AwardColumnCount + 6);
    entry.position = row.text(AwardColumnCount + 7);
    entry.presentedAtConference = row.int64(AwardColumnCount + 8) != 0;
    return entry;
}

const std::string InitiativesSql =
    "SELECT " + std::string(InitiativeColumns) +
    ","
    " (SELECT group_concat(trim(p.family_name || ' ' || p.middle_name) || ' ' || p.given_name,"
    "                      ', ')"
    "    FROM initiative_author ia JOIN person p ON p.id = ia.person_id"
    "   WHERE ia.initiative_id = i.id),"
    " coalesce((SELECT decision_number FROM award WHERE id = i.used_by_award_id), '')"
    " FROM initiative i WHERE i.year = ?1 ORDER BY i.id";

constexpr int InitiativeColumnCount = 12;

domain::InitiativeEntry readInitiativeEntry(const Statement& row) {
    domain::InitiativeEntry entry;
    entry.initiative = readInitiative(row);
    entry.authorNames = row.text(InitiativeColumnCount);
    entry.usedByDecision = row.text(InitiativeColumnCount + 1);
    entry.searchKey = domain::vn::searchKey(entry.initiative.title + u' ' + entry.authorNames);
    return entry;
}

} // namespace

Result<std::vector<domain::AwardEntry>> listAwards(Database& db, int year,
                                                   const std::vector<domain::RowId>* holders) {
    const std::optional<QString> scope =
        holders ? std::optional<QString>(idArray(*holders)) : std::nullopt;
    return selectAll<domain::AwardEntry>(db, AwardsSql, readAwardEntry, year, scope);
}

Result<std::vector<domain::InitiativeEntry>> listInitiatives(Database& db, int year) {
    return selectAll<domain::InitiativeEntry>(db, InitiativesSql, readInitiativeEntry, year);
}

} // namespace thidua::storage
