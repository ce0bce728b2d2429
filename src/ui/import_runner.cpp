#include "import_runner.h"

#include "import_service.h"
#include "workspace.h"

#include <QCoreApplication>
#include <QProgressBar>
#include <QScopedValueRollback>

#include <algorithm>
#include <limits>

namespace thidua::ui {

namespace {

// QProgressBar counts in int; row counts fit, but a total never overflows it.
int toInt(qint64 value) {
    return static_cast<int>(std::min<qint64>(value, std::numeric_limits<int>::max()));
}

} // namespace

Result<services::ImportReport> ImportRunner::run(services::Workspace& workspace,
                                                 services::ImportKind kind, const QString& path,
                                                 services::ImportOptions options,
                                                 QProgressBar& bar) {
    Q_ASSERT(!busy_); // a page never starts a second run from inside the first
    const QScopedValueRollback running(busy_, true);
    cancelled_ = false;
    bar.setRange(0, 0); // busy until the first report: reading a big file takes a moment
    bar.show();
    options.progress = [this, &bar](qint64 done, qint64 total) {
        bar.setRange(0, toInt(std::max<qint64>(total, 1)));
        bar.setValue(toInt(std::min(done, total)));
        QCoreApplication::processEvents();
        return !cancelled_;
    };
    auto report = workspace.imports().importFile(kind, path, options);
    bar.hide();
    return report;
}

} // namespace thidua::ui
