#pragma once

#include "ids.h"

#include <QDate>
#include <QString>
#include <QStringList>

#include <vector>

namespace thidua::domain {

// Giao ước thi đua: what the members of a cluster promise each other for the
// year, signed early in the year (or at the previous year's tổng kết).
struct Covenant {
    RowId id = NoId;
    QString uuid;
    RowId clusterId = NoId; // the cluster-year; a covenant never moves to another
    QDate signedOn;
    QString place;
    std::vector<RowId> signatoryIds; // member units that signed
    QStringList targets;             // in the order they are printed
};

// Targets as stored: each item in NFC with its white space tidied, empty items
// dropped (the trailing empty line an editor leaves behind).
QStringList tidyTargets(const QStringList& targets);

} // namespace thidua::domain
