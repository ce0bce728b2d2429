#include "workspace_opener.h"

#include "clock.h"
#include "command.h"
#include "log.h"

#include <QFileInfo>

namespace thidua::cli {

std::unique_ptr<services::Workspace> openWorkspace(const QString& path, MustExist mustExist) {
    if (mustExist == MustExist::Yes && !QFileInfo::exists(path)) {
        err() << Text::tr("The database %1 does not exist.").arg(path) << Qt::endl;
        return nullptr;
    }
    static const domain::SystemClock clock;
    log::get("cli")->debug("opening {} as {}", path, services::currentActor());
    auto workspace = services::Workspace::open(path, clock, services::currentActor());
    if (!workspace) {
        err() << workspace.error().message << Qt::endl;
        return nullptr;
    }
    if (!(*workspace)->migrationBackupPath().isEmpty())
        err() << Text::tr("The database was upgraded; the previous version is kept in %1")
                     .arg((*workspace)->migrationBackupPath())
              << Qt::endl;
    return std::move(*workspace);
}

} // namespace thidua::cli
