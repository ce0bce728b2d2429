#pragma once

#include "result.h"
#include "workspace.h"

#include <QObject>

#include <memory>

namespace thidua::domain {
class Clock;
}

namespace thidua::ui {

// The database the main window works on. Owns the workspace when the GUI
// opened it; borrows it when a caller keeps it (the screenshot renderer, tests).
// Whoever listens to workspaceChanged() moves to the new workspace before the
// old one is closed.
class Session : public QObject {
    Q_OBJECT

public:
    // clock: "now" for databases this session opens; must outlive the session.
    explicit Session(const domain::Clock& clock, QObject* parent = nullptr);
    ~Session() override;

    services::Workspace* workspace() const { return current_; }

    // Opens (creating when missing) the database at path and makes it current;
    // on failure the current workspace stays.
    Status open(const QString& path);
    void adopt(std::unique_ptr<services::Workspace> workspace);
    void borrow(services::Workspace& workspace);

Q_SIGNALS:
    void workspaceChanged(thidua::services::Workspace* workspace);

private:
    void replace(std::unique_ptr<services::Workspace> owned, services::Workspace* current);

    const domain::Clock& clock_;
    std::unique_ptr<services::Workspace> owned_;
    services::Workspace* current_ = nullptr;
};

} // namespace thidua::ui
