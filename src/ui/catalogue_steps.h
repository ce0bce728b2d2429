#pragma once

#include "change_command.h"
#include "person.h"
#include "result.h"
#include "unit.h"

#include <functional>

class QUndoStack;

namespace thidua::services {
class CatalogueService;
class Workspace;
} // namespace thidua::services

namespace thidua::ui {

struct UnitState;

// The units & people page's changes as undoable steps: made through the
// catalogue at once, pushed only when not refused; undo deletes what was
// added or writes back the row as it was (restore_state.h), found by uuid.
class CatalogueSteps {
public:
    CatalogueSteps(QUndoStack& stack, CommandFailure failed);

    // The workspace must outlive the steps or be replaced first.
    void setWorkspace(services::Workspace* workspace);

    Result<domain::Unit> createUnit(const domain::Unit& unit);
    Status editUnit(const domain::Unit& before, const domain::Unit& after);
    Result<domain::Person> createPerson(const domain::Person& person);
    Status editPerson(const domain::Person& after);

private:
    // The unit with its parent's uuid, read now.
    Result<UnitState> stateOf(const domain::Unit& unit);
    // restore(catalogue, forward) puts the state after (forward) or before back.
    void push(const QString& text,
              std::function<Status(services::CatalogueService&, bool forward)> restore);

    QUndoStack& stack_;
    CommandFailure failed_;
    services::Workspace* workspace_ = nullptr;
};

} // namespace thidua::ui
