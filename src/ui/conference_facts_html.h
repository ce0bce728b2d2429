#pragma once

#include "conference_facts.h"

#include <QString>

namespace thidua::ui {

// What the report will say, at a glance, for the Báo cáo page: the
// registrations, each cluster's leaders, covenant, ranking and vote, the
// awards and the honorees of the conference, so that the clerk sees what is
// missing before printing.
QString conferenceFactsHtml(const reports::ConferenceFacts& facts);

} // namespace thidua::ui
