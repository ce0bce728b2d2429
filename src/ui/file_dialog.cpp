#include "file_dialog.h"

#include <utility>

namespace thidua::ui {

namespace {

QString nextFileName;

} // namespace

QString FileDialog::getOpenFileName(QWidget* parent, const QString& caption, const QString& dir,
                                    const QString& filter) {
    if (!nextFileName.isEmpty())
        return std::exchange(nextFileName, QString());
    return QFileDialog::getOpenFileName(parent, caption, dir, filter);
}

QString FileDialog::getSaveFileName(QWidget* parent, const QString& caption, const QString& dir,
                                    const QString& filter, QFileDialog::Options options) {
    if (!nextFileName.isEmpty())
        return std::exchange(nextFileName, QString());
    return QFileDialog::getSaveFileName(parent, caption, dir, filter, nullptr, options);
}

void FileDialog::setNextFileName(const QString& fileName) {
    nextFileName = fileName;
}

} // namespace thidua::ui
