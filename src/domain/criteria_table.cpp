#include "criteria_table.h"

#include "vietnamese_format.h"
#include "vietnamese_text.h"

#include <QCoreApplication>

#include <cmath>

namespace thidua::domain {

namespace {

struct Text {
    Q_DECLARE_TR_FUNCTIONS(thidua::domain)
};

// Points are written to hundredths; sums are compared to that precision.
bool samePoints(double a, double b) {
    return std::abs(a - b) < 0.005;
}

QString points(double value) {
    return vn::formatDecimal(value);
}

std::optional<QString> itemRefusal(const CriteriaTable& table, int index) {
    const Criterion& criterion = table.criteria[static_cast<std::size_t>(index)];
    if (vn::normalized(criterion.title).isEmpty())
        return Text::tr("Criterion %1 has no title.").arg(criterion.code);
    if (criterion.maxPoints < 0 || criterion.pointsEach < 0)
        return Text::tr("%1: the points cannot be negative.").arg(criterionLabel(criterion));
    // Groups come before their items, so a parent index is always lower.
    if (criterion.parent >= index || criterion.parent < -1)
        return Text::tr("%1 must come after the group it belongs to.")
            .arg(criterionLabel(criterion));
    if (criterion.kind == CriterionKind::PerOccurrence && criterion.pointsEach <= 0 &&
        !isGroup(table, index))
        return Text::tr("%1 is scored per occurrence: give the points of one occurrence.")
            .arg(criterionLabel(criterion));
    if (criterion.parent == -1)
        return std::nullopt;
    const Criterion& group = table.criteria[static_cast<std::size_t>(criterion.parent)];
    if (isOutsideTotal(group) && criterion.kind != group.kind)
        return group.kind == CriterionKind::Bonus
                   ? Text::tr("%1 is in the bonus group %2, so it must be a bonus too.")
                         .arg(criterionLabel(criterion), criterionLabel(group))
                   : Text::tr("%1 is in the penalty group %2, so it must be a penalty too.")
                         .arg(criterionLabel(criterion), criterionLabel(group));
    if (!isOutsideTotal(group) && isOutsideTotal(criterion))
        return Text::tr("%1 adds or takes points outside the total, so it cannot be an item of "
                        "%2.")
            .arg(criterionLabel(criterion), criterionLabel(group));
    return std::nullopt;
}

} // namespace

bool isGroup(const CriteriaTable& table, int index) {
    for (const Criterion& criterion : table.criteria)
        if (criterion.parent == index)
            return true;
    return false;
}

bool isOutsideTotal(const Criterion& criterion) {
    return criterion.kind == CriterionKind::Bonus || criterion.kind == CriterionKind::Penalty;
}

QString criterionLabel(const Criterion& criterion) {
    return criterion.code.isEmpty() ? criterion.title
                                    : QStringLiteral("%1 %2").arg(criterion.code, criterion.title);
}

QString ratingOf(const CriteriaTable& table, double total) {
    const RatingBand* best = nullptr;
    for (const RatingBand& band : table.bands)
        if (total + 0.005 >= band.minPoints && (!best || band.minPoints > best->minPoints))
            best = &band;
    return best ? best->label : QString();
}

std::optional<QString> criteriaTableRefusal(const CriteriaTable& table) {
    if (table.total <= 0)
        return Text::tr("Give the table's total points.");
    const int count = static_cast<int>(table.criteria.size());
    std::vector<double> itemsSum(table.criteria.size(), 0.0);
    double topSum = 0;
    for (int index = 0; index < count; ++index) {
        if (auto refusal = itemRefusal(table, index))
            return refusal;
        const Criterion& criterion = table.criteria[static_cast<std::size_t>(index)];
        if (isOutsideTotal(criterion))
            continue;
        if (criterion.parent == -1)
            topSum += criterion.maxPoints;
        else
            itemsSum[static_cast<std::size_t>(criterion.parent)] += criterion.maxPoints;
    }
    for (int index = 0; index < count; ++index) {
        const Criterion& group = table.criteria[static_cast<std::size_t>(index)];
        if (isGroup(table, index) && !isOutsideTotal(group) &&
            !samePoints(itemsSum[static_cast<std::size_t>(index)], group.maxPoints))
            return Text::tr("%1 is worth %2 points, but its items add up to %3.")
                .arg(criterionLabel(group), points(group.maxPoints),
                     points(itemsSum[static_cast<std::size_t>(index)]));
    }
    if (!samePoints(topSum, table.total))
        return Text::tr("The groups add up to %1 points, but the table's total is %2.")
            .arg(points(topSum), points(table.total));
    return std::nullopt;
}

} // namespace thidua::domain
