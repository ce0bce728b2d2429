#pragma once

#include "result.h"

#include <QString>

namespace thidua::storage {

class Database;

// Copies a live database with SQLite's online backup API: consistent even
// while another connection (the GUI) has the file open and writes to it. The
// copy is written beside the destination and renamed into place, so a failed
// backup never leaves a half-written file under the destination name.
Status backupDatabase(Database& source, const QString& destinationPath);

} // namespace thidua::storage
