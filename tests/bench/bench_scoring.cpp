// Recomputing a round's totals and ranks, as the score grid does after every
// change: 2,000 units scored on a table of 60 items (ten groups of five and
// bonus and penalty groups of five), each item self-scored and scored by the
// head unit. The goal is one frame (16 ms), so that typing never stutters.

#include "round_standings.h"

#include <benchmark/benchmark.h>

#include <random>

using namespace thidua;

namespace {

constexpr int Units = 2000;

domain::CriteriaTable sixtyItems() {
    domain::CriteriaTable table;
    table.total = 1000;
    table.tieBreaks = {domain::TieBreak::MoreBonus, domain::TieBreak::FewerPenalties};
    table.bands = {{900, QStringLiteral("Xuất sắc")}, {800, QStringLiteral("Tốt")}};
    auto add = [&](int parent, domain::CriterionKind kind, double maxPoints) {
        table.criteria.push_back({parent, QStringLiteral("%1").arg(table.criteria.size()),
                                  QStringLiteral("Tiêu chí"), kind, maxPoints, 0});
        return static_cast<int>(table.criteria.size()) - 1;
    };
    for (int group = 0; group < 10; ++group) {
        const int parent = add(-1, domain::CriterionKind::PassFail, 100);
        for (int item = 0; item < 5; ++item)
            add(parent, domain::CriterionKind::Quantitative, 20);
    }
    for (domain::CriterionKind kind :
         {domain::CriterionKind::Bonus, domain::CriterionKind::Penalty}) {
        const int parent = add(-1, kind, 50);
        for (int item = 0; item < 5; ++item)
            add(parent, kind, 20);
    }
    return table;
}

struct Round {
    domain::CriteriaTable table = sixtyItems();
    std::vector<domain::RowId> unitIds;
    std::vector<domain::Score> scores;

    Round() {
        std::mt19937 random(7);
        for (domain::RowId unit = 1; unit <= Units; ++unit) {
            unitIds.push_back(unit);
            for (int index = 0; index < static_cast<int>(table.criteria.size()); ++index) {
                if (domain::isGroup(table, index))
                    continue;
                const double points = static_cast<double>(random() % 41) / 2.0;
                scores.push_back({unit, index, unit, points, {}});
                scores.push_back(
                    {unit, index, Units + 1, points - (random() % 4 == 0 ? 0.5 : 0.0), {}});
            }
        }
    }
};

const Round& round() {
    static const Round built;
    return built;
}

void BM_RecomputeTotalsAndRanks(benchmark::State& state) {
    const Round& data = round();
    const domain::RankingRules rules;
    for (auto _ : state)
        benchmark::DoNotOptimize(
            domain::standingsOf(data.table, {data.unitIds, data.scores, domain::NoId}, rules));
    state.counters["scores"] = static_cast<double>(data.scores.size());
}
BENCHMARK(BM_RecomputeTotalsAndRanks)->Unit(benchmark::kMillisecond);

// What "leave this scorer out" costs on top: the same with one scorer's points dropped.
void BM_RecomputeWithoutAScorer(benchmark::State& state) {
    const Round& data = round();
    const domain::RankingRules rules;
    for (auto _ : state)
        benchmark::DoNotOptimize(
            domain::standingsOf(data.table, {data.unitIds, data.scores, Units + 1}, rules));
}
BENCHMARK(BM_RecomputeWithoutAScorer)->Unit(benchmark::kMillisecond);

} // namespace
