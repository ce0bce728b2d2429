#pragma once

#include "ids.h"
#include "share.h"

#include <span>
#include <vector>

// The ranking of a cluster's units by their year's total, with the
// organiser's tie-breaks applied in order. Units still equal on everything
// share a rank and the next rank is skipped (1, 2, 2, 4): a tie is shown
// honestly, not hidden by list order.
namespace thidua::domain {

enum class TieBreak {
    MoreBonus,      // more bonus points first
    FewerPenalties, // fewer penalty points first
    WomenPriority,  // a collective with ≥ 70 % women first (domain brief §2.1)
};

struct ScoreLine {
    RowId unitId = NoId;
    double total = 0;
    double bonus = 0;
    double penalty = 0; // as a positive number of points taken off
    int staff = 0;
    int women = 0;
};

struct RankedLine {
    ScoreLine line;
    int rank = 0;
};

// Best first; equal units keep the order they came in (a name order, say).
// womenShare: what WomenPriority asks of a collective (70/100 in the brief).
std::vector<RankedLine> rankByTotal(std::vector<ScoreLine> lines,
                                    std::span<const TieBreak> tieBreaks, Share womenShare);

} // namespace thidua::domain
