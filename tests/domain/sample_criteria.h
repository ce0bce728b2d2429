#pragma once

#include "criteria_table.h"

namespace thidua::test {

using domain::CriteriaTable;
using domain::Criterion;
using domain::CriterionKind;

inline Criterion criterion(int parent, const char* code, const char* title, CriterionKind kind,
                           double maxPoints, double pointsEach = 0) {
    return {parent, QString::fromUtf8(code), QString::fromUtf8(title), kind, maxPoints, pointsEach};
}

// A table of 100 in three groups, as the brief's example, with bonus and
// penalty groups outside the total.
inline CriteriaTable hundredPointTable() {
    CriteriaTable table;
    table.year = 2025;
    table.total = 100;
    table.criteria = {
        criterion(-1, "I", "Công tác chuyên môn", CriterionKind::PassFail, 40),
        criterion(0, "I.1", "Xây dựng văn bản", CriterionKind::Quantitative, 20),
        criterion(0, "I.2", "Phổ biến pháp luật", CriterionKind::Quantitative, 20),
        criterion(-1, "II", "Công tác thi đua", CriterionKind::PassFail, 40),
        criterion(3, "II.1", "Ký giao ước", CriterionKind::PassFail, 25),
        criterion(3, "II.2", "Báo cáo đúng hạn", CriterionKind::PerOccurrence, 15, 2.5),
        criterion(-1, "III", "Cải cách hành chính", CriterionKind::PassFail, 20),
        criterion(-1, "IV", "Điểm thưởng", CriterionKind::Bonus, 5),
        criterion(7, "IV.1", "Mô hình mới", CriterionKind::Bonus, 3),
        criterion(7, "IV.2", "Sáng kiến", CriterionKind::Bonus, 3),
        criterion(-1, "V", "Điểm trừ", CriterionKind::Penalty, 10),
        criterion(10, "V.1", "Báo cáo chậm", CriterionKind::Penalty, 10),
    };
    return table;
}

} // namespace thidua::test
