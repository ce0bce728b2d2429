// Opening a database and showing the first screen (the overview of the newest
// year), as a user does on every start: the large demo against an empty
// database as the baseline. The large demo is built once, before the timing.

#include "clock.h"
#include "demo_service.h"
#include "main_window.h"
#include "session.h"
#include "settings.h"
#include "workspace.h"

#include <QApplication>
#include <QPixmap>
#include <QTemporaryDir>

#include <benchmark/benchmark.h>

using namespace thidua;

namespace {

const domain::SystemClock clock;

QTemporaryDir& scratch() {
    static QTemporaryDir dir;
    return dir;
}

QString largeDemoPath() {
    static const QString path = [] {
        const QString file = scratch().filePath(QStringLiteral("large.sqlite"));
        auto workspace = services::Workspace::open(file, clock, QStringLiteral("bench"));
        if (workspace)
            (void)(*workspace)->demo().generate({services::DemoScale::Large, 1});
        return file;
    }();
    return path;
}

QString emptyPath() {
    static const QString path = [] {
        const QString file = scratch().filePath(QStringLiteral("empty.sqlite"));
        (void)services::Workspace::open(file, clock, QStringLiteral("bench"));
        return file;
    }();
    return path;
}

// Open, build the window, show it and paint it once: what stands between the
// double-click and a usable first screen.
void openAndShow(benchmark::State& state, const QString& path) {
    ui::Settings settings(scratch().filePath(QStringLiteral("settings.ini")));
    for (auto _ : state) {
        ui::Session session(clock);
        if (auto opened = session.open(path); !opened) {
            state.SkipWithError(opened.error().message.toStdString().c_str());
            break;
        }
        ui::MainWindow window(session, settings);
        window.resize(1280, 800);
        window.show();
        QApplication::processEvents();
        benchmark::DoNotOptimize(window.grab());
    }
}

void BM_OpenLargeDemoAndShowOverview(benchmark::State& state) {
    openAndShow(state, largeDemoPath());
}

void BM_OpenEmptyDatabaseAndShowOverview(benchmark::State& state) {
    openAndShow(state, emptyPath());
}

} // namespace

BENCHMARK(BM_OpenEmptyDatabaseAndShowOverview)->Unit(benchmark::kMillisecond)->Repetitions(5);
BENCHMARK(BM_OpenLargeDemoAndShowOverview)->Unit(benchmark::kMillisecond)->Repetitions(5);
