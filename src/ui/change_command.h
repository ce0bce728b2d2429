#pragma once

#include "result.h"

#include <QUndoCommand>

#include <functional>

namespace thidua::ui {

// Reports a change that undo or redo could not make (the year was closed
// meanwhile, a title was accepted in between, a signed member …).
using CommandFailure = std::function<void(const QString& message)>;

// A change made before the command is pushed, so that a refused change never
// enters the stack; undo and redo then set the state before or after it
// again through the services.
class ChangeCommand : public QUndoCommand {
public:
    // apply(true) makes the change again, apply(false) reverts it.
    using Apply = std::function<Status(bool forward)>;

    ChangeCommand(const QString& text, Apply apply, CommandFailure failed);

    void undo() override;
    void redo() override;

private:
    void run(bool forward);

    Apply apply_;
    CommandFailure failed_;
    bool done_ = true;
};

} // namespace thidua::ui
