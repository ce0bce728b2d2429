// Eligibility of everyone in the large demo (about 104,000 people in 2,100
// units, graded 2018–2025) for 2025: every fact read in bulk (one query per
// table) and every person and unit judged against the rules in force on
// 31/12/2025, for every title and form, and for one title.

#include "eligibility_service.h"
#include "large_demo.h"
#include "workspace.h"

#include <benchmark/benchmark.h>

using namespace thidua;
using bench::largeDemo;

namespace {

void judgeEveryone(benchmark::State& state, const QString& awardCode) {
    services::EligibilityService& eligibility = largeDemo().eligibility();
    services::EligibilityQuery query;
    query.year = 2025;
    query.everyone = true;
    query.awardCode = awardCode;
    std::size_t rows = 0;
    std::size_t eligible = 0;
    for (auto _ : state) {
        auto run = eligibility.check(query);
        if (!run) {
            state.SkipWithError(run.error().message.toStdString().c_str());
            return;
        }
        rows = run->rows.size();
        eligible = static_cast<std::size_t>(
            std::ranges::count(run->rows, domain::Verdict::Eligible,
                               [](const auto& row) { return row.judgement.verdict; }));
        benchmark::DoNotOptimize(run);
    }
    state.counters["answers"] = static_cast<double>(rows);
    state.counters["eligible"] = static_cast<double>(eligible);
}

void BM_EligibilityOfEveryoneForEveryTitle(benchmark::State& state) {
    judgeEveryone(state, {});
}

void BM_EligibilityOfEveryoneForCstdcs(benchmark::State& state) {
    judgeEveryone(state, QStringLiteral("CSTDCS"));
}

} // namespace

BENCHMARK(BM_EligibilityOfEveryoneForEveryTitle)->Unit(benchmark::kMillisecond)->UseRealTime();
BENCHMARK(BM_EligibilityOfEveryoneForCstdcs)->Unit(benchmark::kMillisecond)->UseRealTime();
