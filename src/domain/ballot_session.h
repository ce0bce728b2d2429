#pragma once

#include "cluster_year.h"
#include "share.h"
#include "vote_rules.h"

#include <QDate>
#include <QString>

#include <functional>
#include <map>
#include <optional>
#include <vector>

// The vote of a cluster-year's conference (bình xét, suy tôn; domain brief
// §2.3) as one whole: the meeting's numbers and, per candidate unit, title
// and round, the counts of the vote-count minutes. Refusals are sentences for
// the user naming the candidate, the title and the round (translation context
// "thidua::domain").
namespace thidua::domain {

// "At most 2 ballots per round": a candidate is voted on for a title once,
// and once more when the first vote did not carry.
constexpr int MaxBallotRounds = 2;

struct Ballot {
    RowId unitId = NoId; // the candidate, a member of the cluster-year
    QString titleCode;
    int round = 1;
    int issued = 0;
    int returned = 0;
    int valid = 0;
    int yes = 0;

    friend bool operator==(const Ballot&, const Ballot&) = default;
};

struct BallotSession {
    RowId id = NoId;
    QString uuid;
    RowId clusterId = NoId; // the cluster-year; a session never moves to another
    QDate heldOn;           // invalid until known
    QString place;
    QString chair; // names as the minutes print them
    QString secretary;
    int members = 0; // of the voting body, present or not
    int present = 0;
    int writtenOpinions = 0; // of members absent
    // In the order of the ballot papers; a second round follows its first.
    std::vector<Ballot> ballots;

    friend bool operator==(const BallotSession&, const BallotSession&) = default;
};

// The rule data in force on the day of the vote: the yes votes each title
// needs and the members a meeting on awards needs present, both of all
// members.
struct VoteRules {
    std::map<QString, Share> thresholds; // by title code
    Share quorum;
};

// A title's name for messages, by code. The services look names up.
using TitleNames = std::function<QString(const QString& code)>;

// The counts of one ballot with the session's members, present and written
// opinions, as domain/vote_rules.h measures them.
BallotCount ballotCount(const BallotSession& session, const Ballot& ballot);

// Measured against the title's threshold; a title without one never passes.
BallotOutcome ballotOutcome(const BallotSession& session, const Ballot& ballot,
                            const VoteRules& rules);

// Why the session cannot be stored for the cluster-year: counts that cannot be
// right (the session's own or a ballot's, named), a candidate that is not a
// member, a title without a threshold in the rule data, a round other than 1
// or 2, a candidate voted twice in one round, a second round without a first
// or after a first that carried.
std::optional<QString> ballotSessionRefusal(const BallotSession& session,
                                            const ClusterYear& cluster, const UnitNames& units,
                                            const TitleNames& titles, const VoteRules& rules);

// Adds the next round for the candidate and title (counts zero), after the
// last ballot of that candidate and title. Refused when there is no first
// round, when the first carried, or when both rounds were held.
std::optional<QString> addRound(BallotSession& session, RowId unitId, const QString& titleCode,
                                const VoteRules& rules, const UnitNames& units,
                                const TitleNames& titles);

// A candidate the vote carried for a title, with the round that carried it:
// what becomes a proposal. In ballot order.
struct CarriedBallot {
    RowId unitId = NoId;
    QString titleCode;
    int round = 1;

    friend bool operator==(const CarriedBallot&, const CarriedBallot&) = default;
};
std::vector<CarriedBallot> carriedBallots(const BallotSession& session, const VoteRules& rules);

// A unit the cluster's vote proposes for a title, as stored for the
// nominations to pick up (status "proposed" until they do).
struct BallotProposal {
    RowId id = NoId;
    QString uuid;
    RowId clusterId = NoId;
    RowId sessionId = NoId;
    CarriedBallot ballot;
};

} // namespace thidua::domain
