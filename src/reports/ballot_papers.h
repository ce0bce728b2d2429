#pragma once

#include "ballot_print.h"
#include "document.h"

namespace thidua::reports {

// Phiếu bầu: one numbered paper per member present ("Phiếu số 03/11"), each on
// its own page, listing the candidates of the round under each title from the
// lowest upward with a box for "Đồng ý" and one for "Không đồng ý".
documents::Document ballotPapers(const BallotPrint& print, int round = 1);

// The round whose papers are printed: 2 once a candidate has a second round
// (the first has been held by then), else 1.
int roundToPrint(const domain::BallotSession& session);

} // namespace thidua::reports
