// Lists on the large demo (about 104,000 people in 2,100 units and 1,170,000
// registrations over ten years): the first page a screen or a terminal shows,
// from making the listing (which reads the unit tree) to the page's rows, and
// streaming every person to CSV as `thidua list people --format csv` does.

#include "catalogue_service.h"
#include "large_demo.h"
#include "list_tables.h"
#include "listing_service.h"
#include "typing.h"
#include "workspace.h"

#include <QFile>
#include <QTextStream>

#include <benchmark/benchmark.h>

using namespace thidua;
using bench::largeDemo;
using services::ListFilter;
using services::ListOrder;

namespace {

constexpr int Page = 200; // what PeopleModel loads first
constexpr int Year = 2025;

template <typename Open>
void firstPage(benchmark::State& state, Open&& open) {
    services::ListingService& listing = largeDemo().listing();
    std::size_t rows = 0;
    for (auto _ : state) {
        auto listed = open(listing);
        if (!listed) {
            state.SkipWithError(listed.error().message.toStdString().c_str());
            return;
        }
        auto page = listed->fetch(Page);
        rows = page ? page->size() : 0;
        benchmark::DoNotOptimize(page);
    }
    state.counters["rows"] = static_cast<double>(rows);
}

// The whole tree: what every listing reads first.
void BM_UnitsInTreeOrder(benchmark::State& state) {
    services::ListingService& listing = largeDemo().listing();
    std::size_t rows = 0;
    for (auto _ : state) {
        auto units = listing.units({{}, domain::NoId, ListOrder::Unit});
        rows = units ? units->size() : 0;
        benchmark::DoNotOptimize(units);
    }
    state.counters["rows"] = static_cast<double>(rows);
}

void BM_FirstPageOfPeopleByName(benchmark::State& state) {
    firstPage(state, [](services::ListingService& listing) { return listing.people({}); });
}

void BM_FirstPageOfPeopleByUnit(benchmark::State& state) {
    firstPage(state, [](services::ListingService& listing) {
        return listing.people({{}, domain::NoId, ListOrder::Unit});
    });
}

// A search that matches no one reads every name once: the worst case.
void BM_FirstPageOfPeopleSearched(benchmark::State& state) {
    firstPage(state, [](services::ListingService& listing) {
        return listing.people({QStringLiteral("nguyen thi to"), domain::NoId, ListOrder::Name});
    });
}

// The people page on each key: a listing and its first page (the count follows).
void BM_FilterPeopleAsYouType(benchmark::State& state) {
    services::Workspace& demo = largeDemo();
    bench::typeNames(state, bench::typedNames(), [&demo](const QString& typed) {
        auto listed = demo.listing().people({typed, domain::NoId, ListOrder::Name});
        if (!listed || !listed->fetch(Page))
            qFatal("search failed");
    });
}

// The year's registrations (about 117,000 of the 1,170,000) searched by name.
void BM_FilterRegistrationsAsYouType(benchmark::State& state) {
    services::Workspace& demo = largeDemo();
    bench::typeNames(state, bench::typedNames(), [&demo](const QString& typed) {
        auto listed = demo.listing().registrations(Year, {typed, domain::NoId, ListOrder::Name});
        if (!listed || !listed->fetch(Page))
            qFatal("search failed");
    });
}

// One province's department and its sections, in name order.
void BM_FirstPageOfPeopleOfOneBranch(benchmark::State& state) {
    const auto unit = largeDemo().listing().findUnit(QStringLiteral("Sở Tư pháp tỉnh Vĩnh Phúc"));
    firstPage(state, [&](services::ListingService& listing) {
        return listing.people({{}, unit.value_or(domain::NoId), ListOrder::Name});
    });
}

void BM_FirstPageOfYearRegistrationsByName(benchmark::State& state) {
    firstPage(state,
              [](services::ListingService& listing) { return listing.registrations(Year, {}); });
}

void BM_FirstPageOfYearRegistrationsByUnit(benchmark::State& state) {
    firstPage(state, [](services::ListingService& listing) {
        return listing.registrations(Year, {{}, domain::NoId, ListOrder::Unit});
    });
}

template <cli::ListKind Kind>
void streamToCsv(benchmark::State& state, ListOrder order) {
    services::ListingService& listing = largeDemo().listing();
    QFile sink(QStringLiteral("/dev/null"));
    if (!sink.open(QIODevice::WriteOnly)) {
        state.SkipWithError("cannot open /dev/null");
        return;
    }
    qint64 rows = 0;
    for (auto _ : state) {
        QTextStream stream(&sink);
        auto written = cli::writeList(listing, {Kind, {{}, domain::NoId, order}, Year},
                                      cli::ListFormat::Csv, stream, {});
        if (!written) {
            state.SkipWithError(written.error().message.toStdString().c_str());
            return;
        }
        rows = *written;
    }
    state.counters["rows"] = static_cast<double>(rows);
    state.counters["rows/s"] = benchmark::Counter(static_cast<double>(rows),
                                                  benchmark::Counter::kIsIterationInvariantRate);
}

void BM_StreamAllPeopleToCsvByName(benchmark::State& state) {
    streamToCsv<cli::ListKind::People>(state, ListOrder::Name);
}

void BM_StreamAllPeopleToCsvByUnit(benchmark::State& state) {
    streamToCsv<cli::ListKind::People>(state, ListOrder::Unit);
}

void BM_StreamYearRegistrationsToCsv(benchmark::State& state) {
    streamToCsv<cli::ListKind::Registrations>(state, ListOrder::Name);
}

} // namespace

BENCHMARK(BM_UnitsInTreeOrder)->Unit(benchmark::kMillisecond);
BENCHMARK(BM_FirstPageOfPeopleByName)->Unit(benchmark::kMillisecond);
BENCHMARK(BM_FirstPageOfPeopleByUnit)->Unit(benchmark::kMillisecond);
BENCHMARK(BM_FirstPageOfPeopleSearched)->Unit(benchmark::kMillisecond);
BENCHMARK(BM_FilterPeopleAsYouType)->Unit(benchmark::kMillisecond)->Iterations(3);
BENCHMARK(BM_FilterRegistrationsAsYouType)->Unit(benchmark::kMillisecond)->Iterations(3);
BENCHMARK(BM_FirstPageOfPeopleOfOneBranch)->Unit(benchmark::kMillisecond);
BENCHMARK(BM_FirstPageOfYearRegistrationsByName)->Unit(benchmark::kMillisecond);
BENCHMARK(BM_FirstPageOfYearRegistrationsByUnit)->Unit(benchmark::kMillisecond);
BENCHMARK(BM_StreamAllPeopleToCsvByName)
    ->Unit(benchmark::kMillisecond)
    ->Iterations(1)
    ->Repetitions(3);
BENCHMARK(BM_StreamAllPeopleToCsvByUnit)
    ->Unit(benchmark::kMillisecond)
    ->Iterations(1)
    ->Repetitions(3);
BENCHMARK(BM_StreamYearRegistrationsToCsv)
    ->Unit(benchmark::kMillisecond)
    ->Iterations(1)
    ->Repetitions(3);
