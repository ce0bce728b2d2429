// The year-end report of the organiser with the most clusters in the large
// demo (about 104,000 people in 2,100 units, a million registrations): its
// facts read (registrations per unit, awards of five years, every cluster's
// covenant, ranking and vote, the honorees), then laid out and written as the
// PDF a head unit prints. The issue asks for the figure, not a goal.

#include "cluster_service.h"
#include "conference_report.h"
#include "file_renderer.h"
#include "large_demo.h"

#include <QTemporaryDir>

#include <benchmark/benchmark.h>

#include <map>

using namespace thidua;
using bench::largeDemo;

namespace {

constexpr int Year = 2025;

// The organiser of the most clusters and blocks of the year.
domain::RowId largestOrganiser() {
    auto clusters = largeDemo().clusters().clusters(Year);
    if (!clusters)
        qFatal("cannot read the clusters: %s", qPrintable(clusters.error().message));
    std::map<domain::RowId, int> counts;
    for (const domain::ClusterYear& cluster : *clusters)
        ++counts[cluster.cluster.organiserId];
    return std::ranges::max_element(counts, {}, [](const auto& entry) { return entry.second; })
        ->first;
}

reports::ReportRequest request() {
    static const domain::RowId organiser = largestOrganiser();
    return {domain::ReportKind::YearEnd, domain::ReportScopeKind::Organiser, organiser, Year, {}};
}

void BM_YearEndFactsOfTheLargestOrganiser(benchmark::State& state) {
    const reports::ReportRequest wanted = request();
    for (auto _ : state) {
        auto facts = reports::readConferenceFacts(largeDemo(), wanted);
        if (!facts) {
            state.SkipWithError(facts.error().message.toStdString().c_str());
            return;
        }
        state.counters["clusters"] = static_cast<double>(facts->clusters.size());
        state.counters["people"] = static_cast<double>(facts->totalCoverage.people);
        state.counters["honorees"] = static_cast<double>(facts->honorees.size());
        benchmark::DoNotOptimize(facts);
    }
}

void BM_YearEndReportOfTheLargestOrganiserToPdf(benchmark::State& state) {
    const reports::ReportRequest wanted = request();
    QTemporaryDir dir;
    const QString file = dir.filePath(QStringLiteral("tong-ket.pdf"));
    for (auto _ : state) {
        auto facts = reports::readConferenceFacts(largeDemo(), wanted);
        if (!facts) {
            state.SkipWithError(facts.error().message.toStdString().c_str());
            return;
        }
        const documents::Document document = reports::conferenceReport(*facts);
        if (auto written = documents::renderFile(document, documents::FileFormat::Pdf, file);
            !written) {
            state.SkipWithError(written.error().message.toStdString().c_str());
            return;
        }
    }
}

} // namespace

BENCHMARK(BM_YearEndFactsOfTheLargestOrganiser)->Unit(benchmark::kMillisecond)->UseRealTime();
BENCHMARK(BM_YearEndReportOfTheLargestOrganiserToPdf)->Unit(benchmark::kMillisecond)->UseRealTime();
