#include "score_repository.h"

#include "query.h"

namespace thidua::storage {

Status ScoreRepository::put(domain::RowId roundId, const domain::Score& score) {
    return exec(db_,
                "INSERT INTO score (round_id, unit_id, position, scorer_id, points, note)"
                " VALUES (?, ?, ?, ?, ?, ?) ON CONFLICT (round_id, unit_id, position, scorer_id)"
                " DO UPDATE SET points = excluded.points, note = excluded.note",
                roundId, score.unitId, score.criterion, score.scorerId, score.points, score.note);
}

Status ScoreRepository::remove(domain::RowId roundId, domain::RowId unitId, int criterion,
                               domain::RowId scorerId) {
    return exec(db_,
                "DELETE FROM score WHERE round_id = ? AND unit_id = ? AND position = ?"
                " AND scorer_id = ?",
                roundId, unitId, criterion, scorerId);
}

Result<std::vector<domain::Score>> ScoreRepository::forRound(domain::RowId roundId) {
    return selectAll<domain::Score>(
        db_,
        "SELECT unit_id, position, scorer_id, points, note FROM score WHERE round_id = ?"
        " ORDER BY unit_id, position, scorer_id",
        [](const Statement& row) {
            return domain::Score{row.int64(0), static_cast<int>(row.int64(1)), row.int64(2),
                                 row.real(3), row.text(4)};
        },
        roundId);
}

Status ScoreRepository::attachEvidence(domain::RowId roundId, domain::RowId unitId, int criterion,
                                       const QString& name, const QByteArray& content) {
    return exec(db_,
                "INSERT OR REPLACE INTO score_evidence (round_id, unit_id, position, name, content)"
                " VALUES (?, ?, ?, ?, ?)",
                roundId, unitId, criterion, name, content);
}

Result<std::vector<domain::Evidence>> ScoreRepository::evidence(domain::RowId roundId) {
    return selectAll<domain::Evidence>(
        db_,
        "SELECT unit_id, position, name FROM score_evidence WHERE round_id = ?"
        " ORDER BY unit_id, position, name",
        [](const Statement& row) {
            return domain::Evidence{row.int64(0), static_cast<int>(row.int64(1)), row.text(2)};
        },
        roundId);
}

Result<QByteArray> ScoreRepository::evidenceContent(domain::RowId roundId,
                                                    const domain::Evidence& evidence) {
    auto rows = selectAll<QByteArray>(
        db_,
        "SELECT content FROM score_evidence WHERE round_id = ? AND unit_id = ? AND position = ?"
        " AND name = ?",
        [](const Statement& row) { return row.blob(0); }, roundId, evidence.unitId,
        evidence.criterion, evidence.name);
    if (!rows)
        return std::unexpected(rows.error());
    return rows->empty() ? QByteArray() : rows->front();
}

} // namespace thidua::storage
