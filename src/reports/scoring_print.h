#pragma once

#include "cluster.h"
#include "document.h"
#include "result.h"
#include "round_standings.h"
#include "scoring_service.h"

#include <QDate>
#include <QString>

#include <vector>

namespace thidua::services {
class Workspace;
}

namespace thidua::reports {

// What the scoring documents of a cluster's round print, names looked up.
struct ScoringPrint {
    QString organiser;   // "Bộ Tư pháp"
    QString clusterName; // "Cụm thi đua số II"
    domain::ClusterKind clusterKind = domain::ClusterKind::Cluster;
    QString place; // before the date; empty: dots to fill in
    QDate date;    // the day the round closed; invalid while open (blanks)
    services::ScoringSheet sheet;
    std::vector<domain::Standing> standings; // best first
};

// The round of that kind of the cluster; NotFound when it was never opened.
Result<ScoringPrint> readScoringPrint(services::Workspace& workspace, domain::RowId clusterId,
                                      domain::RoundKind kind);

// Bảng tổng hợp kết quả chấm điểm, xếp hạng: per unit in rank order its rank,
// its points on each group of the table, bonus, penalty, total and rating.
documents::Document rankingDocument(const ScoringPrint& print);

// Bảng chấm điểm: every criterion of the table down, every unit across, the
// round's points (the mean of its scorers) in the cells, then each unit's
// total and rank.
documents::Document scoringTableDocument(const ScoringPrint& print);

} // namespace thidua::reports
