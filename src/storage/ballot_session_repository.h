#pragma once

#include "ballot_session.h"
#include "result.h"

#include <functional>
#include <optional>
#include <vector>

namespace thidua::storage {

class Database;

// A ballot session with its ballots in paper order, and the proposals its
// vote carried. Writes run inside the caller's transaction.
class BallotSessionRepository {
public:
    explicit BallotSessionRepository(Database& db)
        : db_(db) {}

    // Fills in id and, when empty, uuid.
    Status insert(domain::BallotSession& session);
    // Fields and ballots; the cluster stays. Ballots that stay are updated in
    // place, so that their proposals keep their uuid.
    Status update(const domain::BallotSession& session);
    // Ballots and proposals go with it.
    Status remove(domain::RowId sessionId);
    Result<domain::BallotSession> find(domain::RowId sessionId);
    Result<std::optional<domain::BallotSession>> forCluster(domain::RowId clusterId);

    // Makes the session's proposals exactly the carried ballots; a proposal
    // that stays keeps its uuid, a new one takes newUuid() (a deterministic
    // demo) or, without it, a fresh one.
    Status writeProposals(const domain::BallotSession& session,
                          const std::vector<domain::CarriedBallot>& carried,
                          const std::function<QString()>& newUuid = {});
    // In ballot-paper order.
    Result<std::vector<domain::BallotProposal>> proposals(domain::RowId clusterId);

private:
    Result<std::optional<domain::BallotSession>> findWhere(std::string_view where,
                                                           domain::RowId id);
    Status writeBallots(const domain::BallotSession& session);

    Database& db_;
};

} // namespace thidua::storage
