#pragma once

#include "result.h"
#include "scoring_round.h"

#include <QByteArray>

#include <vector>

namespace thidua::storage {

class Database;

// The points of a scoring round, and the files units attach to their
// self-scores. Writes run inside the caller's transaction.
class ScoreRepository {
public:
    explicit ScoreRepository(Database& db)
        : db_(db) {}

    // Sets (or replaces) the points of score.scorerId on the unit's item.
    Status put(domain::RowId roundId, const domain::Score& score);
    Status remove(domain::RowId roundId, domain::RowId unitId, int criterion,
                  domain::RowId scorerId);
    // Every score of the round, by unit, criterion and scorer.
    Result<std::vector<domain::Score>> forRound(domain::RowId roundId);

    Status attachEvidence(domain::RowId roundId, domain::RowId unitId, int criterion,
                          const QString& name, const QByteArray& content);
    // Names of the files attached to the unit's self-score on the item.
    Result<std::vector<QString>> evidenceNames(domain::RowId roundId, domain::RowId unitId,
                                               int criterion);

private:
    Database& db_;
};

} // namespace thidua::storage
