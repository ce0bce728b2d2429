#include "command.h"
#include "commands.h"
#include "import_service.h"
#include "vietnamese_format.h"
#include "workspace.h"
#include "workspace_opener.h"

#include <QFileInfo>

namespace thidua::cli {

namespace {

std::optional<services::ImportKind> parseKind(const QString& text) {
    if (text == QStringLiteral("units"))
        return services::ImportKind::Units;
    if (text == QStringLiteral("people"))
        return services::ImportKind::People;
    return std::nullopt;
}

// "people.csv, line 5, "Ngày sinh": …", one problem per line, so that a clerk
// can work through them in the spreadsheet.
void printProblems(const QString& file, const services::ImportReport& report) {
    const QString name = QFileInfo(file).fileName();
    for (const services::ImportProblem& problem : report.problems) {
        QString where =
            problem.line > 0 ? Text::tr("%1, line %2").arg(name).arg(problem.line) : name;
        if (!problem.column.isEmpty())
            where += Text::tr(", column \"%1\"").arg(problem.column);
        err() << where << QStringLiteral(": ") << problem.message << Qt::endl;
    }
}

void printSummary(const services::ImportReport& report, const services::ImportOptions& options) {
    if (!report.convertedFrom.isEmpty())
        out() << Text::tr("The file was typed in the %1 encoding and has been converted to "
                          "Unicode.")
                     .arg(report.convertedFrom)
              << Qt::endl;
    const QString read = domain::vn::formatInteger(report.rowsRead);
    const QString good = domain::vn::formatInteger(report.rowsGood);
    if (options.dryRun)
        out() << Text::tr("Dry run: %1 of %2 rows could be imported; nothing was written.")
                     .arg(good, read)
              << Qt::endl;
    else if (report.hasProblems() && !options.skipBadRows)
        out() << Text::tr("Nothing was imported: %n problem(s) to fix first (or import the good "
                          "rows with --skip-bad).",
                          nullptr, static_cast<int>(report.problems.size()))
              << Qt::endl;
    else
        out() << Text::tr("Imported %1 of %2 rows.")
                     .arg(domain::vn::formatInteger(report.rowsImported), read)
              << Qt::endl;
}

} // namespace

int runImport(const QStringList& arguments) {
    QCommandLineParser parser;
    parser.addOption({QStringLiteral("db"), Text::tr("Database file."), Text::tr("FILE")});
    parser.addOption({QStringLiteral("dry-run"), Text::tr("Check the file and write nothing.")});
    parser.addOption({QStringLiteral("skip-bad"),
                      Text::tr("Import the good rows and leave out the bad ones (without it, one "
                               "bad row stops the whole import).")});
    if (auto stop = parseCommandLine(
            parser, arguments,
            Text::tr("Import units or people from a CSV or XLSX file; see docs/import-format.md."),
            {{QStringLiteral("units|people"), Text::tr("What the file holds.")},
             {Text::tr("FILE"), Text::tr("The CSV or XLSX file.")}}))
        return *stop;
    const QStringList positional = parser.positionalArguments();
    const auto kind = parseKind(positional.at(1));
    if (!kind) {
        err()
            << Text::tr("What to import must be units or people, not \"%1\".").arg(positional.at(1))
            << Qt::endl;
        return WrongUsage;
    }
    const auto db = requiredOption(parser, QStringLiteral("db"));
    if (!db)
        return WrongUsage;
    const QString file = positional.at(2);
    auto workspace = openWorkspace(*db, MustExist::Yes);
    if (!workspace)
        return Failure;
    const services::ImportOptions options{parser.isSet(QStringLiteral("dry-run")),
                                          parser.isSet(QStringLiteral("skip-bad"))};
    auto report = workspace->imports().importFile(*kind, file, options);
    if (!report) {
        err() << report.error().message << Qt::endl;
        return Failure;
    }
    printProblems(file, *report);
    printSummary(*report, options);
    return report->hasProblems() ? BadRows : Success;
}

} // namespace thidua::cli
