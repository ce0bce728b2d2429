#include "icons.h"

namespace thidua::ui {

QIcon icon(const char* name) {
    return QIcon(QStringLiteral(":/icons/scalable/%1.svg").arg(QLatin1String(name)));
}

} // namespace thidua::ui
