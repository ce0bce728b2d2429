#pragma once

#include "award.h"
#include "change_command.h"
#include "result.h"
#include "revoke_dialog.h"

class QUndoStack;

namespace thidua::services {
class Workspace;
}

namespace thidua::ui {

// The awards page's changes as undoable steps. A record is undone by deleting
// the award (it was entered by mistake) and redone by recording it again
// under the same uuid; a revocation is undone by taking it back; a deletion
// by recording the award again with the initiative it rested on. Steps find
// their award by uuid, because recording again gives it a new row id.
class AwardSteps {
public:
    AwardSteps(QUndoStack& stack, CommandFailure failed);

    // The workspace must outlive the steps or be replaced first.
    void setWorkspace(services::Workspace* workspace);

    // The award the record dialog stored, with the initiative it rests on.
    void recorded(const domain::Award& award, domain::RowId initiativeId);
    Status revoke(const domain::Award& award, const RevokeDialog::Revocation& revocation);
    Status remove(const domain::Award& award);

private:
    Status recordAgain(domain::Award award, domain::RowId initiativeId);
    Status removeNow(const QString& uuid);
    Result<domain::RowId> idOf(const QString& uuid);
    // The initiative the person's award rests on; NoId for none.
    Result<domain::RowId> initiativeOf(const domain::Award& award);
    void push(const QString& text, ChangeCommand::Apply apply);

    QUndoStack& stack_;
    CommandFailure failed_;
    services::Workspace* workspace_ = nullptr;
};

} // namespace thidua::ui
