#pragma once

#include "ids.h"

#include <QDate>
#include <QString>

namespace thidua::domain {

// An emulation period is (kind, start, end, label), never a bare year: school
// years, six-month reviews and five-year stages all exist.
enum class PeriodKind { Year, FirstHalf, SchoolYear, Stage };

struct Period {
    RowId id = NoId;
    QString uuid;
    PeriodKind kind = PeriodKind::Year;
    QDate start;
    QDate end;
    QString label;
    bool closed = false;
    // Registrations after this day are late: still taken, with a warning.
    QDate registrationDeadline = {};

    bool contains(QDate date) const { return date >= start && date <= end; }
};

// "năm 2025", 01/01/2025–31/12/2025.
Period calendarYear(int year);

// "6 tháng đầu năm 2025", 01/01/2025–30/06/2025.
Period firstHalfOfYear(int year);

// "giai đoạn 2021–2025".
Period stage(int firstYear, int lastYear);

QString periodKindCode(PeriodKind kind);
bool periodKindFromCode(const QString& code, PeriodKind* kind);

} // namespace thidua::domain
