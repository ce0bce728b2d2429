#include "criterion_scoring.h"

#include <algorithm>
#include <cmath>

namespace thidua::domain {

double hundredths(double points) {
    return std::round(points * 100.0) / 100.0;
}

namespace {

// How far over its target a result is, on the chosen scale; 0 at or below it.
double overAchievement(double actual, double target, OverTargetScale scale) {
    if (actual <= target)
        return 0;
    return scale == OverTargetScale::Difference ? actual - target : (actual - target) / target;
}

} // namespace

double quantitativePoints(const QuantitativeResult& result, double maxPoints,
                          OverTargetScale scale) {
    const double half = maxPoints / 2;
    if (result.target <= 0)
        return result.leaderActual > 0
                   ? hundredths(maxPoints * std::min(result.actual / result.leaderActual, 1.0))
                   : 0;
    if (result.actual < result.target)
        return hundredths(half * std::max(result.actual, 0.0) / result.target);
    const double own = overAchievement(result.actual, result.target, scale);
    // The difference scale measures everyone from their own target, as the
    // brief's formula does; the leader's difference is then A_leader − T.
    const double best = scale == OverTargetScale::Difference
                            ? overAchievement(result.leaderActual, result.target, scale)
                            : overAchievement(result.leaderActual, result.leaderTarget, scale);
    if (own <= 0)
        return hundredths(half);
    if (best <= 0 || own >= best)
        return hundredths(maxPoints);
    return hundredths(half + half * own / best);
}

std::vector<double> quantitativeRound(std::span<const TargetAndActual> results, double maxPoints,
                                      OverTargetScale scale) {
    const TargetAndActual* leader = nullptr;
    double bestWithout = 0;
    for (const TargetAndActual& result : results) {
        if (result.target <= 0)
            bestWithout = std::max(bestWithout, result.actual);
        else if (!leader || overAchievement(result.actual, result.target, scale) >
                                overAchievement(leader->actual, leader->target, scale))
            leader = &result;
    }
    std::vector<double> points;
    points.reserve(results.size());
    for (const TargetAndActual& result : results) {
        QuantitativeResult measured{result.target, result.actual, 0, bestWithout};
        if (result.target > 0 && leader)
            measured = {result.target, result.actual, leader->target, leader->actual};
        points.push_back(quantitativePoints(measured, maxPoints, scale));
    }
    return points;
}

double passFailPoints(bool passed, double maxPoints) {
    return passed ? hundredths(maxPoints) : 0;
}

double perOccurrencePoints(int occurrences, double pointsEach, double cap) {
    return hundredths(std::min(std::max(occurrences, 0) * pointsEach, std::max(cap, 0.0)));
}

} // namespace thidua::domain
