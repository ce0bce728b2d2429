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
    domain::RowId year2025 = 0;                                    // the period
    domain::RowId director = 0, an = 0, binh = 0, cuc = 0, em = 0; // the people

private:
    std::unique_ptr<services::Workspace> workspace_;
};

// RegistrationListTest with the 2025 nominations the Sở proposes, and the
// award records and initiative of Lý Thị An, for the nomination documents:
//   Thanh tra Sở       Cờ thi đua của Bộ, ban, ngành, tỉnh
//   Văn phòng Sở       Bằng khen
//   Nguyễn Văn Dũng    Chiến sĩ thi đua Bộ, ban, ngành, tỉnh
//   Lý Thị An          Bằng khen (LĐTT 2023 and 2024, CSTĐCS 2024 recorded)
//   Trần Thị Cúc       Bằng khen
class NominationDocumentsTest : public RegistrationListTest {
protected:
    void SetUp() override;

    domain::RowId anNomination = 0;     // Lý Thị An's Bằng khen
    domain::RowId officeNomination = 0; // Văn phòng Sở's Bằng khen
};

} // namespace thidua::test
