#include "movement_rules.h"

#include "vietnamese_format.h"

#include <QCoreApplication>

#include <algorithm>
#include <set>
#include <utility>

namespace thidua::domain {

namespace {

struct Text {
    Q_DECLARE_TR_FUNCTIONS(thidua::domain)
};

std::optional<QString> milestoneRefusal(const Milestone& milestone, const Movement& movement,
                                        const Period& period) {
    const QString review = reviewKindName(milestone.kind);
    if (!milestone.date.isValid())
        return Text::tr("%1 of %2 in %3 needs a date.")
            .arg(review)
            .arg(milestone.year)
            .arg(movement.name);
    if (milestone.year < period.start.year() || milestone.year > period.end.year())
        return Text::tr("%1 of %2 in %3 reviews a year outside %4.")
            .arg(review)
            .arg(milestone.year)
            .arg(movement.name, period.label);
    if (!period.contains(milestone.date))
        return Text::tr("%1 of %2 in %3 falls on %4, outside %5 (%6–%7).")
            .arg(review)
            .arg(milestone.year)
            .arg(movement.name, vn::formatDate(milestone.date), period.label,
                 vn::formatDate(period.start), vn::formatDate(period.end));
    const int dateYear = milestone.date.year();
    const bool inItsTime = milestone.kind == ReviewKind::MidYear
                               ? dateYear == milestone.year
                               : dateYear == milestone.year || dateYear == milestone.year + 1;
    if (!inItsTime)
        return Text::tr("%1 of %2 in %3 falls on %4, too far from the year it reviews.")
            .arg(review)
            .arg(milestone.year)
            .arg(movement.name, vn::formatDate(milestone.date));
    return std::nullopt;
}

std::optional<QString> milestonesRefusal(const Movement& movement, const Period& period) {
    std::set<std::pair<int, ReviewKind>> seen;
    for (const Milestone& milestone : movement.milestones) {
        if (auto refusal = milestoneRefusal(milestone, movement, period))
            return refusal;
        if (!seen.insert({milestone.year, milestone.kind}).second)
            return Text::tr("%1 has %2 of %3 twice.")
                .arg(movement.name, reviewKindName(milestone.kind))
                .arg(milestone.year);
    }
    for (const Milestone& yearEnd : movement.milestones) {
        if (yearEnd.kind != ReviewKind::YearEnd)
            continue;
        const auto midYear = std::ranges::find_if(movement.milestones, [&](const Milestone& m) {
            return m.kind == ReviewKind::MidYear && m.year == yearEnd.year;
        });
        if (midYear != movement.milestones.end() && yearEnd.date < midYear->date)
            return Text::tr("In %1, the year-end review of %2 (%3) comes before its 6-month "
                            "review (%4).")
                .arg(movement.name)
                .arg(yearEnd.year)
                .arg(vn::formatDate(yearEnd.date), vn::formatDate(midYear->date));
    }
    return std::nullopt;
}

} // namespace

std::optional<QString> movementRefusal(const Movement& movement, const Period& period,
                                       const UnitNames& names) {
    if (movement.name.trimmed().isEmpty())
        return Text::tr("A movement needs a name.");
    if (movement.launcherId == NoId)
        return Text::tr("Say which unit launches %1.").arg(movement.name);
    std::set<RowId> seen;
    for (RowId unitId : movement.participantIds) {
        if (seen.insert(unitId).second)
            continue;
        const QString name = names ? names(unitId) : QString();
        return Text::tr("%1 takes part in %2 twice.")
            .arg(name.isEmpty() ? Text::tr("unit %1").arg(unitId) : name, movement.name);
    }
    return milestonesRefusal(movement, period);
}

std::vector<Milestone> proposedMilestones(const Period& period) {
    std::vector<Milestone> milestones;
    if (!period.start.isValid() || !period.end.isValid())
        return milestones;
    for (int year = period.start.year(); year <= period.end.year(); ++year) {
        if (period.contains(QDate(year, 6, 30)))
            milestones.push_back(
                {year, ReviewKind::MidYear, std::min(QDate(year, 7, 15), period.end)});
        if (const QDate yearEnd(year, 12, 15); period.contains(yearEnd))
            milestones.push_back({year, ReviewKind::YearEnd, yearEnd});
    }
    return milestones;
}

} // namespace thidua::domain
