#pragma once

#include "result.h"

#include <QtGlobal>

#include <functional>

namespace thidua::documents {

// How far a renderer is: done out of total (pages for PDF, table rows for XLSX
// and CSV). Returning false stops it; it then fails with ErrorCode::Cancelled
// and leaves the target file as it was. Called on the renderer's thread.
using RenderProgress = std::function<bool(qint64 done, qint64 total)>;

// Reports to progress when there is one; false when the caller asked to stop.
inline bool keepGoing(const RenderProgress& progress, qint64 done, qint64 total) {
    return !progress || progress(done, total);
}

inline std::unexpected<Error> renderCancelled() {
    return fail(ErrorCode::Cancelled, QStringLiteral("Đã dừng; tệp không được ghi."));
}

} // namespace thidua::documents
