#include "app_paths.h"

#include <QDir>
#include <QStandardPaths>

namespace thidua::services {

QString dataDirectory() {
    const QString dir = QStandardPaths::writableLocation(QStandardPaths::AppDataLocation);
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
