#pragma once

#include "award.h"
#include "initiative.h"

#include <string_view>

// The columns an award or an initiative is read from, shared by the
// repositories and the listings so that a row reads the same everywhere.
namespace thidua::storage {

class Statement;

// From "award a"; the columns first in a select, in this order.
inline constexpr std::string_view AwardColumns =
    "a.id, a.uuid, a.award_code, coalesce(a.person_id, 0), coalesce(a.unit_id, 0),"
    " a.first_year, a.year, a.kind, a.decision_number, a.decision_date, a.issuer,"
    " a.golden_book_number, a.amount, a.revoked_by, a.revoked_on, a.revocation_reason, a.note";
domain::Award readAward(const Statement& row);

// From "initiative i"; the authors' ids come comma-separated.
inline constexpr std::string_view InitiativeColumns =
    "i.id, i.uuid, i.title, i.kind, i.level, i.year, i.decision_number, i.decision_date,"
    " i.issuer, coalesce(i.used_by_award_id, 0), i.note,"
    " (SELECT group_concat(person_id) FROM initiative_author WHERE initiative_id = i.id)";
domain::Initiative readInitiative(const Statement& row);

} // namespace thidua::storage
