#pragma once

#include "result.h"

#include <QString>
#include <QStringList>

#include <cstddef>

class QCoreApplication;

namespace thidua::services {
class Workspace;
}

// What the executable calls to run the graphical interface.
namespace thidua::ui {

// A QApplication must exist. Opens databasePath (the default database when
// empty), shows the main window, runs the event loop; returns the exit code.
int runGui(const QString& databasePath);

// Loads the translation for the language saved in settings (Vietnamese by
// default) into the application; command-line runs without widgets need it too.
void installTranslations(QCoreApplication& app);

// Renders every main screen (each navigation entry, then the tabs that are
// screens of their own such as the clusters' covenant, at a fixed 1280x800
// size, offscreen via QWidget::grab) of the given workspace to PNG files in
// outDir, named NN-<area>.png (a tab NN-<area>-<tab>.png, NN its area's);
// returns the paths.
Result<QStringList> renderScreenshots(services::Workspace& workspace, const QString& outDir);
// How many files renderScreenshots() writes.
std::size_t screenshotCount();

} // namespace thidua::ui
