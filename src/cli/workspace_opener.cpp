#include "workspace_opener.h"

#include "clock.h"
#include "command.h"
#include "listing_service.h"
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

std::variant<std::unique_ptr<services::Workspace>, int>
openDbOption(const QCommandLineParser& parser) {
    const auto db = requiredOption(parser, QStringLiteral("db"));
    if (!db)
        return WrongUsage;
    auto workspace = openWorkspace(*db, MustExist::Yes);
    if (!workspace)
        return Failure;
    return workspace;
}

void addUnitOption(QCommandLineParser& parser) {
    parser.addOption({QStringLiteral("unit"),
                      Text::tr("Only this unit and the units below it; write \"Parent / Child\" "
                               "when the name repeats."),
                      Text::tr("NAME")});
}

std::variant<UnitScope, int> openDbForUnit(const QCommandLineParser& parser) {
    auto opened = openDbOption(parser);
    if (const int* status = std::get_if<int>(&opened))
        return *status;
    UnitScope scope{std::get<std::unique_ptr<services::Workspace>>(std::move(opened))};
    if (!parser.isSet(QStringLiteral("unit")))
        return scope;
    auto unit = scope.workspace->listing().findUnit(parser.value(QStringLiteral("unit")));
    if (!unit) {
        err() << unit.error().message << Qt::endl;
        return unit.error().code == ErrorCode::Storage ? Failure : WrongUsage;
    }
    scope.unitId = *unit;
    return scope;
}

} // namespace thidua::cli
