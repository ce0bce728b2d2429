#pragma once

#include "change_command.h"
#include "result.h"
#include "unit.h"

class QUndoStack;

namespace thidua::services {
class Workspace;
}

namespace thidua::ui {

struct UnitState;

// The unit editor's changes as undoable steps: made through the catalogue at
// once, pushed only when not refused; undo deletes a created unit again or
// writes back the row as it was (restoreUnit), found by its uuid.
class UnitSteps {
public:
    UnitSteps(QUndoStack& stack, CommandFailure failed);

    // The workspace must outlive the steps or be replaced first.
    void setWorkspace(services::Workspace* workspace);

    Result<domain::Unit> create(const domain::Unit& unit);
    Status edit(const domain::Unit& before, const domain::Unit& after);

private:
    // The unit with its parent's uuid, read now.
    Result<UnitState> stateOf(const domain::Unit& unit);
    void push(const QString& text, const QString& uuid, std::optional<UnitState> before,
              std::optional<UnitState> after);

    QUndoStack& stack_;
    CommandFailure failed_;
    services::Workspace* workspace_ = nullptr;
};

} // namespace thidua::ui
