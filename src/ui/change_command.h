#pragma once

#include "result.h"

#include <QUndoCommand>

#include <functional>
#include <memory>
#include <optional>
#include <utility>

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

// A step's two states, shared by its closure rather than captured by value:
// GCC 12 at -O3 takes optionals copied into a closure for uninitialised
// (-Wmaybe-uninitialized), which fails the release build.
template <typename State>
auto beforeAndAfter(std::optional<State> before, std::optional<State> after) {
    return std::make_shared<const std::pair<std::optional<State>, std::optional<State>>>(
        std::move(before), std::move(after));
}

} // namespace thidua::ui
