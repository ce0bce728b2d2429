#include "cluster_service.h"
#include "command.h"
#include "commands.h"
#include "scoring_service.h"
#include "table_output.h"
#include "workspace.h"
#include "workspace_opener.h"

#include <variant>

namespace thidua::cli {

namespace {

struct RankRequest {
    int year = 0;
    QString cluster;
    domain::RoundKind round = domain::RoundKind::YearEnd;
    ListFormat format = ListFormat::Text;
};

// Everything that can be checked without the database, so that a wrong
// command line is told apart (status 2) from a missing file (status 1).
std::variant<RankRequest, int> readRequest(const QCommandLineParser& parser) {
    RankRequest request;
    const auto cluster = requiredOption(parser, QStringLiteral("cluster"));
    const auto year = requiredOption(parser, QStringLiteral("year"));
    if (!cluster || !year)
        return WrongUsage;
    request.cluster = *cluster;
    const auto parsedYear = yearOption(*year);
    if (!parsedYear)
        return WrongUsage;
    request.year = *parsedYear;
    const auto round = roundOption(parser);
    if (!round)
        return WrongUsage;
    request.round = *round;
    const auto format = listFormatOption(parser);
    if (!format)
        return WrongUsage;
    request.format = *format;
    return request;
}

std::vector<Column> rankingColumns() {
    return {{QStringLiteral("rank"), Text::tr("Rank"), true},
            {QStringLiteral("unit"), Text::tr("Unit")},
            {QStringLiteral("scored"), Text::tr("Criteria"), true},
            {QStringLiteral("bonus"), Text::tr("Bonus"), true},
            {QStringLiteral("penalty"), Text::tr("Penalty"), true},
            {QStringLiteral("total"), Text::tr("Total"), true},
            {QStringLiteral("rating"), Text::tr("Rating")},
            {QStringLiteral("missing"), Text::tr("Missing"), true}};
}

void writeRanking(const services::ScoringSheet& sheet,
                  const std::vector<domain::Standing>& standings, TableOutput& output) {
    auto cellsOf = [&](const domain::Standing& standing) {
        return std::vector<Cell>{numberCell(standing.rank),
                                 textCell(sheet.unitName(standing.unitId)),
                                 decimalCell(standing.totals.scored),
                                 decimalCell(standing.totals.bonus),
                                 decimalCell(standing.totals.penalty),
                                 decimalCell(standing.totals.total()),
                                 textCell(standing.rating),
                                 numberCell(standing.totals.missing)};
    };
    if (output.measuresFirst())
        for (const domain::Standing& standing : standings)
            output.measure(cellsOf(standing));
    output.begin();
    for (const domain::Standing& standing : standings)
        output.row(cellsOf(standing));
    output.end();
}

} // namespace

int runRank(const QStringList& arguments) {
    QCommandLineParser parser;
    parser.addOption({QStringLiteral("db"), Text::tr("Database file."), Text::tr("FILE")});
    parser.addOption({QStringLiteral("cluster"),
                      Text::tr("The cluster or block: its number (\"II\", \"2\") or words of "
                               "its name."),
                      Text::tr("NAME")});
    parser.addOption({QStringLiteral("year"), Text::tr("The emulation year."), Text::tr("YEAR")});
    addRoundOption(parser);
    addListFormatOption(parser);
    if (auto stop = parseCommandLine(
            parser, arguments,
            Text::tr("Rank a cluster's units by their scores, with the organiser's tie-breaks; "
                     "equal units share a rank.")))
        return *stop;
    auto read = readRequest(parser);
    if (const int* status = std::get_if<int>(&read))
        return *status;
    const RankRequest request = std::get<RankRequest>(read);
    auto opened = openDbOption(parser);
    if (const int* status = std::get_if<int>(&opened))
        return *status;
    const auto& workspace = std::get<std::unique_ptr<services::Workspace>>(opened);

    auto explain = [](const Error& error, int status) {
        err() << error.message << Qt::endl;
        return status;
    };
    auto cluster = workspace->clusters().find(request.year, request.cluster);
    if (!cluster)
        return explain(cluster.error(), WrongUsage);
    auto round = workspace->scoring().round(cluster->cluster.id, request.round);
    if (!round)
        return explain(round.error(), Failure);
    if (!*round) {
        err() << Text::tr("%1 has not been scored yet.")
                     .arg(domain::roundName(request.round, cluster->cluster))
              << Qt::endl;
        return Failure;
    }
    auto sheet = workspace->scoring().sheet((*round)->id);
    auto standings = workspace->scoring().standings((*round)->id);
    if (!sheet || !standings)
        return explain(!sheet ? sheet.error() : standings.error(), Failure);
    auto output = makeTableOutput(request.format, rankingColumns(), out(), OutputOptions{});
    writeRanking(*sheet, *standings, *output);
    return Success;
}

} // namespace thidua::cli
