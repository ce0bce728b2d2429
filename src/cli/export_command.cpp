#include "ballot_papers.h"
#include "cluster_service.h"
#include "command.h"
#include "commands.h"
#include "document_options.h"
#include "file_renderer.h"
#include "nomination_list.h"
#include "registration_list.h"
#include "score_sheet_export.h"
#include "scoring_print.h"
#include "submission.h"
#include "vote_minutes.h"
#include "workspace.h"
#include "workspace_opener.h"

#include <QDir>

#include <variant>

namespace thidua::cli {

namespace {

// What `thidua export` writes: a year's registration or nomination list, or a
// document of a cluster-year's vote or scoring.
enum class Exported {
    Registrations,
    Nominations,
    Submission,
    BallotPapers,
    VoteCount,
    Minutes,
    Ranking,
    ScoringTable
};

std::optional<Exported> exportedNamed(const QString& what) {
    if (what == QStringLiteral("registrations"))
        return Exported::Registrations;
    if (what == QStringLiteral("nominations"))
        return Exported::Nominations;
    if (what == QStringLiteral("submission"))
        return Exported::Submission;
    if (what == QStringLiteral("ballots"))
        return Exported::BallotPapers;
    if (what == QStringLiteral("vote-count"))
        return Exported::VoteCount;
    if (what == QStringLiteral("minutes"))
        return Exported::Minutes;
    if (what == QStringLiteral("ranking"))
        return Exported::Ranking;
    if (what == QStringLiteral("scoring-table"))
        return Exported::ScoringTable;
    return std::nullopt;
}

struct ExportRequest {
    Exported what = Exported::Registrations;
    domain::RoundKind round = domain::RoundKind::YearEnd;
    reports::RegistrationListRequest list;
    reports::NominationOrder order = reports::NominationOrder::Position;
    documents::FileFormat format = documents::FileFormat::Pdf;
    reports::SubmissionAddress address; // the tờ trình's, whose number the list cites too
    QString out;
};

// Everything that can be checked without the database, so that a wrong
// command line is told apart (status 2) from a missing file (status 1).
std::variant<ExportRequest, int> readRequest(const QCommandLineParser& parser) {
    const QString what = parser.positionalArguments().at(1);
    const auto exported = exportedNamed(what);
    if (!exported)
        return wrongUsage(Text::tr("What to export must be registrations, nominations, "
                                   "submission, ballots, vote-count, minutes, ranking, "
                                   "scoring-table or score-sheet, not \"%1\".")
                              .arg(what));
    ExportRequest request;
    request.what = *exported;
    if (parser.isSet(QStringLiteral("order")) && request.what != Exported::Nominations)
        return wrongUsage(Text::tr("--order applies to nominations."));
    const QString order = parser.value(QStringLiteral("order"));
    if (order == QStringLiteral("name"))
        request.order = reports::NominationOrder::Name;
    else if (!order.isEmpty() && order != QStringLiteral("precedence") &&
             order != QStringLiteral("position"))
        return wrongUsage(
            Text::tr("--order must be precedence (by position within each award) or name, not "
                     "\"%1\".")
                .arg(order));
    const bool ofNominations =
        request.what == Exported::Nominations || request.what == Exported::Submission;
    if (parser.isSet(QStringLiteral("to")) && request.what != Exported::Submission)
        return wrongUsage(Text::tr("--to applies to submission."));
    if (parser.isSet(QStringLiteral("number")) && !ofNominations)
        return wrongUsage(Text::tr("--number applies to submission and nominations."));
    request.address.number = parser.value(QStringLiteral("number")).trimmed();
    // Each --to a recipient; a value of several lines, a recipient a line.
    for (const QString& to : parser.values(QStringLiteral("to")))
        request.address.recipients << reports::recipientLines(to);
    if (!ofNominations &&
        (request.what == Exported::Registrations) == parser.isSet(QStringLiteral("cluster")))
        return wrongUsage(request.what == Exported::Registrations
                              ? Text::tr("--cluster applies to the documents of a cluster: "
                                         "ballots, vote-count, minutes, ranking and "
                                         "scoring-table.")
                              : Text::tr("Name the cluster with --cluster."));
    const bool scoring =
        request.what == Exported::Ranking || request.what == Exported::ScoringTable;
    if (parser.isSet(QStringLiteral("round")) && !scoring)
        return wrongUsage(Text::tr("--round applies to ranking and scoring-table."));
    const auto round = roundOption(parser);
    if (!round)
        return WrongUsage;
    request.round = *round;
    const auto parsedYear = requiredYearOption(parser);
    if (!parsedYear)
        return WrongUsage;
    request.list.year = *parsedYear;

    const auto output =
        documentOutputOptions(parser, {documents::FileFormat::Pdf, documents::FileFormat::Docx,
                                       documents::FileFormat::Xlsx, documents::FileFormat::Csv,
                                       documents::FileFormat::Html});
    if (!output)
        return WrongUsage;
    request.out = output->out;
    request.format = output->format;
    request.list.issue = output->issue;
    return request;
}

// The document of the cluster-year's scoring round that --cluster, --year
// and --round name.
Result<documents::Document> scoringDocument(services::Workspace& workspace,
                                            const ExportRequest& request, domain::RowId clusterId) {
    auto print = reports::readScoringPrint(workspace, clusterId, request.round);
    if (!print)
        return std::unexpected(print.error());
    return request.what == Exported::Ranking ? reports::rankingDocument(*print)
                                             : reports::scoringTableDocument(*print);
}

// The document of the cluster-year's vote or scoring that --cluster and
// --year name.
Result<documents::Document> clusterDocument(services::Workspace& workspace,
                                            const ExportRequest& request, const QString& cluster) {
    auto found = workspace.clusters().find(request.list.year, cluster);
    if (!found)
        return std::unexpected(found.error());
    if (request.what == Exported::Ranking || request.what == Exported::ScoringTable)
        return scoringDocument(workspace, request, found->cluster.id);
    auto print = reports::readBallotPrint(workspace, found->cluster.id);
    if (!print)
        return std::unexpected(print.error());
    switch (request.what) {
    case Exported::BallotPapers:
        return reports::ballotPapers(*print, reports::roundToPrint(print->session));
    case Exported::VoteCount:
        return reports::voteCountMinutes(*print);
    case Exported::Registrations:
    case Exported::Nominations:
    case Exported::Submission:
    case Exported::Minutes:
    case Exported::Ranking:
    case Exported::ScoringTable:
        break;
    }
    return reports::meetingMinutes(*print);
}

// The year's nomination list or the submission that carries it: of the
// cluster-year when --cluster names one, of the units --unit names, else of
// every unit.
Result<documents::Document> nominationDocument(services::Workspace& workspace,
                                               const ExportRequest& request,
                                               const QString& cluster) {
    reports::NominationListRequest list;
    list.filter.year = request.list.year;
    list.filter.proposingUnitId = request.list.unitId;
    list.issuingUnitId = request.list.unitId;
    list.order = request.order;
    list.submissionNumber = request.address.number;
    list.issue = request.list.issue;
    if (!cluster.isEmpty()) {
        auto found = workspace.clusters().find(request.list.year, cluster);
        if (!found)
            return std::unexpected(found.error());
        list.filter.clusterId = found->cluster.id;
        list.issuingUnitId = found->head();
    }
    if (request.what == Exported::Submission)
        return reports::submission(workspace,
                                   {list.filter, list.issuingUnitId, request.address, list.issue});
    return reports::nominationList(workspace, list);
}

} // namespace

int runExport(const QStringList& arguments) {
    QCommandLineParser parser;
    parser.addOption({QStringLiteral("db"), Text::tr("Database file."), Text::tr("FILE")});
    parser.addOption({QStringLiteral("year"), Text::tr("The emulation year."), Text::tr("YEAR")});
    addUnitOption(parser);
    parser.addOption({QStringLiteral("cluster"),
                      Text::tr("Ballots, vote-count, minutes, ranking, scoring-table and "
                               "score-sheet: the cluster (\"Cụm thi đua số II\", \"II\") of "
                               "--year."),
                      Text::tr("NAME")});
    addRoundOption(parser);
    parser.addOption({QStringLiteral("order"),
                      Text::tr("Nominations: within each award, by position (unit, leaders "
                               "first) or by name; precedence by default."),
                      QStringLiteral("precedence|name")});
    parser.addOption({QStringLiteral("format"),
                      Text::tr("pdf (to print and sign), docx (to edit in a word processor), "
                               "xlsx (to keep editing as a table), csv or html (to open in a "
                               "browser); by default the suffix of --out."),
                      QStringLiteral("pdf|docx|xlsx|csv|html")});
    parser.addOption({QStringLiteral("out"), Text::tr("The file to write."), Text::tr("FILE")});
    parser.addOption({QStringLiteral("number"),
                      Text::tr("Submission: its number (\"15/TTr-STP\"); nominations: the number "
                               "of the submission the list goes with. Dots to fill in by hand "
                               "by default."),
                      Text::tr("TEXT")});
    parser.addOption({QStringLiteral("to"),
                      Text::tr("Submission: whom it is sent to (\"Kính gửi\"); repeat it, or "
                               "write one a line, for several. Dots to fill in by hand by "
                               "default."),
                      Text::tr("TEXT")});
    addIssueOptions(parser);
    if (auto stop = parseCommandLine(
            parser, arguments,
            Text::tr("Write a document as PDF, DOCX, XLSX or CSV (by --format or the suffix of "
                     "--out): a year's registration list, with the official header, collectives "
                     "then individuals grouped by title, the signatures. Or the year's "
                     "nomination list, grouped by award in order of precedence, or the "
                     "submission (tờ trình) that carries it. Or a cluster's vote: the numbered "
                     "ballot papers, the vote-count minutes or the meeting minutes. Or a "
                     "cluster's scoring: the ranking or the whole scoring table. Or a unit's "
                     "score sheet (XLSX or CSV) to fill in and import back."),
            {{QStringLiteral(
                  "registrations|nominations|submission|ballots|vote-count|minutes|ranking|"
                  "scoring-table|score-sheet"),
              Text::tr("What to export.")}}))
        return *stop;
    if (parser.positionalArguments().at(1) == QStringLiteral("score-sheet"))
        return exportScoreSheet(parser);

    auto read = readRequest(parser);
    if (const int* status = std::get_if<int>(&read))
        return *status;
    ExportRequest request = std::get<ExportRequest>(std::move(read));
    auto opened = openDbForUnit(parser);
    if (const int* status = std::get_if<int>(&opened))
        return *status;
    auto [workspace, unitId] = std::get<UnitScope>(std::move(opened));
    request.list.unitId = unitId;

    const QString cluster = parser.value(QStringLiteral("cluster"));
    auto document = request.what == Exported::Registrations
                        ? reports::registrationList(*workspace, request.list)
                    : request.what == Exported::Nominations || request.what == Exported::Submission
                        ? nominationDocument(*workspace, request, cluster)
                        : clusterDocument(*workspace, request, cluster);
    if (!document) {
        err() << document.error().message << Qt::endl;
        // A year the database does not record is a wrong value on the
        // command line, like an unknown unit.
        return document.error().code == ErrorCode::NotFound ? WrongUsage : Failure;
    }
    if (auto written = documents::renderFile(*document, request.format, request.out); !written) {
        err() << written.error().message << Qt::endl;
        return Failure;
    }
    if (request.what == Exported::Registrations)
        out() << Text::tr("%n registration(s) written to %1.", nullptr,
                          static_cast<int>(documents::dataRowCount(*document)))
                     .arg(QDir::toNativeSeparators(request.out))
              << Qt::endl;
    else if (request.what == Exported::Nominations)
        out() << Text::tr("%n nomination(s) written to %1.", nullptr,
                          static_cast<int>(documents::dataRowCount(*document)))
                     .arg(QDir::toNativeSeparators(request.out))
              << Qt::endl;
    else
        out() << Text::tr("Written to %1.").arg(QDir::toNativeSeparators(request.out)) << Qt::endl;
    return Success;
}

} // namespace thidua::cli
