#pragma once

#include "award.h"
#include "initiative.h"

#include <QByteArray>
#include <QString>

namespace thidua::domain {

// An award as the awards page lists it: the record with the names it is read
// by and the keys it is found and ordered by.
struct AwardEntry {
    Award award;
    QString candidateName; // a person's full name or a unit's name
    QString unitName;      // the person's unit, or the collective's parent unit
    QString awardName;
    int precedence = 0;
    bool presentedAtConference = true; // the catalogue's rule: LĐTT and TTLĐTT are not
    RowId holderUnitId = NoId;         // the collective itself, or the person's unit
    QString position;                  // the person's; empty for a collective
    QString searchKey; // the candidate's name and the decision number, without diacritics
    QByteArray nameSortKey;
};

// An initiative with its authors' names and the decision of the award that
// used it, if one did.
struct InitiativeEntry {
    Initiative initiative;
    QString authorNames; // "Nguyễn Văn A, Trần Thị B"
    QString usedByDecision;
    QString searchKey; // the title and the authors, without diacritics
};

} // namespace thidua::domain
