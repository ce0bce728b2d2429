#include "command.h"
#include "commands.h"
#include "list_tables.h"
#include "listing_service.h"
#include "workspace.h"
#include "workspace_opener.h"

#include <variant>

namespace thidua::cli {

namespace {

std::optional<ListKind> parseKind(const QString& text) {
    if (text == QStringLiteral("units"))
        return ListKind::Units;
    if (text == QStringLiteral("people"))
        return ListKind::People;
    if (text == QStringLiteral("registrations"))
        return ListKind::Registrations;
    return std::nullopt;
}

std::optional<services::ListOrder> parseOrder(const QString& text) {
    if (text == QStringLiteral("name"))
        return services::ListOrder::Name;
    if (text == QStringLiteral("unit"))
        return services::ListOrder::Unit;
    return std::nullopt;
}

// Everything that can be checked without the database, so that a wrong
// command line is told apart (status 2) from a missing file (status 1).
std::variant<ListRequest, int> readRequest(const QCommandLineParser& parser) {
    ListRequest request;
    const QString kind = parser.positionalArguments().at(1);
    const auto parsedKind = parseKind(kind);
    if (!parsedKind)
        return wrongUsage(
            Text::tr("What to list must be units, people or registrations, not \"%1\".").arg(kind));
    request.kind = *parsedKind;
    // Units read best as their tree; people and registrations by name.
    const QString sort = parser.value(QStringLiteral("sort"));
    const auto order = sort.isEmpty()
                           ? (request.kind == ListKind::Units ? services::ListOrder::Unit
                                                              : services::ListOrder::Name)
                           : parseOrder(sort);
    if (!order)
        return wrongUsage(Text::tr("--sort must be name or unit, not \"%1\".").arg(sort));
    request.filter.order = *order;
    request.filter.search = parser.value(QStringLiteral("search"));

    const QString year = parser.value(QStringLiteral("year"));
    if (request.kind != ListKind::Registrations) {
        if (parser.isSet(QStringLiteral("year")))
            return wrongUsage(Text::tr("--year applies to registrations only."));
        return request;
    }
    if (year.isEmpty())
        return wrongUsage(Text::tr("Registrations are listed for one year: add --year, for "
                                   "example --year 2025."));
    const auto parsedYear = yearOption(year);
    if (!parsedYear)
        return WrongUsage;
    request.year = *parsedYear;
    return request;
}

} // namespace

int runList(const QStringList& arguments) {
    QCommandLineParser parser;
    parser.addOption({QStringLiteral("db"), Text::tr("Database file."), Text::tr("FILE")});
    parser.addOption(
        {QStringLiteral("search"),
         Text::tr("Only names in which every word of TEXT begins a word, in any order; "
                  "diacritics and case ignored."),
         Text::tr("TEXT")});
    parser.addOption({QStringLiteral("year"),
                      Text::tr("The emulation year (registrations only, and required for them)."),
                      Text::tr("YEAR")});
    addUnitOption(parser);
    parser.addOption({QStringLiteral("sort"),
                      Text::tr("name or unit (the unit tree, then names); units default to "
                               "unit, the others to name."),
                      QStringLiteral("name|unit")});
    parser.addOption({QStringLiteral("format"),
                      Text::tr("text (aligned columns, the default), csv (for spreadsheets, "
                               "UTF-8 with a byte order mark) or json."),
                      QStringLiteral("text|csv|json")});
    parser.addOption({QStringLiteral("no-bom"),
                      Text::tr("Write CSV without the byte order mark that Excel needs.")});
    if (auto stop = parseCommandLine(
            parser, arguments,
            Text::tr("List units, people or a year's registrations as text, CSV or JSON."),
            {{QStringLiteral("units|people|registrations"), Text::tr("What to list.")}}))
        return *stop;

    auto read = readRequest(parser);
    if (const int* status = std::get_if<int>(&read))
        return *status;
    ListRequest request = std::get<ListRequest>(std::move(read));
    const QString formatText = parser.value(QStringLiteral("format"));
    const auto format = listFormatNamed(formatText);
    if (!format)
        return wrongUsage(
            Text::tr("--format must be text, csv or json, not \"%1\".").arg(formatText));
    auto opened = openDbForUnit(parser);
    if (const int* status = std::get_if<int>(&opened))
        return *status;
    auto [workspace, unitId] = std::get<UnitScope>(std::move(opened));
    request.filter.unitId = unitId;
    services::ListingService& listing = workspace->listing();

    const OutputOptions options{!parser.isSet(QStringLiteral("no-bom"))};
    auto written = writeList(listing, request, *format, out(), options);
    if (!written) {
        out().flush();
        err() << written.error().message << Qt::endl;
        // A year the database does not record is a wrong value on the
        // command line, like an unknown unit.
        return written.error().code == ErrorCode::NotFound ? WrongUsage : Failure;
    }
    if (*format == ListFormat::Text)
        out() << Qt::endl
              << Text::tr("%n row(s).", nullptr, static_cast<int>(*written)) << Qt::endl;
    return Success;
}

} // namespace thidua::cli
