#include "recent_files_menu.h"

#include "settings.h"

#include <QDir>
#include <QEvent>

namespace thidua::ui {

RecentFilesMenu::RecentFilesMenu(Settings& settings, QWidget* parent)
    : QMenu(parent)
    , settings_(settings) {
    setObjectName(QStringLiteral("openRecentMenu"));
    connect(this, &QMenu::aboutToShow, this, &RecentFilesMenu::rebuild);
    rebuild();
}

void RecentFilesMenu::changeEvent(QEvent* event) {
    if (event->type() == QEvent::LanguageChange)
        rebuild();
    QMenu::changeEvent(event);
}

void RecentFilesMenu::rebuild() {
    setTitle(tr("Open &Recent"));
    clear();
    const QStringList files = settings_.recentFiles();
    for (int i = 0; i < files.size(); ++i) {
        const QString& file = files[i];
        // "&1 /home/…/thidua.sqlite": a number to pick it by keyboard.
        QAction* action =
            addAction(QStringLiteral("&%1  %2").arg(i + 1).arg(QDir::toNativeSeparators(file)));
        connect(action, &QAction::triggered, this, [this, file] { Q_EMIT fileChosen(file); });
    }
    if (files.isEmpty())
        addAction(tr("No recent databases"))->setEnabled(false);
    addSeparator();
    QAction* clearList = addAction(tr("&Clear List"));
    clearList->setEnabled(!files.isEmpty());
    connect(clearList, &QAction::triggered, this, [this] { settings_.setRecentFiles({}); });
}

} // namespace thidua::ui
