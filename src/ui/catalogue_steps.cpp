#include "catalogue_steps.h"

#include "catalogue_service.h"
#include "restore_state.h"
#include "workspace.h"

#include <QCoreApplication>
#include <QUndoStack>

namespace thidua::ui {

namespace {

struct Text {
    Q_DECLARE_TR_FUNCTIONS(thidua::ui::CatalogueSteps)
};

Status noWorkspace() {
    return fail(ErrorCode::Unsupported, Text::tr("No database is open."));
}

} // namespace

CatalogueSteps::CatalogueSteps(QUndoStack& stack, CommandFailure failed)
    : stack_(stack)
    , failed_(std::move(failed)) {}

void CatalogueSteps::setWorkspace(services::Workspace* workspace) {
    workspace_ = workspace;
}

Result<domain::Unit> CatalogueSteps::createUnit(const domain::Unit& unit) {
    if (!workspace_)
        return std::unexpected(noWorkspace().error());
    auto created = workspace_->catalogue().createUnit(unit);
    if (!created)
        return created;
    auto after = stateOf(*created);
    if (!after)
        return std::unexpected(after.error());
    auto states = beforeAndAfter<UnitState>(std::nullopt, *after);
    push(Text::tr("add %1").arg(created->name),
         [uuid = created->uuid, states](services::CatalogueService& catalogue, bool forward) {
             return restoreUnit(catalogue, uuid, forward ? states->second : states->first);
         });
    return created;
}

Status CatalogueSteps::editUnit(const domain::Unit& before, const domain::Unit& after) {
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
    auto states = beforeAndAfter<UnitState>(*stateBefore, *stateAfter);
    push(Text::tr("edit %1").arg(after.name),
         [uuid = before.uuid, states](services::CatalogueService& catalogue, bool forward) {
             return restoreUnit(catalogue, uuid, forward ? states->second : states->first);
         });
    return {};
}

Result<domain::Person> CatalogueSteps::createPerson(const domain::Person& person) {
    if (!workspace_)
        return std::unexpected(noWorkspace().error());
    auto created = workspace_->catalogue().createPerson(person);
    if (!created)
        return created;
    auto after = workspace_->catalogue().person(created->id);
    if (!after)
        return std::unexpected(after.error());
    auto states = beforeAndAfter<domain::Person>(std::nullopt, *after);
    push(Text::tr("add %1").arg(after->name.fullName()),
         [uuid = after->uuid, states](services::CatalogueService& catalogue, bool forward) {
             return restorePerson(catalogue, uuid, forward ? states->second : states->first);
         });
    return created;
}

Status CatalogueSteps::editPerson(const domain::Person& after) {
    if (!workspace_)
        return noWorkspace();
    services::CatalogueService& catalogue = workspace_->catalogue();
    auto before = catalogue.person(after.id);
    if (!before)
        return std::unexpected(before.error());
    if (auto updated = catalogue.updatePerson(after); !updated)
        return updated;
    auto stored = catalogue.person(after.id);
    if (!stored)
        return std::unexpected(stored.error());
    auto states = beforeAndAfter<domain::Person>(*before, *stored);
    push(Text::tr("edit %1").arg(stored->name.fullName()),
         [uuid = stored->uuid, states](services::CatalogueService& catalogue, bool forward) {
             return restorePerson(catalogue, uuid, forward ? states->second : states->first);
         });
    return {};
}

Result<UnitState> CatalogueSteps::stateOf(const domain::Unit& unit) {
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

void CatalogueSteps::push(const QString& text,
                          std::function<Status(services::CatalogueService&, bool)> restore) {
    auto apply = [this, restore = std::move(restore)](bool forward) -> Status {
        if (!workspace_)
            return noWorkspace();
        return restore(workspace_->catalogue(), forward);
    };
    stack_.push(new ChangeCommand(text, apply, failed_));
}

} // namespace thidua::ui
