#pragma once

#include "conference_facts.h"

namespace thidua::reports {

// The report of the facts' kind in the official layout (Nghị định 30/2020),
// the outline of domain brief §4.5: I. Đặc điểm, tình hình; II. Kết quả
// (leadership and launch, registrations and the covenant, movements, the
// cluster's joint work, scoring and ranking, the vote, advanced models,
// awards by form and level); III. Tồn tại, hạn chế, nguyên nhân; IV. Bài học
// kinh nghiệm; V. Phương hướng, nhiệm vụ; VI. Kiến nghị. The six-month review
// covers the first half and looks to the second; the five-year conference
// reviews the period, names the advanced models it recognises, the
// proposals to the level above and the delegates elected, and launches the
// next period's movement. What people wrote prints in its section; an
// unwritten section prints dots to fill in.
documents::Document conferenceReport(const ConferenceFacts& facts);

} // namespace thidua::reports
