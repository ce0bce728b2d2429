#include "ballot_session.h"

#include <QCoreApplication>

#include <algorithm>
#include <set>
#include <tuple>

namespace thidua::domain {

namespace {

struct Text {
    Q_DECLARE_TR_FUNCTIONS(thidua::domain)
};

QString unitName(const UnitNames& names, RowId unitId) {
    QString name = names ? names(unitId) : QString();
    return name.isEmpty() ? Text::tr("unit %1").arg(unitId) : name;
}

QString titleName(const TitleNames& names, const QString& code) {
    QString name = names ? names(code) : QString();
    return name.isEmpty() ? code : name;
}

// "Học viện Tư pháp for Cờ thi đua của Chính phủ": who is voted on for what.
QString candidacy(const Ballot& ballot, const UnitNames& units, const TitleNames& titles) {
    return Text::tr("%1 for %2")
        .arg(unitName(units, ballot.unitId), titleName(titles, ballot.titleCode));
}

const Ballot* findBallot(const BallotSession& session, RowId unitId, const QString& titleCode,
                         int round) {
    auto found = std::ranges::find_if(session.ballots, [&](const Ballot& ballot) {
        return ballot.unitId == unitId && ballot.titleCode == titleCode && ballot.round == round;
    });
    return found == session.ballots.end() ? nullptr : &*found;
}

// What a second round of the ballot's candidate and title would meet: no
// first round, or a first round that carried.
std::optional<QString> secondRoundRefusal(const BallotSession& session, const Ballot& ballot,
                                          const VoteRules& rules, const UnitNames& units,
                                          const TitleNames& titles) {
    const Ballot* first = findBallot(session, ballot.unitId, ballot.titleCode, 1);
    if (!first)
        return Text::tr("%1: round 2 follows round 1, which is missing.")
            .arg(candidacy(ballot, units, titles));
    if (ballotOutcome(session, *first, rules).passes)
        return Text::tr("%1 carried in round 1; there is no round 2.")
            .arg(candidacy(ballot, units, titles));
    return std::nullopt;
}

std::optional<QString> ballotRefusal(const BallotSession& session, const Ballot& ballot,
                                     const ClusterYear& cluster, const UnitNames& units,
                                     const TitleNames& titles, const VoteRules& rules) {
    if (!cluster.hasMember(ballot.unitId))
        return Text::tr("%1 is not a member of %2, so it cannot be a candidate.")
            .arg(unitName(units, ballot.unitId), clusterYearName(cluster.cluster));
    if (!rules.thresholds.contains(ballot.titleCode))
        return Text::tr("The rule data sets no share of yes votes for %1; add one before "
                        "voting on %2.")
            .arg(titleName(titles, ballot.titleCode), unitName(units, ballot.unitId));
    if (ballot.round < 1 || ballot.round > MaxBallotRounds)
        return Text::tr("%1: there are at most two rounds, not round %2.")
            .arg(candidacy(ballot, units, titles))
            .arg(ballot.round);
    if (auto wrong = ballotCountRefusal(ballotCount(session, ballot)))
        return Text::tr("%1, round %2: %3")
            .arg(candidacy(ballot, units, titles))
            .arg(ballot.round)
            .arg(*wrong);
    if (ballot.round == 2)
        return secondRoundRefusal(session, ballot, rules, units, titles);
    return std::nullopt;
}

} // namespace

BallotCount ballotCount(const BallotSession& session, const Ballot& ballot) {
    return {session.members, session.present, session.writtenOpinions,
            ballot.issued,   ballot.returned, ballot.valid,
            ballot.yes};
}

BallotOutcome ballotOutcome(const BallotSession& session, const Ballot& ballot,
                            const VoteRules& rules) {
    const auto threshold = rules.thresholds.find(ballot.titleCode);
    if (threshold == rules.thresholds.end()) {
        // Nothing to measure against: the share is still shown, the ballot fails.
        BallotOutcome outcome =
            ballotOutcome(ballotCount(session, ballot), Share{1, 1}, rules.quorum);
        outcome.passes = false;
        return outcome;
    }
    return ballotOutcome(ballotCount(session, ballot), threshold->second, rules.quorum);
}

std::optional<QString> ballotSessionRefusal(const BallotSession& session,
                                            const ClusterYear& cluster, const UnitNames& units,
                                            const TitleNames& titles, const VoteRules& rules) {
    if (auto wrong = ballotCountRefusal(
            {session.members, session.present, session.writtenOpinions, 0, 0, 0, 0}))
        return wrong;
    std::set<std::tuple<RowId, QString, int>> seen;
    for (const Ballot& ballot : session.ballots) {
        if (!seen.emplace(ballot.unitId, ballot.titleCode, ballot.round).second)
            return Text::tr("%1 is voted on twice in round %2.")
                .arg(candidacy(ballot, units, titles))
                .arg(ballot.round);
        if (auto refusal = ballotRefusal(session, ballot, cluster, units, titles, rules))
            return refusal;
    }
    return std::nullopt;
}

std::optional<QString> addRound(BallotSession& session, RowId unitId, const QString& titleCode,
                                const VoteRules& rules, const UnitNames& units,
                                const TitleNames& titles) {
    Ballot next{unitId, titleCode, MaxBallotRounds, 0, 0, 0, 0};
    if (findBallot(session, unitId, titleCode, MaxBallotRounds))
        return Text::tr("%1 was voted on in both rounds; there are at most two.")
            .arg(candidacy(next, units, titles));
    if (auto refusal = secondRoundRefusal(session, next, rules, units, titles))
        return refusal;
    const auto first = std::ranges::find_if(session.ballots, [&](const Ballot& ballot) {
        return ballot.unitId == unitId && ballot.titleCode == titleCode;
    });
    session.ballots.insert(first + 1, next);
    return std::nullopt;
}

std::vector<CarriedBallot> carriedBallots(const BallotSession& session, const VoteRules& rules) {
    std::vector<CarriedBallot> carried;
    for (const Ballot& ballot : session.ballots)
        if (ballotOutcome(session, ballot, rules).passes)
            carried.push_back({ballot.unitId, ballot.titleCode, ballot.round});
    return carried;
}

} // namespace thidua::domain
