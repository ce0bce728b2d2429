#pragma once

#include "cluster_year.h"
#include "criteria_table.h"
#include "import_report.h"
#include "scoring_round.h"
#include "scoring_service.h"
#include "source_table.h"

#include <optional>
#include <vector>

// Points in a file (docs/import-format.md, "Điểm chấm"): one row per unit
// and item of the criteria table, by the item's code; read, and written as a
// unit's sheet to fill in. Internal to the services.
namespace thidua::services::importing {

struct ScoresFile {
    const interchange::SourceTable& table;
    const domain::ClusterYear& cluster;
    const domain::UnitNames& units;
    const domain::CriteriaTable& criteria;
    // Whose points the file holds; NoId when each row is its unit's self-score.
    domain::RowId scorerId = domain::NoId;
};

struct ScoreRow {
    int line = 0;
    domain::Score score; // points to hundredths, note normalised
};

struct ScoreRows {
    std::vector<ScoreRow> rows; // the good rows, in file order
    int withPoints = 0;         // rows that give points, good or bad; the others are skipped
    // The headers as the file writes them, for the problems the scoring
    // service finds on a row.
    QString unitColumn;
    QString noteColumn;
};

// The file's good rows, the problems of the others added (naming line,
// column and value): a unit that is not a member, a code the table does not
// have or that names a group, points that are no number or that the item
// does not take, an item given twice. Nothing when the headers do not do.
std::optional<ScoreRows> readScores(const ScoresFile& file, std::vector<ImportProblem>& problems);

// The member's sheet in the form readScores reads (ScoringService::scoreSheetFile).
ScoreSheetFile scoreSheetFile(const ScoringSheet& sheet, domain::RowId unitId);

} // namespace thidua::services::importing
