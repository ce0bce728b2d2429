// Creating the large demo (about 104,000 people in 2,100 units, 1,170,000
// registrations and 850,000 yearly grades) through the services, against the
// baseline of raw SQLite inserts of the same number of rows into the same
// schema in one transaction.

#include "clock.h"
#include "database.h"
#include "demo_service.h"
#include "migrator.h"
#include "workspace.h"

#include <QTemporaryDir>

#include <benchmark/benchmark.h>
#include <sqlite3.h>

using namespace thidua;

namespace {

services::DemoSummary lastSummary;

void BM_LargeDemoThroughServices(benchmark::State& state) {
    for (auto _ : state) {
        QTemporaryDir dir;
        const domain::SystemClock clock;
        auto workspace = services::Workspace::open(dir.filePath(QStringLiteral("large.sqlite")),
                                                   clock, QStringLiteral("bench"));
        auto summary = (*workspace)->demo().generate({services::DemoScale::Large, 1});
        if (!summary)
            state.SkipWithError(summary.error().message.toStdString().c_str());
        else
            lastSummary = *summary;
    }
    state.counters["units"] = static_cast<double>(lastSummary.units);
    state.counters["people"] = static_cast<double>(lastSummary.people);
    state.counters["registrations"] = static_cast<double>(lastSummary.registrations);
    state.counters["evaluations"] = static_cast<double>(lastSummary.evaluations);
}

// count rows of sql with fixed values but for its parameters: the row's
// number as its uuid, and, when the statement has them, a round over the
// people (first + i / people) and a person of the round (1 + i % people).
void insertRows(sqlite3* raw, const char* sql, qint64 count, qint64 people = 1, qint64 first = 0) {
    sqlite3_stmt* statement = nullptr;
    sqlite3_prepare_v2(raw, sql, -1, &statement, nullptr);
    const bool rounds = sqlite3_bind_parameter_count(statement) == 3;
    for (qint64 i = 0; i < count; ++i) {
        const QByteArray uuid = QByteArray::number(i);
        sqlite3_bind_text(statement, 1, uuid.constData(), static_cast<int>(uuid.size()),
                          SQLITE_TRANSIENT);
        if (rounds) {
            sqlite3_bind_int64(statement, 2, first + i / people);
            sqlite3_bind_int64(statement, 3, 1 + i % people);
        }
        sqlite3_step(statement);
        sqlite3_reset(statement);
    }
    sqlite3_finalize(statement);
}

// The same row counts with fixed, precomputed values: what SQLite alone costs.
void BM_RawInsertsOfTheSameRows(benchmark::State& state) {
    const qint64 units = lastSummary.units ? lastSummary.units : 2129;
    const qint64 people = lastSummary.people ? lastSummary.people : 103700;
    const qint64 registrations = lastSummary.registrations ? lastSummary.registrations : 1150000;
    const qint64 evaluations = lastSummary.evaluations ? lastSummary.evaluations : 847000;
    for (auto _ : state) {
        QTemporaryDir dir;
        auto db = storage::Database::open(dir.filePath(QStringLiteral("raw.sqlite")));
        (void)storage::migrate(*db);
        sqlite3* raw = db->handle();
        sqlite3_exec(raw, "BEGIN IMMEDIATE", nullptr, nullptr, nullptr);
        // One period per round over the people, so that no registration repeats.
        for (qint64 year = 2000; year <= 2000 + registrations / people; ++year) {
            const QByteArray period = QByteArray::number(year);
            const QByteArray sql = "INSERT INTO period (uuid, kind, start_date, end_date, label)"
                                   " VALUES ('" +
                                   period + "', 'year', '" + period + "-01-01', '" + period +
                                   "-12-31', 'năm " + period + "')";
            sqlite3_exec(raw, sql.constData(), nullptr, nullptr, nullptr);
        }
        insertRows(raw,
                   "INSERT INTO unit (uuid, name, kind, search_key, sort_key) VALUES"
                   " (?, 'Sở Tư pháp tỉnh Phú Thọ', 'section', 'so tu phap tinh phu tho',"
                   " x'30313233')",
                   units);
        insertRows(raw,
                   "INSERT INTO person (uuid, family_name, middle_name, given_name, gender,"
                   " birth_date, unit_id, position, search_key, sort_key) VALUES (?,"
                   " 'Nguyễn', 'Thị', 'Nga', 'female', '1985-03-14', 1, 'Chuyên viên',"
                   " 'nguyen thi nga', x'3031323334')",
                   people);
        insertRows(raw,
                   "INSERT INTO registration (uuid, period_id, person_id, title_code,"
                   " status, registered_on) VALUES (?, ?, ?, 'LDTT', 'accepted', '2000-01-20')",
                   registrations, people, 1);
        insertRows(raw,
                   "INSERT INTO evaluation (uuid, year, person_id, grade) VALUES"
                   " (?, ?, ?, 'HTTNV')",
                   evaluations, people, 2000);
        sqlite3_exec(raw, "COMMIT", nullptr, nullptr, nullptr);
    }
    state.counters["rows"] = static_cast<double>(units + people + registrations + evaluations);
}

} // namespace

BENCHMARK(BM_LargeDemoThroughServices)
    ->Unit(benchmark::kMillisecond)
    ->Iterations(1)
    ->Repetitions(3);
BENCHMARK(BM_RawInsertsOfTheSameRows)->Unit(benchmark::kMillisecond)->Iterations(1)->Repetitions(3);
