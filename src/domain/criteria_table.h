#pragma once

#include "criterion_scoring.h"
#include "ids.h"
#include "ranking.h"

#include <QString>

#include <optional>
#include <vector>

// An organiser's scoring table for a year (bảng tiêu chí chấm điểm thi đua):
// groups, items and sub-items to any depth ("I", "I.1", "I.1.2"), each with
// its maximum points; a group is worth the sum of its items. The total (100,
// 1000 …) is the organiser's. Bonus and penalty criteria stand outside the
// total: a bonus or penalty group's points are the most its items together
// can add or take off. Refusals are sentences for the user (translation
// context "thidua::domain").
namespace thidua::domain {

enum class CriterionKind {
    Quantitative,  // định lượng: against a target
    PassFail,      // định tính
    PerOccurrence, // chấm thẳng: points each time, capped
    Bonus,         // điểm thưởng, outside the total
    Penalty,       // điểm trừ, outside the total
};

struct Criterion {
    int parent = -1; // index in CriteriaTable::criteria of its group; -1 at the top
    QString code;    // "I.1"
    QString title;
    CriterionKind kind = CriterionKind::PassFail; // of an item, or of a bonus/penalty group
    double maxPoints = 0;                         // an item's most; a bonus/penalty group's limit
    double pointsEach = 0;                        // PerOccurrence: what one occurrence earns
};

// Xếp loại: a total of at least minPoints earns the label.
struct RatingBand {
    double minPoints = 0;
    QString label;
};

struct CriteriaTable {
    RowId id = NoId;
    QString uuid;
    RowId organiserId = NoId;
    int year = 0;
    double total = 100;
    OverTargetScale scale = OverTargetScale::Difference;
    std::vector<TieBreak> tieBreaks; // in the order they apply
    std::vector<RatingBand> bands;   // highest first
    QString document;                // the decision that issued the table
    std::vector<Criterion> criteria; // a group before its items
};

// Why the table cannot be used for scoring: no total, an item without a
// title or with negative points, a group whose items do not add up to its
// points, top groups that do not add up to the total, or an item of a bonus
// or penalty group that is not itself bonus or penalty. Names the criterion.
std::optional<QString> criteriaTableRefusal(const CriteriaTable& table);

// Whether criterion `index` has items below it.
bool isGroup(const CriteriaTable& table, int index);

// Whether criterion `index` adds or takes points outside the total.
bool isOutsideTotal(const Criterion& criterion);

// "I.1 Xây dựng văn bản": how refusals and sheets name a criterion.
QString criterionLabel(const Criterion& criterion);

// The band a total earns, or an empty string below every band.
QString ratingOf(const CriteriaTable& table, double total);

} // namespace thidua::domain
