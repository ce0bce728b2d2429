#pragma once

#include "eligibility.h"
#include "nomination_entry.h"
#include "record_change.h"

#include <QString>

#include <optional>
#include <vector>

namespace thidua::services {
struct AwardHistory;
}

namespace thidua::domain {
struct Nomination;
struct NominationDeadline;
} // namespace thidua::domain

// The rich text of the nominations page's record tabs.
namespace thidua::ui {

// The nomination in short: candidate, award, who proposes, status with its
// reason, the deadline (flagged when passed or unverified), the basis.
QString nominationSummaryHtml(const domain::NominationEntry& entry,
                              const domain::Nomination& nomination,
                              const std::optional<domain::NominationDeadline>& deadline,
                              QDate today);

// The eligibility verdict for the nomination's award and year ("Đủ điều
// kiện", "Không đủ điều kiện", "Cần xem xét") with every reason and the
// article it rests on, unverified rule values marked.
QString eligibilityHtml(domain::Verdict verdict, const std::vector<domain::Reason>& reasons);

// The candidate's awards newest first (revoked ones struck through, with the
// revoking decision), then their initiatives and whether an award used them.
QString awardHistoryHtml(const services::AwardHistory& history);

// Every change, oldest first: when, who, what.
QString changeTrailHtml(const std::vector<domain::RecordChange>& changes);

} // namespace thidua::ui
