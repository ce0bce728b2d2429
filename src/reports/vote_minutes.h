#pragma once

#include "ballot_print.h"
#include "document.h"

// The two records of a cluster-year's vote, in the official layout (Nghị
// định 30/2020): the organiser over the cluster in the header, the place and
// day of the session. Printed text is Vietnamese, as official forms are.
namespace thidua::reports {

// Biên bản kiểm phiếu: the counting committee's record of the members, the
// members present and, per title from the lowest upward, each candidate's
// ballots issued, returned and valid, yes votes, their share of ALL members
// and whether it reaches the title's threshold; signed by the committee.
documents::Document voteCountMinutes(const BallotPrint& print);

// Biên bản họp: time and place, chair and secretary, members in total,
// present and absent with written opinions, the quorum, the same tally, the
// conclusion naming the units proposed for each title, and the signatures of
// the secretary and the chair.
documents::Document meetingMinutes(const BallotPrint& print);

} // namespace thidua::reports
