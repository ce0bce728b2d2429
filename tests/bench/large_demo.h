#pragma once

#include "clock.h"
#include "demo_service.h"
#include "workspace.h"

#include <QTemporaryDir>

#include <memory>

namespace thidua::bench {

// The large demo (about 104,000 people in 2,100 units), built once per
// benchmark program on first use (about 20 s) in a temporary folder.
inline services::Workspace& largeDemo() {
    static QTemporaryDir dir;
    static const domain::SystemClock clock;
    static std::unique_ptr<services::Workspace> workspace = [] {
        auto opened = services::Workspace::open(dir.filePath(QStringLiteral("large.sqlite")), clock,
                                                QStringLiteral("bench"));
        if (!opened)
            qFatal("cannot open the benchmark database");
        auto summary = (*opened)->demo().generate({services::DemoScale::Large, 1});
        if (!summary)
            qFatal("cannot generate the large demo: %s", qPrintable(summary.error().message));
        return std::move(*opened);
    }();
    return *workspace;
}

} // namespace thidua::bench
