#pragma once

#include "criteria_table.h"

#include <QString>

#include <optional>
#include <span>
#include <vector>

// A unit's points on a criteria table added up: the items inside the total,
// then bonus and penalty each held within the limits of their groups. Points
// are given on items only; a group's are its items' sum. Refusals are
// sentences for the user (translation context "thidua::domain").
namespace thidua::domain {

struct UnitTotals {
    double scored = 0;  // the items inside the total
    double bonus = 0;   // within the bonus groups' limits
    double penalty = 0; // positive: what is taken off, within the penalty limits
    int missing = 0;    // items without points
    double total() const { return scored + bonus - penalty; }
};

// Reads the table's shape once, so that the totals of thousands of units
// cost one pass over each unit's points.
class TotalsCalculator {
public:
    explicit TotalsCalculator(const CriteriaTable& table);

    // points[i] belongs to criterion i (a group's entry is ignored);
    // nullopt where the item has no points yet.
    UnitTotals operator()(std::span<const std::optional<double>> points) const;

    // What each criterion comes to: an item its points (0 when none), a
    // group the sum of its items, held at its limit when it is a bonus or
    // penalty group. For tables that print a group's subtotal.
    std::vector<double> criterionPoints(std::span<const std::optional<double>> points) const;

private:
    struct Node {
        int parent = -1;
        bool group = false;
        bool limited = false; // a bonus or penalty group: its items' sum is held at maxPoints
        double maxPoints = 0;
        CriterionKind kind = CriterionKind::PassFail;
    };
    std::vector<Node> nodes_;
};

// Why `points` cannot be given on criterion `index`: it is a group, the
// points are outside 0 to its maximum, a pass/fail criterion given anything
// but 0 or its maximum, or points per occurrence that are not a whole number
// of occurrences. Names the criterion.
std::optional<QString> pointsRefusal(const CriteriaTable& table, int index, double points);

// The round's points on an item when several scorers gave them: their mean,
// to hundredths; nullopt when nobody has scored it.
std::optional<double> meanOfScorers(std::span<const double> points);

} // namespace thidua::domain
