#pragma once

#include "document.h"
#include "nomination_entry.h"
#include "result.h"

#include <QDate>

namespace thidua::services {
class Workspace;
struct AwardHistory;
} // namespace thidua::services

namespace thidua::reports {

// Báo cáo thành tích (domain brief §4.3), the draft the candidate or the unit
// completes: for a person the short curriculum (name, birth, gender, position,
// unit; the rest left to write), for a collective its situation to describe;
// then the achievements (the nomination's basis and the initiatives with
// their recognising decisions) and, filled from the records, the two tables
// of part III: the emulation titles and the commendation forms received, each
// with the year and the decision (number, date, issuer). Revoked awards are
// left out. Signed by the reporter and the head who confirms; placed where
// the proposing unit's name (else the candidate's unit's) says, else dots.
Result<documents::Document> achievementReport(services::Workspace& workspace,
                                              domain::RowId nominationId);

// The same document from what was read.
documents::Document achievementReportDocument(const domain::NominationEntry& entry,
                                              const services::AwardHistory& history, QDate day);

} // namespace thidua::reports
