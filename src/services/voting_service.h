#pragma once

#include "ballot_session.h"
#include "import_report.h"
#include "result.h"
#include "title.h"

#include <QDate>

#include <optional>
#include <vector>

namespace thidua::services {

struct ServiceContext;

// The vote of a cluster-year's conference (bình xét, suy tôn): at most one
// ballot session per cluster-year, its ballots kept by domain/ballot_session.h
// against the rule data in force on the day (vote thresholds and the quorum of
// a meeting on awards, schema 8). Every change is audited ("ballot_session")
// in its own transaction, keeps the proposals the vote carried in step, and
// is announced (BallotChanged) after commit.
class VotingService {
public:
    explicit VotingService(ServiceContext& context)
        : context_(context) {}

    Result<std::optional<domain::BallotSession>> forCluster(domain::RowId clusterId);
    // The rule data in force on heldOn, or on the last day of the cluster's
    // year while the day is not known.
    Result<domain::VoteRules> rules(domain::RowId clusterId, QDate heldOn);
    // Collective titles the rule data sets a threshold for, by precedence:
    // what the units of a cluster can be voted for.
    Result<std::vector<domain::Title>> votableTitles(domain::RowId clusterId, QDate heldOn);

    // Refused (Conflict) when the cluster-year already has a session.
    Result<domain::BallotSession> create(domain::BallotSession session);
    // Fields and ballots; cluster and uuid stay.
    Status update(domain::BallotSession session);
    Status remove(domain::RowId sessionId);
    // A second round for the candidate and title (domain::addRound).
    Status addRound(domain::RowId sessionId, domain::RowId unitId, const QString& titleCode);

    // The tally of the cluster-year from a CSV or XLSX file
    // (docs/import-format.md): its rows become the session's ballots, made
    // when missing, as one change. All or nothing: with any problem (in the
    // report, naming line and column) nothing is written, nor on a dry run.
    // An unreadable file is an error.
    Result<ImportReport> importVotes(const QString& path, domain::RowId clusterId,
                                     const ImportOptions& options);

    // What the vote carried, in ballot-paper order.
    Result<std::vector<domain::BallotProposal>> proposals(domain::RowId clusterId);

private:
    ServiceContext& context_;
};

} // namespace thidua::services
