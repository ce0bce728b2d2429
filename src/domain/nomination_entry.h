#pragma once

#include "nomination.h"
#include "person.h"

#include <QByteArray>
#include <QDate>
#include <QString>

namespace thidua::domain {

// A nomination as a list prints it: the candidate's name, position and unit,
// the award and its place in the order of precedence.
struct NominationEntry {
    RowId nominationId = NoId;
    NominationStatus status = NominationStatus::Draft;
    bool collective = false;
    RowId personId = NoId; // the candidate: one of the two is set
    RowId unitId = NoId;
    RowId holderUnitId = NoId; // the collective itself, or the person's unit
    QString candidateName;     // a person's full name or a unit's name
    QDate birthDate;           // people only
    Gender gender = Gender::Female;
    QString position;
    QString unitName; // the person's unit, or the collective's parent unit
    QString proposingUnitName;
    QString awardCode;
    QString awardName;
    int precedence = 0;
    QString basis;
    QByteArray nameSortKey; // Vietnamese order of the candidate's name
    QByteArray unitSortKey;
};

// Which nominations a list shows.
struct NominationFilter {
    int year = 0;
    domain::RowId clusterId = domain::NoId; // proposed by the cluster-year's vote or members
    domain::RowId proposingUnitId = domain::NoId;
    bool includeClosed = false; // withdrawn and rejected ones too
};

} // namespace thidua::domain
