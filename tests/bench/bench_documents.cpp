// Laying out and writing an official report with a long name list (the
// nomination lists and conference reports of later capabilities): 200 rows, a
// typical cluster, and 10,000 rows, a whole sector. toolchain.md measured
// 1.6–1.9 s for 10,000 rows straight onto QPdfWriter as the baseline.

#include "layout_engine.h"
#include "pdf_renderer.h"
#include "sample_documents.h"

#include <QTemporaryDir>

#include <benchmark/benchmark.h>

using namespace thidua::documents;

namespace {

void BM_LayoutReport(benchmark::State& state) {
    const Document document = testing::sampleReport(static_cast<int>(state.range(0)));
    qsizetype pages = 0;
    for (auto _ : state) {
        const auto laidOut = layoutDocument(document, testing::bundledFont());
        pages = laidOut ? laidOut->pages.size() : 0;
        benchmark::DoNotOptimize(pages);
    }
    state.counters["pages"] = static_cast<double>(pages);
}

void BM_LayoutAndWritePdf(benchmark::State& state) {
    const Document document = testing::sampleReport(static_cast<int>(state.range(0)));
    QTemporaryDir dir;
    const QString file = dir.filePath(QStringLiteral("report.pdf"));
    for (auto _ : state) {
        const auto laidOut = layoutDocument(document, testing::bundledFont());
        if (!laidOut || !writePdf(*laidOut, file)) {
            state.SkipWithError("the report could not be written");
            break;
        }
    }
}

} // namespace

BENCHMARK(BM_LayoutReport)->Arg(200)->Arg(10'000)->Unit(benchmark::kMillisecond)->Repetitions(3);
BENCHMARK(BM_LayoutAndWritePdf)
    ->Arg(200)
    ->Arg(10'000)
    ->Unit(benchmark::kMillisecond)
    ->Repetitions(3);
