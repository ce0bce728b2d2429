#include "agency_header.h"

#include <QRegularExpression>

#include <algorithm>

namespace thidua::reports {

namespace {

// Left for the clerk to fill in by hand, as on a printed form.
const QString kBlankPlace = QStringLiteral("……………");

const services::ListedUnit* findUnit(const std::vector<services::ListedUnit>& units,
                                     domain::RowId id) {
    const auto found = std::ranges::find(units, id, &services::ListedUnit::id);
    return found == units.end() ? nullptr : &*found;
}

const services::ListedUnit* issuingUnit(const std::vector<services::ListedUnit>& units,
                                        domain::RowId unitId) {
    if (unitId != domain::NoId)
        return findUnit(units, unitId);
    const services::ListedUnit* top = nullptr;
    for (const services::ListedUnit& unit : units) {
        if (unit.parentId != domain::NoId)
            continue;
        if (top != nullptr)
            return nullptr; // several top units: none of them speaks for all
        top = &unit;
    }
    return top;
}

} // namespace

QString placeInName(const QString& name) {
    // "Tỉnh ủy", "Thành ủy" are party committees, not places.
    static const QRegularExpression province(
        QStringLiteral("(?:^|\\s)(?:tỉnh|thành phố|TP\\.)\\s*(?!(?:ủy|uỷ)(?:\\s|$))(\\S.*)$"),
        QRegularExpression::CaseInsensitiveOption | QRegularExpression::UseUnicodePropertiesOption);
    return province.match(name).captured(1).trimmed();
}

documents::OfficialHeader agencyHeader(const std::vector<services::ListedUnit>& units,
                                       domain::RowId unitId, const Issue& issue) {
    documents::OfficialHeader header;
    header.date = issue.date;
    header.place = issue.place;
    if (const services::ListedUnit* unit = issuingUnit(units, unitId)) {
        header.issuingAgency = unit->name;
        if (const services::ListedUnit* parent = findUnit(units, unit->parentId))
            header.parentAgency = parent->name;
    }
    if (header.place.isEmpty())
        header.place = placeInName(header.issuingAgency);
    if (header.place.isEmpty())
        header.place = placeInName(header.parentAgency);
    if (header.place.isEmpty())
        header.place = kBlankPlace;
    return header;
}

documents::OfficialHeader clusterHeader(const QString& organiser, const QString& clusterName,
                                        const QString& place, QDate date) {
    return {organiser, clusterName, {}, {}, place.isEmpty() ? QStringLiteral("……………") : place,
            date};
}

QString clusterPlace(const QString& headName, const QString& organiserName) {
    const QString place = placeInName(headName);
    return place.isEmpty() ? placeInName(organiserName) : place;
}

} // namespace thidua::reports
