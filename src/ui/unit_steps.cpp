#include "unit_steps.h"

#include "catalogue_service.h"
#include "restore_state.h"
#include "workspace.h"

#include <QCoreApplication>
#include <QUndoStack>

namespace thidua::ui {

namespace {

struct Text {
    Q_DECLARE_TR_FUNCTIONS(thidua::ui::UnitSteps)
};

Status noWorkspace() {
    return fail(ErrorCode::Unsupported, Text::tr("No database is open."));
}

} // namespace

UnitSteps::UnitSteps(QUndoStack& stack, CommandFailure failed)
    : stack_(stack)
    , failed_(std::move(failed)) {}

void UnitSteps::setWorkspace(services::Workspace* workspace) {
    workspace_ = workspace;
}

Result<domain::Unit> UnitSteps::create(const domain::Unit& unit) {
    if (!workspace_)
        return std::unexpected(noWorkspace().error());
    auto created = workspace_->catalogue().createUnit(unit);
    if (!created)
        return created;
    auto after = stateOf(*created);
    if (!after)
        return std::unexpected(after.error());
    push(Text::tr("add %1").arg(created->name), created->uuid, std::nullopt, *after);
    return created;
}

Status UnitSteps::edit(const domain::Unit& before, const domain::Unit& after) {
    if (!workspace_)
        return noWorkspace();
    auto stateBefore = stateOf(before);
    if (!stateBefore)
        return std::unexpected(stateBefore.error());
    if (auto updated = workspace_->catalogue().updateUnit(after); !updated)
        return updated;
    auto stateAfter = stateOf(after);
    if (!stateAfter)
        return std::unexpected(stateAfter.error());
    push(Text::tr("edit %1").arg(after.name), before.uuid, *stateBefore, *stateAfter);
    return {};
}

Result<UnitState> UnitSteps::stateOf(const domain::Unit& unit) {
    auto units = workspace_->catalogue().units();
    if (!units)
        return std::unexpected(units.error());
    UnitState state{unit, {}};
    for (const domain::Unit& stored : *units) {
        if (stored.id == unit.id)
            state.unit = stored;
        if (stored.id == unit.parentId)
            state.parentUuid = stored.uuid;
    }
    return state;
}

void UnitSteps::push(const QString& text, const QString& uuid, std::optional<UnitState> before,
                     std::optional<UnitState> after) {
    auto states = beforeAndAfter(std::move(before), std::move(after));
    auto apply = [this, uuid, states](bool forward) -> Status {
        if (!workspace_)
            return noWorkspace();
        return restoreUnit(workspace_->catalogue(), uuid, forward ? states->second : states->first);
    };
    stack_.push(new ChangeCommand(text, apply, failed_));
}

} // namespace thidua::ui
