#pragma once

#include "share.h"

#include <QString>

#include <optional>

// A ballot on one candidate for one title (bình xét, suy tôn), counted as the
// vote-count minutes record it (domain brief §2.3). The yes share is of ALL
// members of the council or cluster, present or not; the thresholds and the
// quorum are rule data the caller passes in. Refusals are sentences for the
// user (translation context "thidua::domain").
namespace thidua::domain {

struct BallotCount {
    int members = 0; // in the council or cluster, present or not
    int present = 0;
    int writtenOpinions = 0; // of members absent, recorded in the minutes
    int issued = 0;
    int returned = 0;
    int valid = 0;
    int yes = 0;
};

struct BallotOutcome {
    bool quorate = false; // enough members present
    double yesPercentOfMembers = 0;
    bool passes = false; // quorate and yes ≥ threshold of all members
};

// Why the counts cannot be right: more present than members, more ballots
// returned than issued, valid than returned, yes than valid, and so on.
std::optional<QString> ballotCountRefusal(const BallotCount& count);

// counts must be free of refusals. quorum: members present over members;
// threshold: yes votes over members (80/100 for flags and CSTĐ cơ sở, 90/100
// for CSTĐ at ministry level and above).
BallotOutcome ballotOutcome(const BallotCount& count, Share threshold, Share quorum);

} // namespace thidua::domain
