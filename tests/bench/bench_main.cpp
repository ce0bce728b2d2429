#include <benchmark/benchmark.h>

// Qt's resources and translations need an application object; benchmarks that
// draw widgets are built with THIDUA_BENCH_WIDGETS for a QApplication.
#ifdef THIDUA_BENCH_WIDGETS
#include <QApplication>
using Application = QApplication;
#else
#include <QCoreApplication>
using Application = QCoreApplication;
#endif

int main(int argc, char** argv) {
    Application app(argc, argv);
    benchmark::Initialize(&argc, argv);
    if (benchmark::ReportUnrecognizedArguments(argc, argv))
        return 1;
    benchmark::RunSpecifiedBenchmarks();
    benchmark::Shutdown();
    return 0;
}
