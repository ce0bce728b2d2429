// The year-end report of the organiser with the most clusters in the large
// demo (about 104,000 people in 2,100 units, a million registrations): its
// facts read (registrations per unit, awards of five years, every cluster's
// covenant, ranking and vote, the honorees), then laid out and written as the
// PDF a head unit prints; and the same organiser's five-year conference. The
// issue asks for the figures, not a goal.

#include "cluster_service.h"
#include "conference_report.h"
#include "conference_scope.h"
#include "file_renderer.h"
#include "large_demo.h"
#include "listing_service.h"

#include <QTemporaryDir>

#include <benchmark/benchmark.h>

#include <map>
#include <set>

using namespace thidua;
using bench::largeDemo;

namespace {

constexpr int Year = 2025;

// Of the year's organisers, the one with the most units under it.
domain::RowId largestOrganiser() {
    auto clusters = largeDemo().clusters().clusters(Year);
    auto units = largeDemo().listing().units({});
    if (!clusters || !units)
        qFatal("cannot read the clusters and units");
    std::map<domain::RowId, std::size_t> sizes;
    for (const domain::ClusterYear& cluster : *clusters)
        sizes.emplace(cluster.cluster.organiserId,
                      reports::branchOf(*units, cluster.cluster.organiserId).size());
    return std::ranges::max_element(sizes, {}, [](const auto& entry) { return entry.second; })
        ->first;
}

reports::ReportRequest request(domain::ReportKind kind = domain::ReportKind::YearEnd) {
    static const domain::RowId organiser = largestOrganiser();
    return {kind, domain::ReportScopeKind::Organiser, organiser, Year, {}};
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
        state.counters["units"] = static_cast<double>(facts->coverage.size());
        benchmark::DoNotOptimize(facts);
    }
}

// The five-year conference of 2021-2025: five years of registrations, the
// period's awards named (its advanced models) and the nominations upward.
void BM_FiveYearFactsOfTheLargestOrganiser(benchmark::State& state) {
    const reports::ReportRequest wanted = request(domain::ReportKind::ModelConference);
    for (auto _ : state) {
        auto facts = reports::readConferenceFacts(largeDemo(), wanted);
        if (!facts)
            return state.SkipWithError(facts.error().message.toStdString().c_str());
        state.counters["period_awards"] = static_cast<double>(facts->periodModels.size());
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

// The organiser with the most clusters, and the one the seeds know.
void BM_YearEndFactsOfTheMinistry(benchmark::State& state) {
    auto ministry = largeDemo().listing().findUnit(QStringLiteral("Bộ Tư pháp"));
    if (!ministry)
        return state.SkipWithError(ministry.error().message.toStdString().c_str());
    const reports::ReportRequest wanted{
        domain::ReportKind::YearEnd, domain::ReportScopeKind::Organiser, *ministry, Year, {}};
    for (auto _ : state) {
        auto facts = reports::readConferenceFacts(largeDemo(), wanted);
        if (!facts)
            return state.SkipWithError(facts.error().message.toStdString().c_str());
        benchmark::DoNotOptimize(facts);
    }
}

// Every organiser's report of the year in turn: the whole large demo.
void BM_YearEndReportsOfEveryOrganiser(benchmark::State& state) {
    auto clusters = largeDemo().clusters().clusters(Year);
    if (!clusters)
        return state.SkipWithError(clusters.error().message.toStdString().c_str());
    std::set<domain::RowId> organisers;
    for (const domain::ClusterYear& cluster : *clusters)
        organisers.insert(cluster.cluster.organiserId);
    qint64 people = 0;
    for (auto _ : state) {
        people = 0;
        for (domain::RowId organiser : organisers) {
            auto facts =
                reports::readConferenceFacts(largeDemo(), {domain::ReportKind::YearEnd,
                                                           domain::ReportScopeKind::Organiser,
                                                           organiser,
                                                           Year,
                                                           {}});
            if (!facts)
                return state.SkipWithError(facts.error().message.toStdString().c_str());
            people += facts->totalCoverage.people;
            benchmark::DoNotOptimize(reports::conferenceReport(*facts));
        }
    }
    state.counters["organisers"] = static_cast<double>(organisers.size());
    state.counters["people"] = static_cast<double>(people);
}

} // namespace

BENCHMARK(BM_YearEndFactsOfTheMinistry)->Unit(benchmark::kMillisecond)->UseRealTime();
BENCHMARK(BM_YearEndReportsOfEveryOrganiser)->Unit(benchmark::kMillisecond)->UseRealTime();
BENCHMARK(BM_YearEndFactsOfTheLargestOrganiser)->Unit(benchmark::kMillisecond)->UseRealTime();
BENCHMARK(BM_FiveYearFactsOfTheLargestOrganiser)->Unit(benchmark::kMillisecond)->UseRealTime();
BENCHMARK(BM_YearEndReportOfTheLargestOrganiserToPdf)->Unit(benchmark::kMillisecond)->UseRealTime();
