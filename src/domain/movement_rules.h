#pragma once

#include "cluster_year.h"
#include "movement.h"
#include "period.h"

#include <QString>

#include <optional>
#include <vector>

// The rules a movement keeps whatever screen or file it comes from, each
// refusal a sentence naming the movement, the unit or the review concerned
// (translation context "thidua::domain").
namespace thidua::domain {

// Why this movement cannot be stored for its period: no name, no launching
// unit, a unit taking part twice, or a milestone that is undated, outside the
// period, reviews a year outside it, is repeated, or is out of order (a
// 6-month review dated outside its year, a year-end review before that
// year's 6-month review or later than the next year).
std::optional<QString> movementRefusal(const Movement& movement, const Period& period,
                                       const UnitNames& names);

// Review dates to start from, for each year of the period: the 6-month review
// on 15 July when the period covers 30 June (on its last day when it ends
// before 15 July), the year-end review on 15 December when the period covers
// that day. Conferences move by a few days; the clerk edits them.
std::vector<Milestone> proposedMilestones(const Period& period);

} // namespace thidua::domain
