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
    // The files attached in the round, by unit, criterion and name.
    Result<std::vector<domain::Evidence>> evidence(domain::RowId roundId);
    // The content of one of them; empty when there is none of that name.
    Result<QByteArray> evidenceContent(domain::RowId roundId, const domain::Evidence& evidence);

private:
    Database& db_;
};

} // namespace thidua::storage
