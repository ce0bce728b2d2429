#pragma once

#include "change_command.h"
#include "criteria_table.h"
#include "result.h"
#include "scoring_round.h"

#include <QString>

#include <functional>
#include <optional>
#include <vector>

class QUndoStack;

namespace thidua::services {
class Workspace;
}

namespace thidua::ui {

// A change of points: what the scorer had given on the item (nullopt:
// nothing) and what it gives now (nullopt: the cell emptied). The scorer is
// the unit itself for a self-score.
struct PointsChange {
    std::optional<domain::Score> before;
    std::optional<domain::Score> after;
};

// The scoring page's changes as undoable steps: made through the services at
// once, pushed only when not refused; undo puts back what was there.
class ScoringSteps {
public:
    ScoringSteps(QUndoStack& stack, CommandFailure failed);

    // The workspace must outlive the steps or be replaced first.
    void setWorkspace(services::Workspace* workspace);

    // Several changes (a pasted block) are one step; the first refusal stops
    // the block and undoes the changes before it.
    Status setPoints(domain::RowId roundId, const std::vector<PointsChange>& changes,
                     const QString& text);
    Status close(domain::RowId roundId, const QString& reason, const QString& text);
    Status reopen(domain::RowId roundId, const QString& reason, const QString& text);
    Status setMembersScore(domain::RowId roundId, bool membersScore, const QString& text);
    // Saves the table; undo writes back the one before, or cannot remove a
    // table once made (refused with a message, nothing lost).
    Status saveTable(const std::optional<domain::CriteriaTable>& before,
                     const domain::CriteriaTable& after, const QString& text);

private:
    void push(const QString& text, ChangeCommand::Apply apply);

    QUndoStack& stack_;
    CommandFailure failed_;
    services::Workspace* workspace_ = nullptr;
};

} // namespace thidua::ui
