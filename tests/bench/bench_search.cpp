// Search-key lookups over 1,000,000 people: the indexed exact and prefix
// lookups the application uses for "find this person", search-as-you-type
// through the word index (and, as its baseline, a substring scan), and the
// cost of computing a key in C++.

#include "database.h"
#include "migrator.h"
#include "person_list_query.h"
#include "person_name.h"
#include "person_repository.h"
#include "query.h"
#include "typing.h"
#include "vietnamese_text.h"

#include <QTemporaryDir>

#include <benchmark/benchmark.h>
#include <sqlite3.h>

#include <array>

using namespace thidua;

namespace {

constexpr int Rows = 1'000'000;

constexpr std::array<const char16_t*, 8> families{u"Nguyễn", u"Trần", u"Lê", u"Phạm",
                                                  u"Hoàng",  u"Đặng", u"Vũ", u"Đỗ"};
constexpr std::array<const char16_t*, 6> middles{u"Thị",  u"Văn", u"Thị Tố",
                                                 u"Minh", u"Đức", u"Ngọc"};
constexpr std::array<const char16_t*, 12> givens{u"Nga",    u"An",   u"Bình", u"Hòa",
                                                 u"Đức",    u"Lan",  u"Hùng", u"Thảo",
                                                 u"Phương", u"Quân", u"Mai",  u"Sơn"};

QString nameOf(int i) {
    return QStringLiteral("%1 %2 %3 %4")
        .arg(QString::fromUtf16(families[static_cast<std::size_t>(i % 8)]),
             QString::fromUtf16(middles[static_cast<std::size_t>(i / 8 % 6)]),
             QString::fromUtf16(givens[static_cast<std::size_t>(i / 48 % 12)]))
        .arg(i / 576); // a number keeps the names distinct
}

// One database of a million people, built once for every benchmark here.
storage::Database& millionPeople() {
    static QTemporaryDir dir;
    static storage::Database db = [] {
        auto opened = storage::Database::open(dir.filePath(QStringLiteral("search.sqlite")));
        (void)storage::migrate(*opened);
        (void)opened->execute("BEGIN");
        for (int i = 0; i < Rows; ++i) {
            const QString name = nameOf(i);
            const domain::PersonName parts = domain::splitFullName(name);
            (void)storage::exec(
                *opened,
                "INSERT INTO person (uuid, family_name, middle_name, given_name,"
                " gender, search_key, sort_key) VALUES (?, ?, ?, ?, 'female', ?, ?)",
                QString::number(i), parts.family, parts.middle, parts.given,
                domain::vn::searchKey(name), domain::personSortKey(parts));
        }
        (void)opened->execute("COMMIT; ANALYZE;");
        return std::move(*opened);
    }();
    return db;
}

void BM_ExactSearchKeyLookup(benchmark::State& state) {
    auto& db = millionPeople();
    int i = 0;
    for (auto _ : state) {
        const QString key = domain::vn::searchKey(nameOf(i++ * 7919 % Rows));
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

// What the people list does on each key: the first page in name order and
// the count, for a million people.
void BM_FilterAsYouType(benchmark::State& state) {
    auto& db = millionPeople();
    bench::typeNames(state, bench::typedNames(), [&db](const QString& typed) {
        storage::PersonListRequest request;
        request.search = typed;
        auto page = storage::PersonListQuery(db).page(request);
        auto count = storage::PersonRepository(db).count(typed, domain::NoId);
        if (!page || !count)
            qFatal("search failed");
        benchmark::DoNotOptimize(page);
    });
}

// The same keys answered by testing every name in name order, as lists did
// before the word index: the baseline of BM_FilterAsYouType.
void BM_FilterAsYouTypeWithoutWordIndex(benchmark::State& state) {
    auto& db = millionPeople();
    bench::typeNames(state, bench::typedNames(), [&db](const QString& typed) {
        benchmark::DoNotOptimize(storage::selectInt(
            db,
            "SELECT count(*) FROM (SELECT 1 FROM person p WHERE instr(p.search_key, ?1) > 0"
            " ORDER BY p.sort_key, p.id LIMIT 200)",
            domain::vn::searchKey(typed)));
        benchmark::DoNotOptimize(
            storage::selectInt(db, "SELECT count(*) FROM person WHERE instr(search_key, ?1) > 0",
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
BENCHMARK(BM_FilterAsYouTypeWithoutWordIndex)->Unit(benchmark::kMillisecond)->Iterations(1);
BENCHMARK(BM_ComputeSearchKey)->Unit(benchmark::kNanosecond);
BENCHMARK(BM_ComputePersonSortKey)->Unit(benchmark::kNanosecond);
