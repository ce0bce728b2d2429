// Resident memory while browsing 1,000,000 people in the people list: the
// window on an empty database is the baseline; then the same window on the
// million, scrolled through 10,000 rows page by page and searched. The list
// holds only the pages fetched, so memory grows with what was scrolled, not
// with the size of the database.

#include "clock.h"
#include "main_window.h"
#include "million_people.h"
#include "people_model.h"
#include "session.h"
#include "settings.h"
#include "workspace.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QTableView>
#include <QTemporaryDir>

#include <benchmark/benchmark.h>

using namespace thidua;

namespace {

const domain::SystemClock clock;
constexpr int RowsBrowsed = 10'000;

// VmRSS or VmHWM of this process, in MB.
double statusMegabytes(const char* field) {
    QFile status(QStringLiteral("/proc/self/status"));
    if (!status.open(QIODevice::ReadOnly))
        return 0;
    for (const QByteArray& line : status.readAll().split('\n')) {
        if (line.startsWith(field))
            return line.mid(static_cast<qsizetype>(qstrlen(field)))
                       .trimmed()
                       .split(' ')
                       .front()
                       .toDouble() /
                   1024.0;
    }
    return 0;
}

void settle(const std::function<bool()>& done) {
    QElapsedTimer waited;
    waited.start();
    while (!done() && waited.elapsed() < 10'000)
        QApplication::processEvents(QEventLoop::AllEvents, 10);
}

struct Browsed {
    double residentMb = 0;
    int rowsLoaded = 0; // the most the list held at once
};

// Shows the people page of path, scrolls until it holds rows rows, then
// searches; returns the resident memory then.
Browsed browse(const QString& path, int rows, const QString& search) {
    static QTemporaryDir scratch;
    ui::Settings settings(scratch.filePath(QStringLiteral("settings.ini")));
    ui::Session session(clock);
    if (!session.open(path))
        qFatal("cannot open %s", qPrintable(path));
    ui::MainWindow window(session, settings);
    window.resize(1280, 800);
    window.show();
    window.showArea(ui::Area::UnitsPeople);
    auto* view = window.findChild<QTableView*>(QStringLiteral("peopleTableView"));
    auto* model = qobject_cast<ui::PeopleModel*>(view->model());
    settle([model] { return !model->isLoading(); });
    while (model->rowCount() < rows) {
        const int before = model->rowCount();
        view->scrollToBottom();
        model->fetchMore({}); // in case the view did not ask: it is not on a screen
        settle([&] { return model->rowCount() > before; });
        if (model->rowCount() == before)
            break; // the end of the list
    }
    const int loaded = model->rowCount();
    if (!search.isEmpty()) {
        model->setSearch(search);
        settle([model] { return !model->isLoading(); });
    }
    QApplication::processEvents();
    return {statusMegabytes("VmRSS:"), loaded};
}

void BM_BrowseMillionPeople(benchmark::State& state) {
    static QTemporaryDir scratch;
    const QString empty = scratch.filePath(QStringLiteral("empty.sqlite"));
    (void)services::Workspace::open(empty, clock, QStringLiteral("bench"));
    const QString million = bench::millionPeopleFile();
    for (auto _ : state) {
        const Browsed none = browse(empty, 0, {});
        const Browsed many = browse(million, RowsBrowsed, QStringLiteral("nguyen thi"));
        state.counters["empty_MB"] = none.residentMb;
        state.counters["browsing_MB"] = many.residentMb;
        state.counters["above_empty_MB"] = many.residentMb - none.residentMb;
        state.counters["rows"] = many.rowsLoaded;
        state.counters["peak_MB"] = statusMegabytes("VmHWM:");
    }
}

} // namespace

BENCHMARK(BM_BrowseMillionPeople)->Unit(benchmark::kSecond)->Iterations(1);
