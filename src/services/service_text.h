#pragma once

#include <QCoreApplication>

namespace thidua::services {

// The services' messages share one translation context that lupdate can find:
// Text::tr("…") in code, context "thidua::services" in the .ts file.
struct Text {
    Q_DECLARE_TR_FUNCTIONS(thidua::services)
};

} // namespace thidua::services
