#include "clock.h"
#include "gui_entry.h"
#include "main_window.h"
#include "session.h"
#include "settings.h"

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QPixmap>
#include <QTabWidget>
#include <QTemporaryDir>

#include <array>

namespace thidua::ui {

namespace {

// The translation context of this file's messages.
class Screenshots {
    Q_DECLARE_TR_FUNCTIONS(thidua::ui::Screenshots)
};

// Tabs of a page that show a screen of their own, shot after the areas and
// numbered as their area, so that they sort beside it ("03-clusters-covenant"
// after "03-clusters") and leave the numbers after it alone.
struct TabShot {
    Area area;
    const char* tabWidget; // objectName
    int tab;
    const char* key; // names the file
};

constexpr std::array<TabShot, 6> tabShots{{
    {Area::Clusters, "clusterTabs", 1, "clusters-covenant"},
    {Area::Scoring, "scoringTabs", 1, "scoring-ranking"},
    {Area::Nominations, "recordTabs", 1, "nominations-dossier"},
    {Area::Nominations, "recordTabs", 2, "nominations-history"},
    {Area::Reports, "reportTabs", 1, "reports-written"},
    {Area::Reports, "reportTabs", 2, "reports-conference"},
}};

// Lists load on threads of their own; their answers need time to arrive.
constexpr int SettleMs = 400;

} // namespace

std::size_t screenshotCount() {
    return workAreas().size() + tabShots.size();
}

Result<QStringList> renderScreenshots(services::Workspace& workspace, const QString& outDir) {
    if (!QDir().mkpath(outDir))
        return fail(ErrorCode::Io, Screenshots::tr("Cannot create the folder %1.").arg(outDir));
    // Settings of their own, so the user's window layout is neither used nor
    // changed; only the language is the user's.
    QTemporaryDir settingsDir;
    if (!settingsDir.isValid())
        return fail(ErrorCode::Io, Screenshots::tr("Cannot create a temporary folder."));
    Settings settings(settingsDir.filePath(QStringLiteral("screenshots.ini")));
    settings.setLanguage(Settings().language());

    static const domain::SystemClock clock;
    Session session(clock);
    session.borrow(workspace);
    MainWindow window(session, settings);
    window.setAttribute(Qt::WA_DontShowOnScreen);
    window.resize(1280, 800);
    window.show();

    QStringList files;
    const QDir folder(outDir);
    auto shoot = [&](Area area, const char* key) -> Status {
        QElapsedTimer shown;
        shown.start();
        while (shown.elapsed() < SettleMs)
            QCoreApplication::processEvents(QEventLoop::AllEvents, SettleMs);
        const QString file =
            folder.filePath(QStringLiteral("%1-%2.png")
                                .arg(static_cast<int>(area) + 1, 2, 10, QLatin1Char('0'))
                                .arg(QLatin1String(key)));
        if (!window.grab().save(file, "PNG"))
            return fail(ErrorCode::Io, Screenshots::tr("Cannot write %1.").arg(file));
        files << file;
        return {};
    };
    for (const WorkArea& area : workAreas()) {
        window.showArea(area.area);
        if (auto shot = shoot(area.area, area.key); !shot)
            return std::unexpected(shot.error());
    }
    for (const TabShot& tabs : tabShots) {
        window.showArea(tabs.area);
        if (auto widget = window.findChild<QTabWidget*>(QLatin1String(tabs.tabWidget)))
            widget->setCurrentIndex(tabs.tab);
        if (auto shot = shoot(tabs.area, tabs.key); !shot)
            return std::unexpected(shot.error());
    }
    return files;
}

} // namespace thidua::ui
