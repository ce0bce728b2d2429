#include "conduct_rules.h"

#include "vietnamese_format.h"

#include <QCoreApplication>

namespace thidua::domain {

namespace {

struct Text {
    Q_DECLARE_TR_FUNCTIONS(thidua::domain)
};

} // namespace

std::optional<QString> gradeYearRefusal(int year, QDate today) {
    if (year < FirstGradeYear || year > today.year())
        return Text::tr("Year: %1 is outside %2–%3; grades are kept from %2 to this year.")
            .arg(year)
            .arg(FirstGradeYear)
            .arg(today.year());
    return std::nullopt;
}

std::optional<QString> disciplineRefusal(const Discipline& record,
                                         const std::vector<Discipline>& others) {
    if (!record.start.isValid())
        return Text::tr("From: give the day the discipline takes effect.");
    if (record.end.isValid() && record.end < record.start)
        return Text::tr("To: %1 is before the start, %2.")
            .arg(vn::formatDate(record.end), vn::formatDate(record.start));
    for (const Discipline& other : others)
        if (other.id != record.id && other.form == record.form && other.start == record.start)
            return Text::tr("A %1 from %2 is already recorded for this person.")
                .arg(disciplineFormName(record.form).toLower(), vn::formatDate(record.start));
    return std::nullopt;
}

std::optional<QString> unitGradeRefusal(const Unit& unit, int year) {
    if (unit.activeTo.isValid() && unit.activeTo.year() < year)
        return Text::tr("%1 closed on %2, so it has no grade for %3.")
            .arg(unit.name, vn::formatDate(unit.activeTo))
            .arg(year);
    if (unit.activeFrom.isValid() && unit.activeFrom.year() > year)
        return Text::tr("%1 was set up on %2, so it has no grade for %3.")
            .arg(unit.name, vn::formatDate(unit.activeFrom))
            .arg(year);
    return std::nullopt;
}

} // namespace thidua::domain
