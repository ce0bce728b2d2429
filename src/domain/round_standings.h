#pragma once

#include "ranking.h"
#include "score_totals.h"
#include "scoring_round.h"

#include <functional>
#include <optional>
#include <span>
#include <vector>

// A scoring round worked out from its raw scores: each unit's points per
// item (the mean of its scorers, the self-score beside it), its totals, its
// rank with the organiser's tie-breaks and its rating band. What the score
// grid shows live, the ranking prints, and "what if this scorer's scores are
// excluded" recomputes without one scorer.
namespace thidua::domain {

struct Staffing {
    int staff = 0;
    int women = 0;
};

struct RoundScores {
    std::span<const RowId> unitIds; // ties are listed in this order
    std::span<const Score> scores;
    RowId excludedScorer = NoId; // NoId: every scorer counts
};

// Points per unit (rows, in unitIds order) and criterion (columns).
struct PointsGrid {
    std::vector<std::vector<std::optional<double>>> final; // the scorers' mean
    std::vector<std::vector<std::optional<double>>> self;
};

PointsGrid pointsGridOf(const CriteriaTable& table, const RoundScores& round);

struct Standing {
    RowId unitId = NoId;
    UnitTotals totals;     // of the scorers' points
    UnitTotals selfTotals; // of the unit's own
    int rank = 0;
    QString rating;
};

struct RankingRules {
    std::function<Staffing(RowId)> staffing; // asked only when a tie-break needs it
    Share womenShare{70, 100};
};

// Best first, ties sharing a rank (1, 2, 2, 4).
std::vector<Standing> standingsOf(const CriteriaTable& table, const RoundScores& round,
                                  const RankingRules& rules);

} // namespace thidua::domain
