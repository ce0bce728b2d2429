#include "round_standings.h"

#include <algorithm>
#include <unordered_map>

namespace thidua::domain {

PointsGrid pointsGridOf(const CriteriaTable& table, const RoundScores& round) {
    const std::size_t units = round.unitIds.size();
    const std::size_t criteria = table.criteria.size();
    std::unordered_map<RowId, std::size_t> rowOf;
    rowOf.reserve(units);
    for (std::size_t row = 0; row < units; ++row)
        rowOf.emplace(round.unitIds[row], row);

    PointsGrid grid;
    grid.final.assign(units, std::vector<std::optional<double>>(criteria));
    grid.self.assign(units, std::vector<std::optional<double>>(criteria));
    std::vector<double> sums(units * criteria, 0.0);
    std::vector<int> counts(units * criteria, 0);
    for (const Score& score : round.scores) {
        const auto found = rowOf.find(score.unitId);
        if (found == rowOf.end() || score.criterion < 0 ||
            static_cast<std::size_t>(score.criterion) >= criteria)
            continue;
        const std::size_t row = found->second;
        const auto column = static_cast<std::size_t>(score.criterion);
        if (score.isSelfScore()) {
            grid.self[row][column] = score.points;
        } else if (score.scorerId != round.excludedScorer) {
            sums[row * criteria + column] += score.points;
            ++counts[row * criteria + column];
        }
    }
    for (std::size_t row = 0; row < units; ++row)
        for (std::size_t column = 0; column < criteria; ++column)
            if (const int count = counts[row * criteria + column])
                grid.final[row][column] = hundredths(sums[row * criteria + column] / count);
    return grid;
}

std::vector<Standing> standingsOf(const CriteriaTable& table, const RoundScores& round,
                                  const RankingRules& rules) {
    const PointsGrid grid = pointsGridOf(table, round);
    const TotalsCalculator totalsOf(table);
    const bool needsStaffing =
        rules.staffing &&
        std::ranges::find(table.tieBreaks, TieBreak::WomenPriority) != table.tieBreaks.end();

    std::vector<Standing> standings(round.unitIds.size());
    std::vector<ScoreLine> lines;
    lines.reserve(round.unitIds.size());
    std::unordered_map<RowId, std::size_t> rowOf;
    for (std::size_t row = 0; row < round.unitIds.size(); ++row) {
        Standing& standing = standings[row];
        standing.unitId = round.unitIds[row];
        standing.totals = totalsOf(grid.final[row]);
        standing.selfTotals = totalsOf(grid.self[row]);
        standing.rating = ratingOf(table, standing.totals.total());
        const Staffing staffing = needsStaffing ? rules.staffing(standing.unitId) : Staffing{};
        lines.push_back({standing.unitId, standing.totals.total(), standing.totals.bonus,
                         standing.totals.penalty, staffing.staff, staffing.women});
        rowOf.emplace(standing.unitId, row);
    }
    std::vector<Standing> ranked;
    ranked.reserve(standings.size());
    for (const RankedLine& line :
         rankByTotal(std::move(lines), table.tieBreaks, rules.womenShare)) {
        Standing standing = standings[rowOf.at(line.line.unitId)];
        standing.rank = line.rank;
        ranked.push_back(std::move(standing));
    }
    return ranked;
}

} // namespace thidua::domain
