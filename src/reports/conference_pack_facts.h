#pragma once

#include "conference_facts.h"
#include "conference_pack.h"

namespace thidua::reports {

// The conference pack of the report's conference: its honorees, the ranking
// and the vote it announces, the next year's leadership, and the details the
// host typed in with the report (venue, chair, secretary, presenters by
// level as "name, position", discussion, conclusion).
ConferencePack conferencePackOf(const ConferenceFacts& facts);

// "Hội nghị tổng kết công tác thi đua, khen thưởng năm 2018".
QString conferenceName(const ConferenceFacts& facts);

} // namespace thidua::reports
