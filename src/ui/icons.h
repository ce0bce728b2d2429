#pragma once

#include <QIcon>

namespace thidua::ui {

// The application's own icons, resources/icons/scalable/<name>.svg, so the look
// does not depend on the desktop's icon theme.
QIcon icon(const char* name);

inline QIcon applicationIcon() {
    return icon("application");
}

} // namespace thidua::ui
