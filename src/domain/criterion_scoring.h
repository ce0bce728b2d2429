#pragma once

// The points a unit earns on one criterion of a cluster's scoring table, by
// the criterion's type (domain brief §3): quantitative against a target,
// pass/fail and points per occurrence up to a cap (bonus and penalty limits are
// the criteria table's, applied by score_totals.h). The table decides each criterion's maximum;
// these functions only apply its formula. Results are rounded to hundredths of a point, as score
// sheets write them.
#include <span>
#include <vector>

namespace thidua::domain {

// How a unit over its target is scored against the unit that exceeded its own
// target most (the cluster's leader on that criterion); organisers use either.
enum class OverTargetScale {
    // 0,5·MS + 0,5·MS·(A − T)/(A_leader − T): the difference from the target.
    Difference,
    // The same with over-achievement as a share of each unit's own target:
    // 0,5·MS + 0,5·MS·((A − T)/T) / ((A_leader − T_leader)/T_leader).
    Percentage,
};

struct QuantitativeResult {
    double target = 0;       // T; 0 when the unit was given none
    double actual = 0;       // A
    double leaderTarget = 0; // of the unit that exceeded its target most
    double leaderActual = 0;
};

// Below the target: 0,5·MS·A/T; at it: 0,5·MS; the leader: MS; over it: by
// scale. A unit without a target is scored against the best actual result of
// its group, MS·A/A_leader [the brief's reading; unverified against a decision].
double quantitativePoints(const QuantitativeResult& result, double maxPoints,
                          OverTargetScale scale);

struct TargetAndActual {
    double target = 0; // 0: the unit was given none
    double actual = 0;
};

// Every unit's points on one quantitative criterion, the leader found among
// them: of the units with a target, the one furthest over it (on the scale);
// the units without one are measured against the best actual among them.
std::vector<double> quantitativeRound(std::span<const TargetAndActual> results, double maxPoints,
                                      OverTargetScale scale);

// Points as score sheets write them: rounded to hundredths.
double hundredths(double points);

// Định tính: all or nothing.
double passFailPoints(bool passed, double maxPoints);

// Chấm thẳng: so many points an occurrence, never above the cap.
double perOccurrencePoints(int occurrences, double pointsEach, double cap);

} // namespace thidua::domain
