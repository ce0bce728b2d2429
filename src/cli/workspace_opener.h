#pragma once

#include "workspace.h"

#include <QString>

#include <memory>

namespace thidua::cli {

enum class MustExist { Yes, No };

// Opens the database for a command, explaining on stderr why it cannot.
std::unique_ptr<services::Workspace> openWorkspace(const QString& path, MustExist mustExist);

} // namespace thidua::cli
