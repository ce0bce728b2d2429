#pragma once

// The points a unit earns on one criterion of a cluster's scoring table, by
// the criterion's type (domain brief §3): quantitative against a target,
// pass/fail, points per occurrence up to a cap, and bonus minus penalty kept
// within limits. The table decides each criterion's maximum; these functions
// only apply its formula. Results are rounded to hundredths of a point, as
// score sheets write them.
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

// Định tính: all or nothing.
double passFailPoints(bool passed, double maxPoints);

// Chấm thẳng: so many points an occurrence, never above the cap.
double perOccurrencePoints(int occurrences, double pointsEach, double cap);

struct BonusPenalty {
    int bonuses = 0;
    double bonusPoints = 0;
    int penalties = 0;
    double penaltyPoints = 0;
    double least = 0; // the limits the organiser sets, least ≤ most
    double most = 0;
};

// Cộng/trừ: bonuses × points − penalties × points, held within [least, most].
double bonusPenaltyPoints(const BonusPenalty& counts);

} // namespace thidua::domain
