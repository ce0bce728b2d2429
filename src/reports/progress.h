#pragma once

#include <QtGlobal>

#include <functional>

namespace thidua::reports {

// How far a report is while it reads its data: rows read so far (the total is
// not known before the end). Returning false stops it with
// ErrorCode::Cancelled. Called on the thread that builds the report.
using ReadProgress = std::function<bool(qint64 rowsRead)>;

} // namespace thidua::reports
