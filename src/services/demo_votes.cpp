#include "demo_votes.h"

#include "ballot_session_repository.h"
#include "cluster_year_repository.h"
#include "demo_writer.h"
#include "person_name.h"
#include "person_repository.h"
#include "unit_repository.h"
#include "vote_rule_repository.h"

#include <algorithm>
#include <vector>

namespace thidua::services::demo {

namespace {

const QString kFlag = QStringLiteral("CTDBO");
const QString kGovernmentFlag = QStringLiteral("CTDCP");

// The fewest yes votes that reach the share of all members.
int fewestToPass(int members, domain::Share share) {
    int yes = 0;
    while (!domain::reaches(yes, members, share))
        ++yes;
    return yes;
}

// Every member present votes, from low to high yes; once in a while one
// ballot is spoilt, when that still leaves low valid ones.
domain::Ballot ballot(DemoRandom& random, const domain::BallotSession& session,
                      domain::RowId unitId, const QString& titleCode, int low, int high) {
    const int valid = session.present - (session.present > low && random.chance(30) ? 1 : 0);
    const int yes = random.between(low, std::min(high, valid));
    return {unitId, titleCode, 1, session.present, session.present, valid, yes};
}

} // namespace

Status addClusterVote(DemoWriter& writer, domain::RowId clusterId, const QStringList& flagWinners,
                      int governmentWinners) {
    DemoRandom& random = writer.random();
    storage::Database& db = writer.db();
    auto cluster = storage::ClusterYearRepository(db).find(clusterId);
    if (!cluster)
        return std::unexpected(cluster.error());
    const int year = cluster->cluster.year;
    domain::BallotSession session;
    session.uuid = random.uuid();
    session.clusterId = clusterId;
    session.heldOn = QDate(year, 12, random.between(10, 26));
    auto head = storage::UnitRepository(db).find(cluster->head());
    auto staff = storage::PersonRepository(db).inUnit(cluster->head());
    if (!head || !staff)
        return std::unexpected(!head ? head.error() : staff.error());
    session.place = QStringLiteral("Hội trường %1").arg(head->name);
    if (staff->size() >= 2) {
        session.chair = staff->at(0).name.fullName();
        session.secretary = staff->at(1).name.fullName();
    }
    session.members = static_cast<int>(cluster->members.size());

    auto rules = storage::VoteRuleRepository(db).rulesOn(session.heldOn);
    if (!rules)
        return std::unexpected(rules.error());
    const int pass = fewestToPass(session.members, rules->thresholds.at(kFlag));
    const int passGovernment = fewestToPass(session.members, rules->thresholds.at(kGovernmentFlag));
    // One member away only when the winners can still carry without it.
    session.present =
        session.members - (session.members - 1 >= passGovernment && random.chance(40) ? 1 : 0);
    session.writtenOpinions = session.members - session.present;

    // The winners in the order named (the paper lists the strongest first),
    // and the first other member as the candidate who falls short.
    std::vector<domain::RowId> winners(static_cast<std::size_t>(flagWinners.size()), domain::NoId);
    domain::RowId runnerUp = domain::NoId;
    for (domain::RowId member : cluster->memberIds()) {
        auto unit = storage::UnitRepository(db).find(member);
        if (!unit)
            return std::unexpected(unit.error());
        if (const qsizetype named = flagWinners.indexOf(unit->name); named >= 0)
            winners[static_cast<std::size_t>(named)] = member;
        else if (runnerUp == domain::NoId)
            runnerUp = member;
    }
    std::erase(winners, domain::NoId);
    for (domain::RowId winner : winners)
        session.ballots.push_back(ballot(random, session, winner, kFlag, pass, session.present));
    if (runnerUp != domain::NoId)
        session.ballots.push_back(
            ballot(random, session, runnerUp, kFlag, session.members / 2, pass - 1));
    for (std::size_t i = 0; i < winners.size() && governmentWinners > 0; ++i)
        session.ballots.push_back(static_cast<int>(i) < governmentWinners
                                      ? ballot(random, session, winners[i], kGovernmentFlag,
                                               passGovernment, session.present)
                                      : ballot(random, session, winners[i], kGovernmentFlag,
                                               session.members / 2, passGovernment - 1));

    storage::BallotSessionRepository sessions(db);
    if (auto ok = sessions.insert(session); !ok)
        return ok;
    return sessions.writeProposals(session, domain::carriedBallots(session, *rules),
                                   [&random] { return random.uuid(); });
}

} // namespace thidua::services::demo
