#include "import_progress.h"

#include "service_text.h"

namespace thidua::services::importing {

namespace {

// Often enough for a progress bar to move smoothly, rarely enough to cost nothing.
constexpr qint64 ReportIntervalMs = 40;

} // namespace

ImportProgress::ImportProgress(const ProgressCallback& callback)
    : callback_(callback) {}

bool ImportProgress::step(qint64 done) {
    if (stopped_)
        return false;
    if (!callback_)
        return true;
    const bool due =
        !sinceReport_.isValid() || done >= total_ || sinceReport_.elapsed() >= ReportIntervalMs;
    if (!due)
        return true;
    sinceReport_.start();
    stopped_ = !callback_(done, total_);
    return !stopped_;
}

std::unexpected<Error> ImportProgress::cancelled() {
    return fail(ErrorCode::Cancelled, Text::tr("The import was cancelled; nothing was written."));
}

} // namespace thidua::services::importing
