#include "gui_entry.h"

#include "app_paths.h"
#include "clock.h"
#include "first_start.h"
#include "icons.h"
#include "log.h"
#include "main_window.h"
#include "message_box.h"
#include "session.h"
#include "settings.h"

#include <QApplication>

namespace thidua::ui {

namespace {

// The translation context of this file's messages.
class GuiEntry {
    Q_DECLARE_TR_FUNCTIONS(thidua::ui::GuiEntry)
};

} // namespace

int runGui(const QString& databasePath) {
    QApplication::setWindowIcon(applicationIcon());
    const QString path = databasePath.isEmpty() ? services::defaultDatabasePath() : databasePath;
    static const domain::SystemClock clock;
    auto workspace = openWithFirstStart(nullptr, path, clock);
    if (!workspace) {
        if (workspace.error().code == ErrorCode::Cancelled)
            return 0;
        log::get("ui")->error("cannot open {}: {}", path, workspace.error().message);
        MessageBox::critical(nullptr, GuiEntry::tr("Cannot Open the Database"),
                             workspace.error().message);
        return 1;
    }
    Settings settings;
    settings.addRecentFile(path);
    // Declared before the window: the window's pages listen to its workspace.
    Session session(clock);
    session.adopt(std::move(*workspace));
    MainWindow window(session, settings);
    window.show();
    return QApplication::exec();
}

} // namespace thidua::ui
