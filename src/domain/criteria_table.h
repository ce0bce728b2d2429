#pragma once

#include "ids.h"

#include <QString>

#include <optional>
#include <vector>

// An organiser's scoring table for a year (bảng tiêu chí chấm điểm thi đua):
// groups, items and sub-items to any depth ("I", "I.1", "I.1.2"), each with
// its maximum points; a group is worth the sum of its items. The total (100,
// 1000 …) is the organiser's. Bonus and penalty criteria stand outside the
// total. Refusals are sentences for the user (translation context
// "thidua::domain").
namespace thidua::domain {

enum class CriterionKind {
    Quantitative,  // định lượng: against a target
    PassFail,      // định tính
    PerOccurrence, // chấm thẳng: points each time, capped
    BonusPenalty,  // cộng/trừ, outside the total
};

struct Criterion {
    int parent = -1; // index in CriteriaTable::criteria of its group; -1 at the top
    QString code;    // "I.1"
    QString title;
    CriterionKind kind = CriterionKind::PassFail; // of an item; a group's is ignored
    double maxPoints = 0; // a bonus/penalty criterion's: the most it can add
};

struct CriteriaTable {
    RowId organiserId = NoId;
    int year = 0;
    double total = 100;
    std::vector<Criterion> criteria; // a group before its items
};

// Why the table cannot be used for scoring: no total, an item without a
// title or with negative points, a group whose items do not add up to its
// points, or top groups that do not add up to the total. Names the criterion.
std::optional<QString> criteriaTableRefusal(const CriteriaTable& table);

// Whether criterion `index` has items below it.
bool isGroup(const CriteriaTable& table, int index);

} // namespace thidua::domain
