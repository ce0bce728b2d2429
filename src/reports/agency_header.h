#pragma once

#include "document.h"
#include "ids.h"
#include "listing_types.h"

#include <QDate>
#include <QString>

#include <vector>

namespace thidua::reports {

// Where and when a document is issued.
struct Issue {
    QDate date;    // invalid: today, by the clock of the workspace
    QString place; // empty: read from the agency's name, else dots to fill in by hand
};

// The official header of a document issued for unitId: the unit's parent as
// the parent agency, the unit itself as the issuing agency. For the whole
// database (NoId) the one top unit when there is exactly one; with several,
// the agency lines stay empty for the clerk to write. units: every unit, as
// ListingService::units() gives them. No number: the clerk's office gives one.
documents::OfficialHeader agencyHeader(const std::vector<services::ListedUnit>& units,
                                       domain::RowId unitId, const Issue& issue);

// The header of a cluster's documents: the organiser over the cluster, and
// the place (dots to fill in by hand when empty) and the day.
documents::OfficialHeader clusterHeader(const QString& organiser, const QString& clusterName,
                                        const QString& place, QDate date);

// The place of a cluster's documents: read from its head unit's name, else
// from its organiser's; empty when neither names one.
QString clusterPlace(const QString& headName, const QString& organiserName);

// The place in an agency's name: "Vĩnh Phúc" from "Sở Tư pháp tỉnh Vĩnh Phúc",
// "Hà Nội" from "UBND thành phố Hà Nội"; empty when the name names no
// province or city.
QString placeInName(const QString& name);

} // namespace thidua::reports
