#pragma once

#include "result.h"
#include "workspace.h"

#include <memory>

class QWidget;

namespace thidua::domain {
class Clock;
}

namespace thidua::ui {

// Opens the database at path for the GUI. A file that does not exist yet is a
// first start: the user chooses between an empty database and demonstration
// data. Fails with ErrorCode::Cancelled when the user declines both.
Result<std::unique_ptr<services::Workspace>>
openWithFirstStart(QWidget* parent, const QString& path, const domain::Clock& clock);

} // namespace thidua::ui
