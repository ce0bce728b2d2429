#pragma once

#include "agency_header.h"
#include "document.h"
#include "ids.h"
#include "progress.h"
#include "registration_groups.h"
#include "result.h"

namespace thidua::services {
class Workspace;
}

namespace thidua::reports {

struct RegistrationListRequest {
    int year = 0;
    domain::RowId unitId = domain::NoId; // that unit and the units below it; NoId: all units
    Issue issue;
};

// "DANH SÁCH ĐĂNG KÝ THI ĐUA NĂM 2025": the official header of the unit, then
// one table on landscape pages (STT, Họ và tên / Tên tập thể, Chức vụ, Đơn
// vị, Danh hiệu đăng ký, Ghi chú) with the collectives first and the
// individuals after, each grouped by title in precedence order and numbered
// from 1 within their part; signed by "NGƯỜI LẬP BIỂU" and "THỦ TRƯỞNG ĐƠN
// VỊ". Errors as readRegistrationGroups().
Result<documents::Document> registrationList(services::Workspace& workspace,
                                             const RegistrationListRequest& request,
                                             const ReadProgress& progress = {});

// The same document from groups already read.
documents::Document registrationListDocument(int year, documents::OfficialHeader header,
                                             const RegistrationGroups& groups);

} // namespace thidua::reports
