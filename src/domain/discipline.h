#pragma once

#include "ids.h"

#include <QDate>
#include <QString>

#include <optional>

namespace thidua::domain {

// Hình thức kỷ luật of civil servants and public employees, lightest first.
enum class DisciplineForm {
    Reprimand,       // khiển trách
    Warning,         // cảnh cáo
    SalaryReduction, // hạ bậc lương
    Demotion,        // giáng chức
    Removal,         // cách chức
    Dismissal        // buộc thôi việc
};

// A discipline record holds awards back while it runs; achievements count
// again from its end (Nghị định 152/2025, Điều 4).
struct Discipline {
    RowId id = NoId;
    QString uuid;
    RowId personId = NoId;
    DisciplineForm form = DisciplineForm::Reprimand;
    QString decision; // "Quyết định số 12/QĐ-STP ngày 05/3/2024"
    QDate start;
    QDate end; // invalid while it runs without a set end
    QString reason;

    bool activeOn(QDate date) const { return date >= start && (!end.isValid() || date <= end); }
    // Whether it overlaps the days from first to last.
    bool overlaps(QDate first, QDate last) const {
        return start <= last && (!end.isValid() || end >= first);
    }
};

QString disciplineFormCode(DisciplineForm form);
std::optional<DisciplineForm> disciplineFormFromCode(const QString& code);
// Accepts the Vietnamese words ("Khiển trách", "canh cao") and the codes.
std::optional<DisciplineForm> disciplineFormFromText(const QString& text);
// "Khiển trách".
QString disciplineFormName(DisciplineForm form);

} // namespace thidua::domain
