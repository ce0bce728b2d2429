#pragma once

#include "demo_service.h"
#include "fake_clock.h"
#include "temp_database.h"
#include "workspace.h"

#include <gtest/gtest.h>

#include <memory>

namespace thidua::test {

// The small demo of a seed in a temporary database, opened once for a whole
// suite (from SetUpTestSuite) by the clerk "demo" on a fake clock.
struct DemoWorkspace {
    TempDatabase temp;
    FakeClock clock;
    std::unique_ptr<services::Workspace> workspace;

    explicit DemoWorkspace(quint64 seed) {
        auto opened = services::Workspace::open(temp.path(), clock, QStringLiteral("demo"));
        EXPECT_TRUE(opened) << opened.error().message.toStdString();
        if (!opened)
            return;
        workspace = std::move(*opened);
        auto made = workspace->demo().generate({services::DemoScale::Small, seed});
        EXPECT_TRUE(made) << made.error().message.toStdString();
    }
};

} // namespace thidua::test
