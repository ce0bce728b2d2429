#pragma once

#include <QString>

// Where the application keeps its files for this user (created on demand):
// ~/.local/share/thidua on Linux.
namespace thidua::services {

QString dataDirectory();
QString defaultDatabasePath();
QString logDirectory();

} // namespace thidua::services
