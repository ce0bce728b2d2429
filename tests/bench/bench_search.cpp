// Search-key lookups over 1,000,000 people: the indexed exact and prefix
// lookups the application uses for "find this person", search-as-you-type
// through the word index (and, as its baseline, a substring scan), and the
// cost of computing a key in C++.

#include "database.h"
#include "million_people.h"
#include "person_list_query.h"
#include "person_name.h"
#include "person_repository.h"
#include "query.h"
#include "typing.h"
#include "vietnamese_text.h"

#include <benchmark/benchmark.h>

using namespace thidua;

namespace {

using bench::MillionPeople;
using bench::nameOf;

// The million people, opened once for every benchmark here.
storage::Database& millionPeople() {
    static storage::Database db = [] {
        auto opened = storage::Database::open(bench::millionPeopleFile());
        if (!opened)
            qFatal("cannot open the million people");
        return std::move(*opened);
    }();
    return db;
}

void BM_ExactSearchKeyLookup(benchmark::State& state) {
    auto& db = millionPeople();
    int i = 0;
    for (auto _ : state) {
        const QString key = domain::vn::searchKey(nameOf(i++ * 7919 % MillionPeople));
        benchmark::DoNotOptimize(
            storage::selectInt(db, "SELECT id FROM person WHERE search_key = ?", key));
    }
}

void BM_PrefixSearchKeyLookup(benchmark::State& state) {
    auto& db = millionPeople();
    for (auto _ : state) {
        // "nguyen thi to nga 1…" as typed: a range on the indexed key.
        const QString prefix = domain::vn::searchKey(QStringLiteral("Nguyễn Thị Tố Nga 1"));
        benchmark::DoNotOptimize(storage::selectInt(
            db, "SELECT count(*) FROM person WHERE search_key >= ?1 AND search_key < ?1 || x'ff'",
            prefix));
    }
}

void BM_SubstringScan(benchmark::State& state) {
    auto& db = millionPeople();
    for (auto _ : state)
        benchmark::DoNotOptimize(
            storage::selectInt(db, "SELECT count(*) FROM person WHERE instr(search_key, ?) > 0",
                               QStringLiteral("to nga")));
}

// What the people list shows on each key: the first page in name order.
void BM_FilterAsYouType(benchmark::State& state) {
    auto& db = millionPeople();
    bench::typeNames(state, bench::typedNames(), [&db](const QString& typed) {
        storage::PersonListRequest request;
        request.search = typed;
        if (!storage::PersonListQuery(db).page(request))
            qFatal("search failed");
    });
}

// The count the list shows a moment after its first page.
void BM_CountAsYouType(benchmark::State& state) {
    auto& db = millionPeople();
    bench::typeNames(state, bench::typedNames(), [&db](const QString& typed) {
        if (!storage::PersonRepository(db).count(typed, domain::NoId))
            qFatal("count failed");
    });
}

// The first page found by testing every name in name order, as lists did
// before the word index: the baseline of BM_FilterAsYouType.
void BM_FilterAsYouTypeWithoutWordIndex(benchmark::State& state) {
    auto& db = millionPeople();
    bench::typeNames(state, bench::typedNames(), [&db](const QString& typed) {
        benchmark::DoNotOptimize(storage::selectInt(
            db,
            "SELECT count(*) FROM (SELECT 1 FROM person p WHERE instr(p.search_key, ?1) > 0"
            " ORDER BY p.sort_key, p.id LIMIT 200)",
            domain::vn::searchKey(typed)));
    });
}

void BM_ComputeSearchKey(benchmark::State& state) {
    const QString name = QStringLiteral("Nguyễn Thị Tố Nga");
    for (auto _ : state)
        benchmark::DoNotOptimize(domain::vn::searchKey(name));
}

void BM_ComputePersonSortKey(benchmark::State& state) {
    const domain::PersonName name = domain::splitFullName(QStringLiteral("Nguyễn Thị Tố Nga"));
    for (auto _ : state)
        benchmark::DoNotOptimize(domain::personSortKey(name));
}

} // namespace

BENCHMARK(BM_ExactSearchKeyLookup)->Unit(benchmark::kMicrosecond);
BENCHMARK(BM_PrefixSearchKeyLookup)->Unit(benchmark::kMicrosecond);
BENCHMARK(BM_SubstringScan)->Unit(benchmark::kMillisecond);
BENCHMARK(BM_FilterAsYouType)->Unit(benchmark::kMillisecond)->Iterations(3);
BENCHMARK(BM_CountAsYouType)->Unit(benchmark::kMillisecond)->Iterations(3);
BENCHMARK(BM_FilterAsYouTypeWithoutWordIndex)->Unit(benchmark::kMillisecond)->Iterations(1);
BENCHMARK(BM_ComputeSearchKey)->Unit(benchmark::kNanosecond);
BENCHMARK(BM_ComputePersonSortKey)->Unit(benchmark::kNanosecond);
