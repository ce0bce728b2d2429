#pragma once

#include "ids.h"

#include <QString>

// The counts a conference report is drafted from, per unit as recorded; the
// report adds up the units of its scope.
namespace thidua::domain {

// The people whose current unit is unitId (not the units below it), how many
// of them registered for a title in the calendar year, and how many titles
// the unit itself registered for as a collective.
struct UnitHeadcount {
    RowId unitId = NoId;
    qint64 people = 0;
    qint64 peopleRegistered = 0;
    qint64 collectiveRegistrations = 0;
};

// Awards standing (not revoked) of one year, code and subject, counted for
// the unit that holds them: the collective itself, or the person's unit.
struct AwardTally {
    int year = 0;
    QString awardCode;
    QString level; // "state", "ministry", "grassroots"
    int precedence = 0;
    bool collective = false;
    RowId unitId = NoId;
    qint64 count = 0;
};

} // namespace thidua::domain
