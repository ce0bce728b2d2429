#include "clock.h"
#include "gui_entry.h"
#include "main_window.h"
#include "session.h"
#include "settings.h"

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QPixmap>
#include <QTemporaryDir>

namespace thidua::ui {

namespace {

// The translation context of this file's messages.
class Screenshots {
    Q_DECLARE_TR_FUNCTIONS(thidua::ui::Screenshots)
};

constexpr int SettleMs = 400;

} // namespace

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
    for (const WorkArea& area : workAreas()) {
        window.showArea(area.area);
        // Lists load on threads of their own; give their answers time to arrive.
        QElapsedTimer shown;
        shown.start();
        while (shown.elapsed() < SettleMs)
            QCoreApplication::processEvents(QEventLoop::AllEvents, SettleMs);
        const QString file = folder.filePath(QStringLiteral("%1-%2.png")
                                                 .arg(files.size() + 1, 2, 10, QLatin1Char('0'))
                                                 .arg(QLatin1String(area.key)));
        if (!window.grab().save(file, "PNG"))
            return fail(ErrorCode::Io, Screenshots::tr("Cannot write %1.").arg(file));
        files << file;
    }
    return files;
}

} // namespace thidua::ui
