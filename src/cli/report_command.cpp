#include "cluster_service.h"
#include "command.h"
#include "commands.h"
#include "conference_pack_facts.h"
#include "conference_report.h"
#include "document_options.h"
#include "file_renderer.h"
#include "workspace.h"
#include "workspace_opener.h"

#include <QDir>

#include <variant>

namespace thidua::cli {

namespace {

// The report itself, or a paper of its conference pack.
enum class Part { Report, Honorees, Order, Minutes };

std::optional<Part> partNamed(const QString& name) {
    if (name.isEmpty() || name == QStringLiteral("report"))
        return Part::Report;
    if (name == QStringLiteral("honorees"))
        return Part::Honorees;
    if (name == QStringLiteral("order"))
        return Part::Order;
    if (name == QStringLiteral("minutes"))
        return Part::Minutes;
    return std::nullopt;
}

documents::Document documentOf(Part part, const reports::ConferenceFacts& facts) {
    switch (part) {
    case Part::Report:
        break;
    case Part::Honorees:
        return reports::honoreeList(reports::conferencePackOf(facts));
    case Part::Order:
        return reports::presentationOrder(reports::conferencePackOf(facts));
    case Part::Minutes:
        return reports::conferenceMinutes(reports::conferencePackOf(facts));
    }
    return reports::conferenceReport(facts);
}

struct ReportLine {
    reports::ReportRequest request;
    Part part = Part::Report;
    documents::FileFormat format = documents::FileFormat::Pdf;
    QString out;
};

const QStringList ScopeOptions{QStringLiteral("cluster"), QStringLiteral("unit"),
                               QStringLiteral("organiser")};

// Everything that can be checked without the database.
std::variant<ReportLine, int> readLine(const QCommandLineParser& parser) {
    ReportLine line;
    const QString kind = parser.positionalArguments().at(1);
    const auto reportKind = domain::reportKindFromCode(kind);
    if (!reportKind)
        return wrongUsage(
            Text::tr("The report must be tong-ket, so-ket or dien-hinh, not \"%1\".").arg(kind));
    line.request.kind = *reportKind;
    const QString partText = parser.value(QStringLiteral("part"));
    const auto part = partNamed(partText);
    if (!part)
        return wrongUsage(Text::tr("--part must be report, honorees, order or minutes, not \"%1\".")
                              .arg(partText));
    line.part = *part;
    const auto given = std::ranges::count_if(
        ScopeOptions, [&](const QString& option) { return parser.isSet(option); });
    if (given != 1)
        return wrongUsage(Text::tr("Name exactly one of --cluster, --unit and --organiser."));
    line.request.scope = parser.isSet(QStringLiteral("cluster")) ? domain::ReportScopeKind::Cluster
                         : parser.isSet(QStringLiteral("unit"))
                             ? domain::ReportScopeKind::Unit
                             : domain::ReportScopeKind::Organiser;
    const auto parsedYear = requiredYearOption(parser);
    if (!parsedYear)
        return WrongUsage;
    line.request.year = *parsedYear;
    const auto output =
        documentOutputOptions(parser, {documents::FileFormat::Pdf, documents::FileFormat::Docx,
                                       documents::FileFormat::Html});
    if (!output)
        return WrongUsage;
    line.out = output->out;
    line.format = output->format;
    line.request.issue = output->issue;
    return line;
}

// The id of what --cluster, --unit or --organiser names, or the exit status.
std::variant<domain::RowId, int> scopeId(services::Workspace& workspace,
                                         const QCommandLineParser& parser,
                                         const reports::ReportRequest& request) {
    if (request.scope != domain::ReportScopeKind::Cluster)
        return unitOption(workspace, parser,
                          request.scope == domain::ReportScopeKind::Unit
                              ? QStringLiteral("unit")
                              : QStringLiteral("organiser"));
    auto found = workspace.clusters().find(request.year, parser.value(QStringLiteral("cluster")));
    if (!found) {
        err() << found.error().message << Qt::endl;
        return found.error().code == ErrorCode::Storage ? Failure : WrongUsage;
    }
    return found->cluster.id;
}

} // namespace

int runReport(const QStringList& arguments) {
    QCommandLineParser parser;
    parser.addOption({QStringLiteral("db"), Text::tr("Database file."), Text::tr("FILE")});
    parser.addOption({QStringLiteral("cluster"),
                      Text::tr("The cluster or block of --year (\"Cụm thi đua số II\", \"II\")."),
                      Text::tr("NAME")});
    parser.addOption(
        {QStringLiteral("unit"), Text::tr("A unit and the units below it."), Text::tr("NAME")});
    parser.addOption({QStringLiteral("organiser"),
                      Text::tr("An organiser (\"Bộ Tư pháp\"): every cluster it organises in "
                               "--year, and the units under it."),
                      Text::tr("NAME")});
    parser.addOption({QStringLiteral("year"),
                      Text::tr("The year reviewed; for dien-hinh, the last of the five."),
                      Text::tr("YEAR")});
    parser.addOption({QStringLiteral("format"),
                      Text::tr("pdf (to print and sign), docx (to edit) or html (to publish); "
                               "by default the suffix of --out."),
                      QStringLiteral("pdf|docx|html")});
    parser.addOption({QStringLiteral("out"), Text::tr("The file to write."), Text::tr("FILE")});
    parser.addOption({QStringLiteral("part"),
                      Text::tr("The report (by default), or a paper of its conference pack: the "
                               "honoree list, the order of presentation on stage, or the "
                               "conference minutes."),
                      QStringLiteral("report|honorees|order|minutes")});
    addIssueOptions(parser);
    if (auto stop = parseCommandLine(
            parser, arguments,
            Text::tr("Draft a conference report from the recorded data: the year-end summary "
                     "(tong-ket), the six-month review (so-ket) or the five-year "
                     "advanced-model conference (dien-hinh), of a cluster, a unit or an "
                     "organiser. The sections people write (shortcomings, lessons, "
                     "directions, recommendations) print as kept in the application, or as "
                     "dots to fill in."),
            {{QStringLiteral("tong-ket|so-ket|dien-hinh"), Text::tr("Which report.")}}))
        return *stop;
    auto read = readLine(parser);
    if (const int* status = std::get_if<int>(&read))
        return *status;
    ReportLine line = std::get<ReportLine>(std::move(read));
    auto opened = openDbOption(parser);
    if (const int* status = std::get_if<int>(&opened))
        return *status;
    auto workspace = std::get<std::unique_ptr<services::Workspace>>(std::move(opened));
    auto id = scopeId(*workspace, parser, line.request);
    if (const int* status = std::get_if<int>(&id))
        return *status;
    line.request.id = std::get<domain::RowId>(id);

    auto facts = reports::readConferenceFacts(*workspace, line.request);
    if (!facts) {
        err() << facts.error().message << Qt::endl;
        return facts.error().code == ErrorCode::NotFound ? WrongUsage : Failure;
    }
    const documents::Document document = documentOf(line.part, *facts);
    if (auto written = documents::renderFile(document, line.format, line.out); !written) {
        err() << written.error().message << Qt::endl;
        return Failure;
    }
    out() << Text::tr("Written to %1.").arg(QDir::toNativeSeparators(line.out)) << Qt::endl;
    return Success;
}

} // namespace thidua::cli
