#include "session.h"

#include "log.h"

namespace thidua::ui {

Session::Session(const domain::Clock& clock, QObject* parent)
    : QObject(parent)
    , clock_(clock) {}

Session::~Session() = default;

Status Session::open(const QString& path) {
    auto opened = services::Workspace::open(path, clock_, services::currentActor());
    if (!opened) {
        log::get("ui")->warn("cannot open {}: {}", path, opened.error().message);
        return std::unexpected(opened.error());
    }
    adopt(std::move(*opened));
    return {};
}

void Session::adopt(std::unique_ptr<services::Workspace> workspace) {
    services::Workspace* current = workspace.get();
    replace(std::move(workspace), current);
}

void Session::borrow(services::Workspace& workspace) {
    replace(nullptr, &workspace);
}

void Session::replace(std::unique_ptr<services::Workspace> owned, services::Workspace* current) {
    // The old workspace is closed only when this function returns, after every
    // listener has let go of it.
    std::unique_ptr<services::Workspace> old = std::exchange(owned_, std::move(owned));
    current_ = current;
    log::get("ui")->info("working on {}", current_ ? current_->path() : QString());
    Q_EMIT workspaceChanged(current_);
}

} // namespace thidua::ui
