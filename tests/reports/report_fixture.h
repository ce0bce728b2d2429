#pragma once

#include "fake_clock.h"
#include "ids.h"
#include "temp_database.h"
#include "workspace.h"

#include <gtest/gtest.h>

#include <memory>

namespace thidua::test {

// Two top units with a few people and collectives registered for 2025 in
// every status:
//   Sở Tư pháp tỉnh Vĩnh Phúc  (CTĐBO accepted; its director CSTĐBO accepted)
//     Thanh tra Sở             (TTLĐXS submitted; a CSTĐCS submitted)
//     Văn phòng Sở             (TTLĐTT accepted; LĐTT accepted, CSTĐCS draft,
//                               LĐTT returned with a reason)
//   Bộ Tư pháp
//     Vụ Pháp luật quốc tế     (one LĐTT accepted)
class RegistrationListTest : public ::testing::Test {
protected:
    void SetUp() override;

    services::Workspace& workspace() { return *workspace_; }

    TempDatabase temp;
    FakeClock clock; // 15/01/2026
    domain::RowId department = 0, inspectorate = 0, office = 0, ministry = 0, vu = 0;
    domain::RowId year2025 = 0; // the period

private:
    std::unique_ptr<services::Workspace> workspace_;
};

} // namespace thidua::test
