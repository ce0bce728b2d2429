#pragma once

#include "result.h"
#include "scoring_round.h"

#include <optional>
#include <vector>

namespace thidua::storage {

class Database;

// A cluster-year's scoring rounds. Writes run inside the caller's
// transaction.
class ScoringRoundRepository {
public:
    explicit ScoringRoundRepository(Database& db)
        : db_(db) {}

    // Fills in id and, when empty, uuid.
    Status insert(domain::ScoringRound& round);
    // Who scores, and whether (with why) it is closed; cluster and kind stay.
    Status update(const domain::ScoringRound& round);
    Result<domain::ScoringRound> find(domain::RowId roundId);
    Result<std::optional<domain::ScoringRound>> forCluster(domain::RowId clusterId,
                                                           domain::RoundKind kind);

private:
    Database& db_;
};

} // namespace thidua::storage
