#include "change_command.h"

#include <utility>

namespace thidua::ui {

ChangeCommand::ChangeCommand(const QString& text, Apply apply, CommandFailure failed)
    : QUndoCommand(text)
    , apply_(std::move(apply))
    , failed_(std::move(failed)) {}

void ChangeCommand::undo() {
    run(false);
}

void ChangeCommand::redo() {
    // The first redo is the push itself: the change was made already.
    if (std::exchange(done_, false))
        return;
    run(true);
}

void ChangeCommand::run(bool forward) {
    if (auto applied = apply_(forward); !applied)
        failed_(applied.error().message);
}

} // namespace thidua::ui
