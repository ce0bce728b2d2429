#include "unit_history.h"

#include "vietnamese_format.h"
#include "vietnamese_text.h"

#include <QCoreApplication>

#include <algorithm>

namespace thidua::domain {

namespace {

struct Text {
    Q_DECLARE_TR_FUNCTIONS(thidua::domain)
};

// The day a unit stops existing: the day before it was merged, or its end.
bool closedOn(const Unit& unit, QDate day) {
    return unit.activeTo.isValid() && day > unit.activeTo;
}

} // namespace

QString unitNameOn(const QString& currentName, const std::vector<FormerUnitName>& formerNames,
                   QDate day) {
    const FormerUnitName* earliestStillValid = nullptr;
    for (const FormerUnitName& former : formerNames) {
        if (former.validUntil >= day &&
            (!earliestStillValid || former.validUntil < earliestStillValid->validUntil))
            earliestStillValid = &former;
    }
    return earliestStillValid ? earliestStillValid->name : currentName;
}

std::optional<Assignment> assignmentOn(const std::vector<Assignment>& history, QDate day) {
    const Assignment* latest = nullptr;
    for (const Assignment& posting : history) {
        const bool started = !posting.startsOn.isValid() || posting.startsOn <= day;
        if (started && (!latest || !latest->startsOn.isValid() ||
                        (posting.startsOn.isValid() && posting.startsOn > latest->startsOn)))
            latest = &posting;
    }
    return latest ? std::optional<Assignment>(*latest) : std::nullopt;
}

std::optional<QString> renameRefusal(const Unit& unit, bool merged, const QString& newName,
                                     QDate effectiveOn,
                                     const std::vector<FormerUnitName>& formerNames) {
    if (!effectiveOn.isValid())
        return Text::tr("Give the date from which %1 carries its new name.").arg(unit.name);
    if (vn::normalized(newName) == unit.name)
        return Text::tr("%1 already has this name.").arg(unit.name);
    if (merged || closedOn(unit, effectiveOn))
        return Text::tr("%1 no longer exists on %2; a closed or merged unit keeps its name.")
            .arg(unit.name, vn::formatDate(effectiveOn));
    if (unit.activeFrom.isValid() && effectiveOn <= unit.activeFrom)
        return Text::tr("%1 was set up on %2; a new name must take effect after that.")
            .arg(unit.name, vn::formatDate(unit.activeFrom));
    const auto last = std::ranges::max_element(formerNames, {}, &FormerUnitName::validUntil);
    if (last != formerNames.end() && effectiveOn.addDays(-1) <= last->validUntil)
        return Text::tr("%1 took its current name on %2; a new name must take effect after that.")
            .arg(unit.name, vn::formatDate(last->validUntil.addDays(1)));
    return std::nullopt;
}

std::optional<QString> mergeRefusal(const MergeSides& sides, QDate on) {
    const Unit& source = sides.source;
    const Unit& target = sides.target;
    if (!on.isValid())
        return Text::tr("Give the date from which %1 is part of %2.").arg(source.name, target.name);
    if (source.id == target.id)
        return Text::tr("%1 cannot be merged into itself.").arg(source.name);
    if (sides.sourceMerged)
        return Text::tr("%1 has already been merged into another unit.").arg(source.name);
    if (sides.targetMerged || closedOn(target, on))
        return Text::tr("%1 no longer exists on %2; merge into the unit that took it over.")
            .arg(target.name, vn::formatDate(on));
    if (sides.targetBelowSource)
        return Text::tr("%1 is part of %2; a unit cannot be merged into one of its own units.")
            .arg(target.name, source.name);
    if (closedOn(source, on))
        return Text::tr("%1 was closed on %2, before the merger.")
            .arg(source.name, vn::formatDate(source.activeTo));
    return std::nullopt;
}

std::optional<QString> transferRefusal(const std::vector<Assignment>& history,
                                       const Assignment& current, const Unit& to, bool toMerged,
                                       const QString& position, QDate on) {
    if (!on.isValid())
        return Text::tr("Give the date of the transfer.");
    if (toMerged || closedOn(to, on))
        return Text::tr("%1 no longer exists on %2.").arg(to.name, vn::formatDate(on));
    const auto latest = std::ranges::max_element(history, {}, &Assignment::startsOn);
    if (latest != history.end() && latest->startsOn.isValid() && on <= latest->startsOn)
        return Text::tr("The current posting began on %1; a transfer must be dated after it.")
            .arg(vn::formatDate(latest->startsOn));
    if (current.unitId == to.id && vn::normalized(position) == current.position)
        return Text::tr("This person already holds this position in %1.").arg(to.name);
    return std::nullopt;
}

} // namespace thidua::domain
