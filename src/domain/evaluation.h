#pragma once

#include "ids.h"

#include <QString>

#include <optional>

namespace thidua::domain {

// The yearly evaluation grade (xếp loại) of a person or a collective, best
// first. Eligibility rules read it: LĐTT needs HTTNV or better, CSTĐ cơ sở
// may rest on HTXSNV, TTLĐXS needs HTXSNV.
enum class Grade {
    Excellent,   // HTXSNV: hoàn thành xuất sắc nhiệm vụ
    Good,        // HTTNV: hoàn thành tốt nhiệm vụ
    Completed,   // HTNV: hoàn thành nhiệm vụ
    NotCompleted // KHTNV: không hoàn thành nhiệm vụ
};

// One grade per subject and year.
struct Evaluation {
    RowId id = NoId;
    QString uuid;
    int year = 0;
    RowId personId = NoId; // exactly one of personId and unitId is set
    RowId unitId = NoId;
    Grade grade = Grade::Good;
    QString note;
};

// "HTXSNV", "HTTNV", "HTNV", "KHTNV": the codes clerks write and the schema stores.
QString gradeCode(Grade grade);
// Accepts the code, with or without diacritics or case, and the full words
// ("Hoàn thành xuất sắc nhiệm vụ").
std::optional<Grade> gradeFromText(const QString& text);
// "Hoàn thành xuất sắc nhiệm vụ".
QString gradeName(Grade grade);
// HTTNV or better: the grade LĐTT asks for.
inline bool atLeastGood(Grade grade) {
    return grade == Grade::Excellent || grade == Grade::Good;
}

} // namespace thidua::domain
