#include "scoring_round_repository.h"

#include "query.h"
#include "scoring_codes.h"
#include "uuid.h"

#include <QCoreApplication>

namespace thidua::storage {

namespace {

constexpr std::string_view Columns =
    "SELECT id, uuid, cluster_id, kind, members_score, closed_on, close_reason"
    " FROM scoring_round WHERE ";

domain::ScoringRound roundOf(const Statement& row) {
    domain::ScoringRound round;
    round.id = row.int64(0);
    round.uuid = row.text(1);
    round.clusterId = row.int64(2);
    round.kind = roundKindFromCode(row.text(3));
    round.membersScore = row.int64(4) != 0;
    if (!row.isNull(5))
        round.closedOn = row.date(5);
    round.closeReason = row.text(6);
    return round;
}

} // namespace

Status ScoringRoundRepository::insert(domain::ScoringRound& round) {
    round.uuid = ensureUuid(round.uuid);
    auto ok = exec(db_,
                   "INSERT INTO scoring_round (uuid, cluster_id, kind, members_score, closed_on,"
                   " close_reason) VALUES (?, ?, ?, ?, ?, ?)",
                   round.uuid, round.clusterId, roundKindCode(round.kind),
                   round.membersScore ? 1 : 0, round.closedOn, round.closeReason);
    if (ok)
        round.id = db_.lastInsertId();
    return ok;
}

Status ScoringRoundRepository::update(const domain::ScoringRound& round) {
    return exec(db_,
                "UPDATE scoring_round SET members_score = ?, closed_on = ?, close_reason = ?"
                " WHERE id = ?",
                round.membersScore ? 1 : 0, round.closedOn, round.closeReason, round.id);
}

Result<domain::ScoringRound> ScoringRoundRepository::find(domain::RowId roundId) {
    auto rows =
        selectAll<domain::ScoringRound>(db_, std::string(Columns) + "id = ?", roundOf, roundId);
    if (!rows)
        return std::unexpected(rows.error());
    if (rows->empty())
        return fail(ErrorCode::NotFound, QCoreApplication::translate(
                                             "thidua::storage", "Scoring round %1 does not exist")
                                             .arg(roundId));
    return std::move(rows->front());
}

Result<std::optional<domain::ScoringRound>>
ScoringRoundRepository::forCluster(domain::RowId clusterId, domain::RoundKind kind) {
    auto rows =
        selectAll<domain::ScoringRound>(db_, std::string(Columns) + "cluster_id = ? AND kind = ?",
                                        roundOf, clusterId, roundKindCode(kind));
    if (!rows)
        return std::unexpected(rows.error());
    if (rows->empty())
        return std::nullopt;
    return std::move(rows->front());
}

} // namespace thidua::storage
