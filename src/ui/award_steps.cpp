#include "award_steps.h"

#include "award_service.h"
#include "workspace.h"

#include <QCoreApplication>
#include <QUndoStack>

namespace thidua::ui {

namespace {

struct Text {
    Q_DECLARE_TR_FUNCTIONS(thidua::ui::AwardSteps)
};

Status noWorkspace() {
    return fail(ErrorCode::Unsupported, Text::tr("No database is open."));
}

} // namespace

AwardSteps::AwardSteps(QUndoStack& stack, CommandFailure failed)
    : stack_(stack)
    , failed_(std::move(failed)) {}

void AwardSteps::setWorkspace(services::Workspace* workspace) {
    workspace_ = workspace;
}

void AwardSteps::recorded(const domain::Award& award, domain::RowId initiativeId) {
    push(Text::tr("record the award of decision %1").arg(award.decisionNumber),
         [this, award, initiativeId](bool forward) {
             return forward ? recordAgain(award, initiativeId) : removeNow(award.uuid);
         });
}

Status AwardSteps::revoke(const domain::Award& award, const RevokeDialog::Revocation& revocation) {
    if (!workspace_)
        return noWorkspace();
    const auto revokeNow = [this, uuid = award.uuid, revocation]() -> Status {
        auto id = idOf(uuid);
        if (!id)
            return std::unexpected(id.error());
        return workspace_->awards().revoke(*id, revocation.decision, revocation.on,
                                           revocation.reason);
    };
    if (auto revoked = revokeNow(); !revoked)
        return revoked;
    push(Text::tr("revoke the award of decision %1").arg(award.decisionNumber),
         [this, uuid = award.uuid, revokeNow](bool forward) -> Status {
             if (forward)
                 return revokeNow();
             auto id = idOf(uuid);
             if (!id)
                 return std::unexpected(id.error());
             return workspace_->awards().reinstate(*id);
         });
    return {};
}

Status AwardSteps::remove(const domain::Award& award) {
    if (!workspace_)
        return noWorkspace();
    auto initiativeId = initiativeOf(award);
    if (!initiativeId)
        return std::unexpected(initiativeId.error());
    if (auto removed = removeNow(award.uuid); !removed)
        return removed;
    push(Text::tr("delete the award of decision %1").arg(award.decisionNumber),
         [this, award, initiativeId = *initiativeId](bool forward) {
             return forward ? removeNow(award.uuid) : recordAgain(award, initiativeId);
         });
    return {};
}

Status AwardSteps::recordAgain(domain::Award award, domain::RowId initiativeId) {
    if (!workspace_)
        return noWorkspace();
    award.id = domain::NoId;
    return workspace_->awards().record(award, initiativeId);
}

Status AwardSteps::removeNow(const QString& uuid) {
    if (!workspace_)
        return noWorkspace();
    auto id = idOf(uuid);
    if (!id)
        return std::unexpected(id.error());
    return workspace_->awards().remove(*id);
}

Result<domain::RowId> AwardSteps::idOf(const QString& uuid) {
    auto id = workspace_->awards().idOf(uuid);
    if (id && *id == domain::NoId)
        return fail(ErrorCode::NotFound,
                    Text::tr("The award is no longer in the database; the step cannot be "
                             "repeated."));
    return id;
}

Result<domain::RowId> AwardSteps::initiativeOf(const domain::Award& award) {
    if (award.personId == domain::NoId)
        return domain::NoId;
    auto history = workspace_->awards().historyOfPerson(award.personId);
    if (!history)
        return std::unexpected(history.error());
    for (const domain::Initiative& initiative : history->initiatives)
        if (initiative.usedByAwardId == award.id)
            return initiative.id;
    return domain::NoId;
}

void AwardSteps::push(const QString& text, ChangeCommand::Apply apply) {
    stack_.push(new ChangeCommand(text, std::move(apply), failed_));
}

} // namespace thidua::ui
