#include "command.h"
#include "commands.h"
#include "maintenance_service.h"
#include "workspace_opener.h"

namespace thidua::cli {

int runBackup(const QStringList& arguments) {
    QCommandLineParser parser;
    parser.addOption({QStringLiteral("db"), Text::tr("Database file."), Text::tr("FILE")});
    parser.addOption(
        {QStringLiteral("out"), Text::tr("Where to write the copy."), Text::tr("FILE")});
    if (auto stop = parseCommandLine(
            parser, arguments,
            Text::tr("Copy a database safely, even while the application has it open.")))
        return *stop;
    const auto db = requiredOption(parser, QStringLiteral("db"));
    const auto target = db ? requiredOption(parser, QStringLiteral("out")) : std::nullopt;
    if (!db || !target)
        return WrongUsage;
    auto workspace = openWorkspace(*db, MustExist::Yes);
    if (!workspace)
        return Failure;
    if (auto ok = workspace->maintenance().backup(*target); !ok) {
        err() << ok.error().message << Qt::endl;
        return Failure;
    }
    out() << Text::tr("Backup written to %1.").arg(*target) << Qt::endl;
    return Success;
}

} // namespace thidua::cli
