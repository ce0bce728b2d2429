#include "app_paths.h"

#include <QDir>
#include <QStandardPaths>

namespace thidua::services {

QString dataDirectory() {
    // Not AppDataLocation: with organisation and application both "thidua" it
    // would nest the folder twice.
    const QString dir = QDir(QStandardPaths::writableLocation(QStandardPaths::GenericDataLocation))
                            .filePath(QStringLiteral("thidua"));
    QDir().mkpath(dir);
    return dir;
}

QString defaultDatabasePath() {
    return QDir(dataDirectory()).filePath(QStringLiteral("thidua.sqlite"));
}

QString logDirectory() {
    const QString dir = QDir(dataDirectory()).filePath(QStringLiteral("logs"));
    QDir().mkpath(dir);
    return dir;
}

} // namespace thidua::services
