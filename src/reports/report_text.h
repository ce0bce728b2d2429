#pragma once

#include <QCoreApplication>

namespace thidua::reports {

// The reports' messages share one translation context that lupdate can find:
// Text::tr("…") in code, context "thidua::reports" in the .ts file. The text
// printed in the documents themselves is Vietnamese, as official forms are.
struct Text {
    Q_DECLARE_TR_FUNCTIONS(thidua::reports)
};

} // namespace thidua::reports
