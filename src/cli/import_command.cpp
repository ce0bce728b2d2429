#include "command.h"
#include "commands.h"
#include "criteria_service.h"
#include "import_service.h"
#include "scoring_service.h"
#include "vietnamese_format.h"
#include "voting_service.h"
#include "workspace.h"
#include "workspace_opener.h"

#include <QFileInfo>

#include <variant>

namespace thidua::cli {

namespace {

// A cluster-year's tally and its points: not among the catalogue's import
// kinds, since they belong to one cluster and are imported whole.
const QString kVotes = QStringLiteral("votes");
const QString kScores = QStringLiteral("scores");
// An organiser's criteria table for a year, replaced as a whole.
const QString kCriteria = QStringLiteral("criteria");

// "units|people|registrations|evaluations|discipline|awards|initiatives|votes|scores|criteria".
QString kindCodes() {
    QStringList codes;
    for (services::ImportKind kind : services::importKinds)
        codes << services::importKindCode(kind);
    codes << kVotes << kScores << kCriteria;
    return codes.join(QLatin1Char('|'));
}

// --year: for the kinds whose rows count for a year; 0 when not given.
std::optional<int> parseYear(const QCommandLineParser& parser, services::ImportKind kind) {
    if (!parser.isSet(QStringLiteral("year")))
        return 0;
    if (kind == services::ImportKind::Units || kind == services::ImportKind::People ||
        kind == services::ImportKind::Discipline) {
        err() << Text::tr("--year applies to registrations, evaluations, awards and initiatives "
                          "only.")
              << Qt::endl;
        return std::nullopt;
    }
    const QString text = parser.value(QStringLiteral("year"));
    bool isNumber = false;
    const int year = text.toInt(&isNumber);
    if (!isNumber || year < 1945 || year > 2200) {
        err() << Text::tr("--year must be a year such as 2025, not \"%1\".").arg(text) << Qt::endl;
        return std::nullopt;
    }
    return year;
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

// canSkip: whether --skip-bad would import the good rows.
void printSummary(const services::ImportReport& report, const services::ImportOptions& options,
                  bool canSkip = true) {
    if (!report.convertedFrom.isEmpty())
        out() << Text::tr("The file was saved in the %1 encoding and has been converted to "
                          "Unicode.")
                     .arg(report.convertedFrom)
              << Qt::endl;
    if (!report.otherSheets.isEmpty())
        out() << Text::tr("Read the sheet \"%1\"; the workbook's other sheets with data were "
                          "not imported: %2. Import one with --sheet NAME.")
                     .arg(report.sheetName, domain::vn::quotedList(report.otherSheets))
              << Qt::endl;
    const QString read = domain::vn::formatInteger(report.rowsRead);
    const QString good = domain::vn::formatInteger(report.rowsGood);
    if (options.dryRun)
        out() << Text::tr("Dry run: %1 of %2 rows could be imported; nothing was written.")
                     .arg(good, read)
              << Qt::endl;
    else if (report.hasProblems() && !options.skipBadRows)
        out() << (canSkip ? Text::tr("Nothing was imported: %n problem(s) to fix first (or "
                                     "import the good rows with --skip-bad).",
                                     nullptr, static_cast<int>(report.problems.size()))
                          : Text::tr("Nothing was imported: %n problem(s) to fix first.", nullptr,
                                     static_cast<int>(report.problems.size())))
              << Qt::endl;
    else
        out() << Text::tr("Imported %1 of %2 rows.")
                     .arg(domain::vn::formatInteger(report.rowsImported), read)
              << Qt::endl;
}

// Votes, scores and criteria: imported whole, never skipping a row.
services::ImportOptions wholeFileOptions(const QCommandLineParser& parser) {
    services::ImportOptions options{parser.isSet(QStringLiteral("dry-run")), false};
    options.sheet = parser.value(QStringLiteral("sheet"));
    return options;
}

// Prints what a whole-file import found; its exit status.
int reportWhole(const QString& file, const Result<services::ImportReport>& report,
                const services::ImportOptions& options) {
    if (!report) {
        err() << report.error().message << Qt::endl;
        return Failure;
    }
    printProblems(file, *report);
    printSummary(*report, options, false);
    return report->hasProblems() ? BadRows : Success;
}

// thidua import votes FILE --db FILE --cluster NAME --year Y
int importVotes(const QCommandLineParser& parser, const QString& file) {
    if (parser.isSet(QStringLiteral("skip-bad")))
        return wrongUsage(Text::tr("--skip-bad does not apply to votes: a tally is imported "
                                   "whole."));
    auto opened = openCluster(parser);
    if (const int* status = std::get_if<int>(&opened))
        return *status;
    auto& [workspace, clusterId] = std::get<ClusterScope>(opened);
    const services::ImportOptions options = wholeFileOptions(parser);
    return reportWhole(file, workspace->voting().importVotes(file, clusterId, options), options);
}

// thidua import scores FILE --db FILE --cluster NAME --year Y [--round R] [--scorer NAME]
int importScores(const QCommandLineParser& parser, const QString& file) {
    if (parser.isSet(QStringLiteral("skip-bad")))
        return wrongUsage(Text::tr("--skip-bad does not apply to scores: a score sheet is "
                                   "imported whole."));
    auto opened = openRoundOption(parser);
    if (const int* status = std::get_if<int>(&opened))
        return *status;
    auto& [scope, round] = std::get<RoundScope>(opened);
    auto& [workspace, clusterId] = scope;
    domain::RowId scorerId = domain::NoId;
    if (parser.isSet(QStringLiteral("scorer"))) {
        auto scorer = unitOption(*workspace, parser, QStringLiteral("scorer"));
        if (const int* status = std::get_if<int>(&scorer))
            return *status;
        scorerId = std::get<domain::RowId>(scorer);
    }
    const services::ImportOptions options = wholeFileOptions(parser);
    return reportWhole(file,
                       workspace->scoring().importScores(file, clusterId, round, scorerId, options),
                       options);
}

// thidua import criteria FILE --db FILE --organiser NAME --year Y
int importCriteria(const QCommandLineParser& parser, const QString& file) {
    if (parser.isSet(QStringLiteral("skip-bad")))
        return wrongUsage(Text::tr("--skip-bad does not apply to criteria: a criteria table is "
                                   "imported whole."));
    const auto organiser = requiredOption(parser, QStringLiteral("organiser"));
    const auto yearText = requiredOption(parser, QStringLiteral("year"));
    if (!organiser || !yearText)
        return WrongUsage;
    const auto year = yearOption(*yearText);
    if (!year)
        return WrongUsage;
    auto opened = openDbOption(parser);
    if (const int* status = std::get_if<int>(&opened))
        return *status;
    auto& workspace = std::get<std::unique_ptr<services::Workspace>>(opened);
    const auto organiserId = unitOption(*workspace, parser, QStringLiteral("organiser"));
    if (const int* status = std::get_if<int>(&organiserId))
        return *status;
    const services::ImportOptions options = wholeFileOptions(parser);
    return reportWhole(file,
                       workspace->criteria().importTable(file, std::get<domain::RowId>(organiserId),
                                                         *year, options),
                       options);
}

} // namespace

int runImport(const QStringList& arguments) {
    QCommandLineParser parser;
    parser.addOption({QStringLiteral("db"), Text::tr("Database file."), Text::tr("FILE")});
    parser.addOption({QStringLiteral("dry-run"), Text::tr("Check the file and write nothing.")});
    parser.addOption({QStringLiteral("skip-bad"),
                      Text::tr("Import the good rows and leave out the bad ones (without it, one "
                               "bad row stops the whole import).")});
    parser.addOption({QStringLiteral("year"),
                      Text::tr("Registrations, evaluations, awards and initiatives: the year of "
                               "rows that name none (without it, the file's title gives it: "
                               "\"… NĂM 2025\")."),
                      Text::tr("YEAR")});
    parser.addOption({QStringLiteral("sheet"),
                      Text::tr("An XLSX file's worksheet to read (without it, the first with "
                               "data)."),
                      Text::tr("NAME")});
    parser.addOption({QStringLiteral("cluster"),
                      Text::tr("Votes and scores: the cluster whose tally or points the file "
                               "holds (\"Cụm thi đua số II\", \"II\"), in the year of --year."),
                      Text::tr("NAME")});
    addRoundOption(parser);
    parser.addOption({QStringLiteral("organiser"),
                      Text::tr("Criteria: the organiser whose table of --year the file holds."),
                      Text::tr("NAME")});
    parser.addOption({QStringLiteral("scorer"),
                      Text::tr("Scores: the unit whose points the file holds; without it, each "
                               "row is its unit's self-score."),
                      Text::tr("NAME")});
    if (auto stop = parseCommandLine(
            parser, arguments,
            Text::tr("Import units, people, registrations, evaluations, discipline records, "
                     "awards, initiatives, a cluster's vote tally or points, or an organiser's "
                     "criteria table, from a CSV or XLSX file; see docs/import-format.md."),
            {{kindCodes(), Text::tr("What the file holds.")},
             {Text::tr("FILE"), Text::tr("The CSV or XLSX file.")}}))
        return *stop;
    const QStringList positional = parser.positionalArguments();
    if (positional.at(1) == kVotes)
        return importVotes(parser, positional.at(2));
    if (positional.at(1) == kScores)
        return importScores(parser, positional.at(2));
    if (positional.at(1) == kCriteria)
        return importCriteria(parser, positional.at(2));
    for (const char* option : {"round", "scorer"})
        if (parser.isSet(QLatin1String(option)))
            return wrongUsage(Text::tr("--%1 applies to scores only.").arg(QLatin1String(option)));
    if (parser.isSet(QStringLiteral("organiser")))
        return wrongUsage(Text::tr("--organiser applies to criteria only."));
    const auto kind = services::importKindFromCode(positional.at(1));
    if (!kind) {
        err() << Text::tr("What to import must be one of %1, not \"%2\".")
                     .arg(kindCodes(), positional.at(1))
              << Qt::endl;
        return WrongUsage;
    }
    if (parser.isSet(QStringLiteral("cluster")))
        return wrongUsage(Text::tr("--cluster applies to votes and scores only."));
    const auto db = requiredOption(parser, QStringLiteral("db"));
    const auto year = parseYear(parser, *kind);
    if (!db || !year)
        return WrongUsage;
    const QString file = positional.at(2);
    auto workspace = openWorkspace(*db, MustExist::Yes);
    if (!workspace)
        return Failure;
    services::ImportOptions options{parser.isSet(QStringLiteral("dry-run")),
                                    parser.isSet(QStringLiteral("skip-bad"))};
    options.year = *year;
    options.sheet = parser.value(QStringLiteral("sheet"));
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
