#pragma once

#include "agency_header.h"
#include "document.h"
#include "nomination_entry.h"
#include "result.h"

#include <QStringList>

#include <vector>

namespace thidua::services {
class Workspace;
}

namespace thidua::reports {

// What the clerk's office gives a tờ trình: its number and whom it is sent
// to. Nghị định 30/2020 allows several recipients, each on a line of its own.
struct SubmissionAddress {
    QString number;         // "15/TTr-VKHPL"; empty: dots for the clerk's office
    QStringList recipients; // "Hội đồng Thi đua - Khen thưởng Bộ Tư pháp"; none: dots
};

struct SubmissionRequest {
    domain::NominationFilter filter;
    domain::RowId issuingUnitId = domain::NoId; // whose submission; NoId: the top unit
    SubmissionAddress address;
    Issue issue;
};

// Recipients written one a line, as a clerk types them: each trimmed, blank
// lines left out.
QStringList recipientLines(const QString& text);

// Tờ trình đề nghị khen thưởng (domain brief §4.2): the official header with
// the number, "TỜ TRÌNH" and "Về việc đề nghị khen thưởng năm Y", "Kính gửi",
// the legal bases in force on the day (Luật 06/2022 with Nghị định 98/2023
// until 30/6/2025, Nghị định 152/2025 from 1/7/2025), then the proposal: per
// award in order of precedence how many collectives and individuals, "(có
// danh sách kèm theo)"; Nơi nhận and the head's signature.
Result<documents::Document> submission(services::Workspace& workspace,
                                       const SubmissionRequest& request);

// The same document from nominations already read; the header carries the
// number. Blank recipients are left out.
documents::Document submissionDocument(int year, documents::OfficialHeader header,
                                       const QString& proposer, const QStringList& recipients,
                                       const std::vector<domain::NominationEntry>& entries);

} // namespace thidua::reports
