#include "command.h"
#include "commands.h"
#include "maintenance_service.h"
#include "workspace_opener.h"

namespace thidua::cli {

int runCheck(const QStringList& arguments) {
    QCommandLineParser parser;
    parser.addOption({QStringLiteral("db"), Text::tr("Database file."), Text::tr("FILE")});
    if (auto stop = parseCommandLine(
            parser, arguments,
            Text::tr("Check a database: SQLite integrity, foreign keys, the schema version and "
                     "the data rules.")))
        return *stop;
    auto opened = openDbOption(parser);
    if (const int* status = std::get_if<int>(&opened))
        return *status;
    auto workspace = std::get<std::unique_ptr<services::Workspace>>(std::move(opened));
    auto report = workspace->maintenance().check();
    if (!report) {
        err() << report.error().message << Qt::endl;
        return Failure;
    }
    out() << Text::tr("Schema version: %1 (expected %2)")
                 .arg(report->schemaVersion)
                 .arg(report->expectedSchemaVersion)
          << Qt::endl;
    if (report->ok()) {
        out() << Text::tr("No problems found.") << Qt::endl;
        return Success;
    }
    for (const QString& problem : report->problems)
        out() << QStringLiteral("- ") << problem << Qt::endl;
    err() << Text::tr("%n problem(s) found.", nullptr, static_cast<int>(report->problems.size()))
          << Qt::endl;
    return Failure;
}

} // namespace thidua::cli
