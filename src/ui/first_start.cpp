#include "first_start.h"

#include "demo_service.h"
#include "log.h"
#include "message_box.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QProgressDialog>

#include <algorithm>
#include <limits>

namespace thidua::ui {

namespace {

// The translation context of this file's messages.
class FirstStart {
    Q_DECLARE_TR_FUNCTIONS(thidua::ui::FirstStart)
};

// Fills the empty workspace with the small demonstration data set, showing its
// progress; a cancelled run leaves the database empty.
Status generateDemoData(QWidget* parent, services::Workspace& workspace) {
    QProgressDialog progress(FirstStart::tr("Writing demonstration data…"),
                             FirstStart::tr("Cancel"), 0, 1, parent);
    progress.setWindowTitle(FirstStart::tr("Demonstration data"));
    progress.setWindowModality(Qt::WindowModal);
    progress.setMinimumDuration(0);
    // QProgressDialog counts in int; the demo's row counts fit, but clamp anyway.
    const auto toInt = [](qint64 value) {
        return static_cast<int>(std::clamp<qint64>(value, 0, std::numeric_limits<int>::max()));
    };
    auto summary =
        workspace.demo().generate({services::DemoScale::Small, 1}, [&](qint64 done, qint64 total) {
            progress.setMaximum(toInt(total));
            progress.setValue(std::min(toInt(done), progress.maximum()));
            return !progress.wasCanceled();
        });
    if (!summary)
        return std::unexpected(summary.error());
    log::get("ui")->info("demo data: {} units, {} people", summary->units, summary->people);
    return {};
}

} // namespace

Result<std::unique_ptr<services::Workspace>>
openWithFirstStart(QWidget* parent, const QString& path, const domain::Clock& clock) {
    const bool firstStart = !QFileInfo::exists(path);
    MessageBox::Button answer = MessageBox::EmptyDatabase;
    if (firstStart) {
        answer = MessageBox::question(
            parent, FirstStart::tr("Welcome"),
            FirstStart::tr(
                "There is no database at %1 yet.\n\nStart with an empty database, or with "
                "demonstration data (the justice sector 2018–2025) to try the application?")
                .arg(path),
            MessageBox::EmptyDatabase | MessageBox::DemoData | MessageBox::Cancel,
            MessageBox::DemoData);
        if (answer != MessageBox::EmptyDatabase && answer != MessageBox::DemoData)
            return fail(ErrorCode::Cancelled, FirstStart::tr("No database was opened."));
    }
    auto workspace = services::Workspace::open(path, clock, services::currentActor());
    if (!workspace || answer != MessageBox::DemoData)
        return workspace;
    // The empty database stays usable when the demo data cannot be written.
    if (auto filled = generateDemoData(parent, **workspace);
        !filled && filled.error().code != ErrorCode::Cancelled)
        MessageBox::critical(parent, FirstStart::tr("Demonstration data"), filled.error().message);
    return workspace;
}

} // namespace thidua::ui
