// Importing a year's registrations for the large demo's people (100,000 rows:
// every person registers for LĐTT in 2026, named by full name, date of birth
// and unit) through ImportService — read the CSV, find each person, keep
// every registration rule, write each row with its audit row in one
// transaction — against the baseline of the sqlite3 shell's `.import` of the
// same file into a plain table, and, as the floor of what SQLite itself
// costs, raw inserts of the same registrations and audit rows into the demo.

#include "clock.h"
#include "database.h"
#include "demo_service.h"
#include "import_service.h"
#include "query.h"
#include "workspace.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTextStream>

#include <benchmark/benchmark.h>
#include <sqlite3.h>

#include <cstdlib>
#include <sys/resource.h>

using namespace thidua;

namespace {

constexpr int Rows = 100000;

QTemporaryDir& folder() {
    static QTemporaryDir dir;
    return dir;
}

// The large demo, made once (about 25 s); each import works on a copy.
const QString& demoFile() {
    static const QString path = [] {
        const QString file = folder().filePath(QStringLiteral("large.sqlite"));
        const domain::SystemClock clock;
        auto workspace = services::Workspace::open(file, clock, QStringLiteral("bench"));
        if (!workspace)
            qFatal("cannot open the benchmark database");
        if (auto summary = (*workspace)->demo().generate({services::DemoScale::Large, 1}); !summary)
            qFatal("cannot generate the large demo: %s", qPrintable(summary.error().message));
        return file;
    }();
    return path;
}

// "Đăng ký thi đua năm 2026" as a clerk would type it: people told apart by
// date of birth and by their unit with its parent. People that even these
// would not tell apart are left out, so that every row is good.
const QString& registrationsFile() {
    static const QString path = [] {
        auto db = storage::Database::open(demoFile(), storage::OpenMode::ReadOnly);
        if (!db)
            qFatal("cannot read the demo");
        auto rows = storage::selectAll<QString>(
            *db,
            "SELECT trim(p.family_name || ' ' || p.middle_name || ' ' || p.given_name) || ','"
            " || strftime('%d/%m/%Y', p.birth_date) || ',\"' ||"
            " coalesce(parent.name || ' / ', '') || u.name || '\"'"
            " FROM person p JOIN unit u ON u.id = p.unit_id"
            " LEFT JOIN unit parent ON parent.id = u.parent_id"
            " GROUP BY p.search_key, p.birth_date, p.unit_id HAVING count(*) = 1"
            " ORDER BY min(p.id) LIMIT ?",
            [](const storage::Statement& row) { return row.text(0); }, Rows);
        if (!rows || rows->size() != static_cast<std::size_t>(Rows))
            qFatal("the demo has too few people for the benchmark");
        const QString file = folder().filePath(QStringLiteral("dang-ky-2026.csv"));
        QFile out(file);
        if (!out.open(QIODevice::WriteOnly))
            qFatal("cannot write the registrations file");
        QTextStream stream(&out);
        stream << "STT,Họ và tên,Ngày sinh,Đơn vị,Năm,Danh hiệu,Ngày đăng ký\n";
        for (std::size_t row = 0; row < rows->size(); ++row)
            stream << row + 1 << ',' << rows->at(row) << ",2026,LĐTT,15/01/2026\n";
        return file;
    }();
    return path;
}

void BM_ImportRegistrationsThroughTheService(benchmark::State& state) {
    const QString copy = folder().filePath(QStringLiteral("import.sqlite"));
    const domain::SystemClock clock;
    services::ImportReport report;
    for (auto _ : state) {
        state.PauseTiming();
        QFile::remove(copy);
        if (!QFile::copy(demoFile(), copy))
            qFatal("cannot copy the demo");
        auto workspace = services::Workspace::open(copy, clock, QStringLiteral("bench"));
        if (!workspace)
            qFatal("cannot open the copy of the demo");
        const QString& file = registrationsFile();
        state.ResumeTiming();
        auto imported =
            (*workspace)->imports().importFile(services::ImportKind::Registrations, file, {});
        state.PauseTiming();
        if (!imported || imported->rowsImported != Rows) {
            state.SkipWithError(imported ? (imported->problems.empty()
                                                ? "rows left out"
                                                : qPrintable(imported->problems.front().message))
                                         : qPrintable(imported.error().message));
            return;
        }
        report = *imported;
        workspace->reset(); // closing is not the import's time
        state.ResumeTiming();
    }
    state.counters["rows"] = report.rowsImported;
}

// The sqlite3 shell from scripts/packages.txt, as a clerk with SQL at hand
// would load the file: no checks, no lookups, no audit, one table of text.
void BM_SqliteShellImportOfTheSameFile(benchmark::State& state) {
    const QString plain = folder().filePath(QStringLiteral("plain.sqlite"));
    const QByteArray command = "sqlite3 '" + QFile::encodeName(plain) + "' \".import --csv '" +
                               QFile::encodeName(registrationsFile()) + "' registration\"";
    // The shell's own processor time, which the benchmark's CPU column (this
    // process's) leaves out.
    auto childCpuMs = [] {
        rusage usage{};
        getrusage(RUSAGE_CHILDREN, &usage);
        return (usage.ru_utime.tv_sec + usage.ru_stime.tv_sec) * 1000.0 +
               (usage.ru_utime.tv_usec + usage.ru_stime.tv_usec) / 1000.0;
    };
    const double cpuBefore = childCpuMs();
    for (auto _ : state) {
        state.PauseTiming();
        QFile::remove(plain);
        state.ResumeTiming();
        if (std::system(command.constData()) != 0) {
            state.SkipWithError("sqlite3 .import failed (is the sqlite3 package installed?)");
            return;
        }
    }
    state.counters["sqlite3_cpu_ms"] =
        (childCpuMs() - cpuBefore) / static_cast<double>(state.iterations());
    auto db = storage::Database::open(plain, storage::OpenMode::ReadOnly);
    state.counters["rows"] =
        db ? static_cast<double>(
                 storage::selectInt(*db, "SELECT count(*) FROM registration").value_or(0))
           : 0;
}

// What SQLite alone costs for the rows the import writes: 100,000
// registrations of the first people for a new year's period, each with an
// audit row, precomputed values, prepared statements, one transaction, CHECK
// constraints tested as they are while the import writes.
void BM_RawInsertsOfTheSameRows(benchmark::State& state) {
    const QString copy = folder().filePath(QStringLiteral("raw.sqlite"));
    for (auto _ : state) {
        state.PauseTiming();
        QFile::remove(copy);
        if (!QFile::copy(demoFile(), copy))
            qFatal("cannot copy the demo");
        auto db = storage::Database::open(copy);
        if (!db)
            qFatal("cannot open the copy of the demo");
        sqlite3* raw = db->handle();
        state.ResumeTiming();
        sqlite3_exec(raw,
                     "BEGIN IMMEDIATE; INSERT INTO period (uuid, kind, start_date, end_date, label)"
                     " VALUES ('bench-2026', 'year', '2026-01-01', '2026-12-31', 'năm 2026')",
                     nullptr, nullptr, nullptr);
        const qint64 period = sqlite3_last_insert_rowid(raw);
        sqlite3_stmt* registration = nullptr;
        sqlite3_prepare_v2(raw,
                           "INSERT INTO registration (uuid, period_id, person_id, title_code,"
                           " status, registered_on) VALUES (?, ?, ?, 'LDTT', 'draft',"
                           " '2026-01-15')",
                           -1, &registration, nullptr);
        sqlite3_stmt* audit = nullptr;
        sqlite3_prepare_v2(raw,
                           "INSERT INTO audit_log (at, actor, entity, entity_uuid, action,"
                           " after_json) VALUES ('2026-12-02T05:00:00.000', 'bench',"
                           " 'registration', ?, 'create', '{\"period_id\":5,\"person_id\":1,"
                           "\"unit_id\":0,\"title_code\":\"LDTT\",\"status\":\"draft\","
                           "\"return_reason\":\"\",\"registered_on\":\"2026-01-15\"}')",
                           -1, &audit, nullptr);
        for (qint64 row = 1; row <= Rows; ++row) {
            // Time-ordered like the application's own uuids.
            const QByteArray uuid = QByteArray::number(100000000 + row);
            sqlite3_bind_text(registration, 1, uuid.constData(), -1, SQLITE_TRANSIENT);
            sqlite3_bind_int64(registration, 2, period);
            sqlite3_bind_int64(registration, 3, row);
            sqlite3_step(registration);
            sqlite3_reset(registration);
            sqlite3_bind_text(audit, 1, uuid.constData(), -1, SQLITE_TRANSIENT);
            sqlite3_step(audit);
            sqlite3_reset(audit);
        }
        sqlite3_finalize(registration);
        sqlite3_finalize(audit);
        sqlite3_exec(raw, "COMMIT", nullptr, nullptr, nullptr);
    }
    state.counters["rows"] = Rows;
}

} // namespace

BENCHMARK(BM_RawInsertsOfTheSameRows)
    ->Unit(benchmark::kMillisecond)
    ->UseRealTime()
    ->Iterations(1)
    ->Repetitions(5);
BENCHMARK(BM_SqliteShellImportOfTheSameFile)
    ->Unit(benchmark::kMillisecond)
    ->UseRealTime()
    ->Iterations(1)
    ->Repetitions(5);
BENCHMARK(BM_ImportRegistrationsThroughTheService)
    ->Unit(benchmark::kMillisecond)
    ->UseRealTime()
    ->Iterations(1)
    ->Repetitions(5);
