#include "score_totals.h"

#include "vietnamese_format.h"

#include <QCoreApplication>

#include <algorithm>
#include <cmath>
#include <numeric>

namespace thidua::domain {

namespace {

struct Text {
    Q_DECLARE_TR_FUNCTIONS(thidua::domain)
};

constexpr double Tolerance = 0.005; // points are written to hundredths

QString points(double value) {
    return vn::formatDecimal(value);
}

} // namespace

TotalsCalculator::TotalsCalculator(const CriteriaTable& table) {
    nodes_.reserve(table.criteria.size());
    for (const Criterion& criterion : table.criteria)
        nodes_.push_back({criterion.parent, false, false, criterion.maxPoints, criterion.kind});
    for (Node& node : nodes_)
        if (node.parent >= 0) {
            Node& group = nodes_[static_cast<std::size_t>(node.parent)];
            group.group = true;
            group.limited =
                group.kind == CriterionKind::Bonus || group.kind == CriterionKind::Penalty;
        }
}

std::vector<double>
TotalsCalculator::criterionPoints(std::span<const std::optional<double>> points) const {
    std::vector<double> values(nodes_.size(), 0.0);
    // Items come after their groups, so walking backwards finishes every
    // group's sum before the group itself is reached.
    for (std::size_t index = nodes_.size(); index-- > 0;) {
        const Node& node = nodes_[index];
        if (!node.group)
            values[index] = index < points.size() && points[index] ? *points[index] : 0;
        else if (node.limited)
            values[index] = std::min(values[index], node.maxPoints);
        if (node.parent >= 0)
            values[static_cast<std::size_t>(node.parent)] += values[index];
    }
    return values;
}

UnitTotals TotalsCalculator::operator()(std::span<const std::optional<double>> points) const {
    UnitTotals totals;
    const std::vector<double> values = criterionPoints(points);
    for (std::size_t index = 0; index < nodes_.size(); ++index) {
        const Node& node = nodes_[index];
        if (!node.group && !(index < points.size() && points[index]))
            ++totals.missing;
        if (node.parent >= 0)
            continue;
        if (node.kind == CriterionKind::Bonus)
            totals.bonus += values[index];
        else if (node.kind == CriterionKind::Penalty)
            totals.penalty += values[index];
        else
            totals.scored += values[index];
    }
    totals.scored = hundredths(totals.scored);
    totals.bonus = hundredths(totals.bonus);
    totals.penalty = hundredths(totals.penalty);
    return totals;
}

std::optional<QString> pointsRefusal(const CriteriaTable& table, int index, double given) {
    const Criterion& criterion = table.criteria[static_cast<std::size_t>(index)];
    const QString label = criterionLabel(criterion);
    if (isGroup(table, index))
        return Text::tr("%1 is a group: its points are the sum of its items.").arg(label);
    if (!std::isfinite(given) || given < 0 || given > criterion.maxPoints + Tolerance)
        return Text::tr("%1: %2 points is outside 0 to %3.")
            .arg(label, points(given), points(criterion.maxPoints));
    if (criterion.kind == CriterionKind::PassFail && given > Tolerance &&
        given < criterion.maxPoints - Tolerance)
        return Text::tr("%1 is passed or failed: give 0 or %2 points.")
            .arg(label, points(criterion.maxPoints));
    // The cap itself is always reachable, whole number of occurrences or not.
    if (criterion.kind == CriterionKind::PerOccurrence && criterion.pointsEach > 0 &&
        std::abs(given - criterion.maxPoints) > Tolerance) {
        const double occurrences = given / criterion.pointsEach;
        if (std::abs(occurrences - std::round(occurrences)) * criterion.pointsEach > Tolerance)
            return Text::tr("%1 earns %2 points an occurrence: %3 is not a whole number of "
                            "occurrences.")
                .arg(label, points(criterion.pointsEach), points(given));
    }
    return std::nullopt;
}

std::optional<double> meanOfScorers(std::span<const double> points) {
    if (points.empty())
        return std::nullopt;
    return hundredths(std::accumulate(points.begin(), points.end(), 0.0) /
                      static_cast<double>(points.size()));
}

} // namespace thidua::domain
