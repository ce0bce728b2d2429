#pragma once

#include "cluster_year.h"
#include "criteria_table.h"
#include "import_report.h"
#include "result.h"
#include "round_standings.h"
#include "scoring_round.h"

#include <QByteArray>
#include <QStringList>

#include <functional>
#include <optional>
#include <vector>

namespace thidua::services {

struct ServiceContext;

// What the score grid works on: the round, its cluster-year, the criteria
// table it is scored against and every point given so far.
struct ScoringSheet {
    domain::ScoringRound round;
    domain::ClusterYear cluster;
    domain::CriteriaTable table;
    std::vector<domain::RowId> unitIds; // the members, in Vietnamese name order
    std::vector<QString> unitNames;     // beside unitIds
    std::vector<domain::Score> scores;
    std::vector<domain::Evidence> evidence; // the files attached to self-scores

    // The member's name; empty for a unit that is not a member.
    QString unitName(domain::RowId unitId) const;
};

// A unit's score sheet (phiếu chấm điểm) in the form importScores reads:
// one row per item of the criteria table (Đơn vị, Mã tiêu chí, Tiêu chí,
// Điểm tối đa, Điểm, Ghi chú), with the unit's self-score and evidence where
// it has given them.
struct ScoreSheetFile {
    QString title;   // "PHIẾU CHẤM ĐIỂM THI ĐUA"
    QString summary; // the unit and the round
    QStringList headers;
    std::vector<QStringList> rows;
};

// A cluster-year's scoring rounds (sơ kết, tổng kết): self-scores, the
// scorers' points, closing and reopening, and the ranking. Every change is
// audited against the round ("scoring_round") in its own transaction and
// announced (ScoringChanged) after commit. Refusals name the unit, the
// criterion and the round.
class ScoringService {
public:
    explicit ScoringService(ServiceContext& context)
        : context_(context) {}

    Result<std::optional<domain::ScoringRound>> round(domain::RowId clusterId,
                                                      domain::RoundKind kind);
    // The cluster's round of that kind, opened when it has none. Refused
    // while the cluster's organiser has no criteria table for its year.
    Result<domain::ScoringRound> openRound(domain::RowId clusterId, domain::RoundKind kind);
    Result<ScoringSheet> sheet(domain::RowId roundId);
    // The unit's score sheet to fill in, in the cluster's round of that kind
    // (blank while the round is not open). Refused (InvalidInput) for a unit
    // that is not a member; NotFound while the organiser has no criteria table.
    Result<ScoreSheetFile> scoreSheetFile(domain::RowId clusterId, domain::RoundKind kind,
                                          domain::RowId unitId);

    // Whether every member scores the others, or only the head and deputy.
    Status setMembersScore(domain::RowId roundId, bool membersScore);
    // The unit's own points on an item, with its evidence.
    Status setSelfScore(domain::RowId roundId, domain::RowId unitId, int criterion, double points,
                        const QString& evidence);
    // A scorer's points on another unit's item. Refused when the scorer is
    // the unit itself or is not a scorer of the round, and when the points
    // differ from the unit's self-score without a note saying why.
    Status setScore(domain::RowId roundId, const domain::Score& score);
    Status clearScore(domain::RowId roundId, domain::RowId unitId, int criterion,
                      domain::RowId scorerId);
    // A file supporting the unit's self-score on the item (kept in the
    // database); one of the same name is replaced.
    Status attachEvidence(domain::RowId roundId, domain::RowId unitId, int criterion,
                          const QString& name, const QByteArray& content);
    Result<QByteArray> evidenceContent(domain::RowId roundId, const domain::Evidence& evidence);

    // Points from a CSV or XLSX file (docs/import-format.md): each row's
    // unit's self-score and evidence when scorerId is NoId, otherwise that
    // scorer's points and reasons, with the refusals of setSelfScore and
    // setScore; rows without points are skipped. The cluster's round of that
    // kind is opened when missing. All or nothing in one transaction: with any
    // problem (in the report, naming line and column) nothing is written, nor
    // on a dry run. One audit row per point that changes. An unreadable file,
    // or an organiser without a criteria table, is an error.
    Result<ImportReport> importScores(const QString& path, domain::RowId clusterId,
                                      domain::RoundKind kind, domain::RowId scorerId,
                                      const ImportOptions& options);

    // Closes the round. With items still without a scorer's points it needs
    // a reason, which is kept.
    Status close(domain::RowId roundId, const QString& reason);
    Status reopen(domain::RowId roundId);

    // The ranking; excludedScorer's points left out when given ("what if").
    Result<std::vector<domain::Standing>> standings(domain::RowId roundId,
                                                    domain::RowId excludedScorer = domain::NoId);

private:
    // Runs change() on the round's sheet as read inside the transaction.
    Status changeRound(domain::RowId roundId,
                       const std::function<Status(const ScoringSheet&)>& change);

    ServiceContext& context_;
};

} // namespace thidua::services
