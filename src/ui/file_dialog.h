#pragma once

#include <QFileDialog>
#include <QString>

class QWidget;

namespace thidua::ui {

// Every file dialog of the application goes through here, so that GUI tests
// can name the file in advance (setNextFileName) instead of blocking.
class FileDialog {
public:
    static QString getOpenFileName(QWidget* parent, const QString& caption, const QString& dir,
                                   const QString& filter);
    static QString getSaveFileName(QWidget* parent, const QString& caption, const QString& dir,
                                   const QString& filter, QFileDialog::Options options = {});

    // The next dialog is not shown; it returns fileName at once.
    static void setNextFileName(const QString& fileName);
};

} // namespace thidua::ui
