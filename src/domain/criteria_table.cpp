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

QString label(const Criterion& criterion) {
    return criterion.code.isEmpty() ? criterion.title
                                    : QStringLiteral("%1 %2").arg(criterion.code, criterion.title);
}

} // namespace

bool isGroup(const CriteriaTable& table, int index) {
    for (const Criterion& criterion : table.criteria)
        if (criterion.parent == index)
            return true;
    return false;
}

std::optional<QString> criteriaTableRefusal(const CriteriaTable& table) {
    if (table.total <= 0)
        return Text::tr("Give the table's total points.");
    const int count = static_cast<int>(table.criteria.size());
    std::vector<double> itemsSum(table.criteria.size(), 0.0);
    double topSum = 0;
    for (int index = 0; index < count; ++index) {
        const Criterion& criterion = table.criteria[static_cast<std::size_t>(index)];
        if (vn::normalized(criterion.title).isEmpty())
            return Text::tr("Criterion %1 has no title.").arg(criterion.code);
        if (criterion.maxPoints < 0)
            return Text::tr("%1: the points cannot be negative.").arg(label(criterion));
        // Groups come before their items, so a parent index is always lower.
        if (criterion.parent >= index || criterion.parent < -1)
            return Text::tr("%1 must come after the group it belongs to.").arg(label(criterion));
        if (criterion.kind == CriterionKind::BonusPenalty && !isGroup(table, index))
            continue;
        if (criterion.parent == -1)
            topSum += criterion.maxPoints;
        else
            itemsSum[static_cast<std::size_t>(criterion.parent)] += criterion.maxPoints;
    }
    for (int index = 0; index < count; ++index) {
        const Criterion& group = table.criteria[static_cast<std::size_t>(index)];
        if (isGroup(table, index) &&
            !samePoints(itemsSum[static_cast<std::size_t>(index)], group.maxPoints))
            return Text::tr("%1 is worth %2 points, but its items add up to %3.")
                .arg(label(group), points(group.maxPoints),
                     points(itemsSum[static_cast<std::size_t>(index)]));
    }
    if (!samePoints(topSum, table.total))
        return Text::tr("The groups add up to %1 points, but the table's total is %2.")
            .arg(points(topSum), points(table.total));
    return std::nullopt;
}

} // namespace thidua::domain
