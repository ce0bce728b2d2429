#include "workspace_opener.h"

#include "clock.h"
#include "cluster_service.h"
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
    auto unit = unitOption(*scope.workspace, parser, QStringLiteral("unit"));
    if (const int* status = std::get_if<int>(&unit))
        return *status;
    scope.unitId = std::get<domain::RowId>(unit);
    return scope;
}

std::variant<domain::RowId, int> unitOption(services::Workspace& workspace,
                                            const QCommandLineParser& parser,
                                            const QString& option) {
    auto unit = workspace.listing().findUnit(parser.value(option));
    if (!unit) {
        err() << unit.error().message << Qt::endl;
        return unit.error().code == ErrorCode::Storage ? Failure : WrongUsage;
    }
    return *unit;
}

std::variant<ClusterScope, int> openCluster(const QCommandLineParser& parser) {
    const auto db = requiredOption(parser, QStringLiteral("db"));
    const auto cluster = requiredOption(parser, QStringLiteral("cluster"));
    const auto yearText = requiredOption(parser, QStringLiteral("year"));
    if (!db || !cluster || !yearText)
        return WrongUsage;
    const auto year = yearOption(*yearText);
    if (!year)
        return WrongUsage;
    auto workspace = openWorkspace(*db, MustExist::Yes);
    if (!workspace)
        return Failure;
    auto found = workspace->clusters().find(*year, *cluster);
    if (!found) {
        err() << found.error().message << Qt::endl;
        return found.error().code == ErrorCode::Storage ? Failure : WrongUsage;
    }
    return ClusterScope{std::move(workspace), found->cluster.id};
}

std::variant<RoundScope, int> openRoundOption(const QCommandLineParser& parser) {
    const auto round = roundOption(parser);
    if (!round)
        return WrongUsage;
    auto opened = openCluster(parser);
    if (const int* status = std::get_if<int>(&opened))
        return *status;
    return RoundScope{std::get<ClusterScope>(std::move(opened)), *round};
}

} // namespace thidua::cli
