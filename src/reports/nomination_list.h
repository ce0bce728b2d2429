#pragma once

#include "agency_header.h"
#include "document.h"
#include "nomination_entry.h"
#include "result.h"

#include <vector>

namespace thidua::services {
class Workspace;
}

namespace thidua::reports {

// Within an award's group: by position (unit, then leaders before deputies
// before staff, then name) or by name alone, in Vietnamese order.
enum class NominationOrder { Position, Name };

struct NominationListRequest {
    domain::NominationFilter filter;
    domain::RowId issuingUnitId = domain::NoId; // whose header; NoId: the top unit
    NominationOrder order = NominationOrder::Position;
    QString submissionNumber; // "15/TTr-VKHPL" for the "(Kèm theo Tờ trình …)" line; may be empty
    Issue issue;
};

// "DANH SÁCH TẬP THỂ, CÁ NHÂN ĐỀ NGHỊ KHEN THƯỞNG NĂM 2025" on landscape pages:
// the official header, the line that ties it to its submission, then one
// table (STT, Họ và tên / Tên tập thể, Chức vụ, Đơn vị, Hình thức đề nghị,
// Thành tích) with "I. TẬP THỂ" before "II. CÁ NHÂN", each grouped by award in
// order of precedence and numbered on through the part; signed by "NGƯỜI LẬP
// BIỂU" and "THỦ TRƯỞNG ĐƠN VỊ".
Result<documents::Document> nominationList(services::Workspace& workspace,
                                           const NominationListRequest& request);

// The same document from entries already read.
documents::Document nominationListDocument(int year, documents::OfficialHeader header,
                                           std::vector<domain::NominationEntry> entries,
                                           NominationOrder order, const QString& titleNote);

// What a document of nominations starts from: the nominations the filter
// keeps and the header of the issuing unit (agencyHeader), dated today when
// the issue has no date.
struct NominationsRead {
    std::vector<domain::NominationEntry> entries;
    documents::OfficialHeader header;
    QString issuerName; // empty for NoId
};
Result<NominationsRead> readNominations(services::Workspace& workspace,
                                        const domain::NominationFilter& filter,
                                        domain::RowId issuingUnitId, Issue issue);

// Leaders first: heads (trưởng, giám đốc, viện trưởng …) 0, deputies (phó …)
// 1, everyone else 2.
int positionRank(const QString& position);

} // namespace thidua::reports
