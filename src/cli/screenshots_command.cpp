#include "command.h"
#include "commands.h"
#include "gui_entry.h"
#include "workspace_opener.h"

namespace thidua::cli {

int runScreenshots(const QStringList& arguments) {
    QCommandLineParser parser;
    parser.addOption({QStringLiteral("db"), Text::tr("Database file."), Text::tr("FILE")});
    parser.addOption(
        {QStringLiteral("out"), Text::tr("Folder for the PNG files."), Text::tr("DIR")});
    if (auto stop = parseCommandLine(
            parser, arguments,
            Text::tr("Render every main screen offscreen to PNG at a fixed size.")))
        return *stop;
    const auto db = requiredOption(parser, QStringLiteral("db"));
    const auto folder = db ? requiredOption(parser, QStringLiteral("out")) : std::nullopt;
    if (!db || !folder)
        return WrongUsage;
    auto workspace = openWorkspace(*db, MustExist::Yes);
    if (!workspace)
        return Failure;
    auto files = ui::renderScreenshots(*workspace, *folder);
    if (!files) {
        err() << files.error().message << Qt::endl;
        return Failure;
    }
    for (const QString& file : *files)
        out() << file << Qt::endl;
    return Success;
}

} // namespace thidua::cli
