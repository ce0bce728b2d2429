#pragma once

#include "discipline.h"
#include "evaluation.h"
#include "unit.h"

#include <QDate>
#include <QString>

#include <optional>
#include <vector>

// The rules of yearly grades and discipline records as a clerk enters them
// (translation context "thidua::domain").
namespace thidua::domain {

// Grades are kept from 2000, the first year any award now in force looks
// back to, up to the current year: next year's grade cannot be known yet.
constexpr int FirstGradeYear = 2000;

// Why a grade for year cannot be recorded on today.
std::optional<QString> gradeYearRefusal(int year, QDate today);

// Why the unit cannot be graded for year: it did not exist in any of it yet,
// or it had closed (dissolved or merged) before the year began.
std::optional<QString> unitGradeRefusal(const Unit& unit, int year);

// Why the record cannot be kept: no start date, an end before the start, or
// the same form from the same day already recorded for the person (a record
// typed twice). Records may overlap: a civil servant disciplined again while
// an earlier decision still runs serves both, and awards wait for the later
// end, so the clerk records each decision as it was issued.
// others are the person's other records (the record itself left out).
std::optional<QString> disciplineRefusal(const Discipline& record,
                                         const std::vector<Discipline>& others);

} // namespace thidua::domain
