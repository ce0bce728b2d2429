#pragma once

#include "demo_service.h" // ProgressCallback
#include "result.h"

#include <QElapsedTimer>

// Tells the caller of an import how far it is, and asks whether to go on.
// Internal to the services.
namespace thidua::services::importing {

class ImportProgress {
public:
    // An empty callback: no reports, never cancelled.
    explicit ImportProgress(const ProgressCallback& callback);

    void setTotal(qint64 total) { total_ = total; }
    // Reports done out of the total when it is the end, the first report, or
    // some time after the last one: a caller that repaints on every call would
    // otherwise spend more time drawing than the import does working. Returns
    // false once the caller asked to stop.
    bool step(qint64 done);
    // What a cancelled import returns.
    static std::unexpected<Error> cancelled();

private:
    const ProgressCallback& callback_;
    qint64 total_ = 0;
    QElapsedTimer sinceReport_;
    bool stopped_ = false;
};

} // namespace thidua::services::importing
