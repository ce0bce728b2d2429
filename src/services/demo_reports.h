#pragma once

#include "ids.h"
#include "result.h"

namespace thidua::services::demo {

class DemoWriter;

// The year-end conference of a cluster whose vote the seeds tell of, as its
// head unit writes it up in the Báo cáo page: the day, venue, chair and
// secretary of the vote's session, and the sections of the report that the
// data cannot write (shortcomings, lessons, directions, recommendations).
Status addConferenceNotes(DemoWriter& writer, domain::RowId clusterId);

} // namespace thidua::services::demo
