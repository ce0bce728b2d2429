#pragma once

#include "import_report.h"
#include "result.h"

#include <QString>

class QProgressBar;

namespace thidua::services {
class Workspace;
}

namespace thidua::ui {

// Runs a check or an import on the GUI thread, where the workspace's
// connection belongs, and keeps the window alive meanwhile: every progress
// report moves the bar and lets Qt handle events, a click on Cancel among them.
class ImportRunner {
public:
    bool busy() const { return busy_; }
    // Asks the running import to stop; it then ends with ErrorCode::Cancelled
    // and nothing written.
    void cancel() { cancelled_ = true; }

    // options.progress is replaced by the bar's.
    Result<services::ImportReport> run(services::Workspace& workspace, services::ImportKind kind,
                                       const QString& path, services::ImportOptions options,
                                       QProgressBar& bar);

private:
    bool busy_ = false;
    bool cancelled_ = false;
};

} // namespace thidua::ui
