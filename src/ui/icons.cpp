#include "icons.h"

// icons.qrc is compiled into this static library; the linker keeps it only when
// something calls its initialiser. Q_INIT_RESOURCE must be used outside a namespace.
static void initIconResources() {
    Q_INIT_RESOURCE(icons);
}

namespace thidua::ui {

QIcon icon(const char* name) {
    static const bool initialised = (initIconResources(), true);
    Q_UNUSED(initialised);
    return QIcon(QStringLiteral(":/icons/scalable/%1.svg").arg(QLatin1String(name)));
}

} // namespace thidua::ui
