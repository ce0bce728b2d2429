#include "list_tables.h"

#include "command.h"
#include "listing_service.h"

#include <algorithm>
#include <limits>

namespace thidua::cli {

namespace {

// Rows asked of the service at a time: large enough that a million rows cost
// a thousand queries, small enough to stay a few hundred kilobytes.
constexpr int PageSize = 1000;

Column numberColumn() {
    return {QStringLiteral("number"), Text::tr("No."), true, true, false};
}

Column uuidColumn() {
    return {QStringLiteral("uuid"), QStringLiteral("uuid"), false, false, true};
}

QString genderLabel(domain::Gender gender) {
    return gender == domain::Gender::Male ? Text::tr("Male") : Text::tr("Female");
}

QString genderCode(domain::Gender gender) {
    return gender == domain::Gender::Male ? QStringLiteral("male") : QStringLiteral("female");
}

// The codes are the schema's; the labels what the registration screens say.
std::pair<QString, QString> status(domain::RegistrationStatus status) {
    switch (status) {
    case domain::RegistrationStatus::Draft:
        return {Text::tr("Draft"), QStringLiteral("draft")};
    case domain::RegistrationStatus::Submitted:
        return {Text::tr("Submitted"), QStringLiteral("submitted")};
    case domain::RegistrationStatus::Accepted:
        return {Text::tr("Accepted"), QStringLiteral("accepted")};
    case domain::RegistrationStatus::Returned:
        return {Text::tr("Returned"), QStringLiteral("returned")};
    }
    return {};
}

std::vector<Column> unitColumns() {
    return {numberColumn(),
            uuidColumn(),
            {QStringLiteral("name"), Text::tr("Unit"), false, true, true},
            {QStringLiteral("short_name"), Text::tr("Short name"), false, true, true},
            {QStringLiteral("kind"), QStringLiteral("kind"), false, false, true},
            {QStringLiteral("parent"), Text::tr("Parent"), false, true, true},
            {QStringLiteral("depth"), Text::tr("Depth"), true, false, true}};
}

// indent: the depth shown, counted from the highest unit listed, so that a
// branch starts at the margin; 0 in name order, where depth means nothing.
std::vector<Cell> unitCells(const services::ListedUnit& unit, qint64 number, int indent) {
    Cell name = textCell(unit.name);
    name.indent = indent;
    return {numberCell(number),       textCell(unit.uuid), name,
            textCell(unit.shortName), textCell(unit.kind), textCell(unit.parentName),
            numberCell(unit.depth)};
}

std::vector<Column> peopleColumns() {
    return {numberColumn(),
            uuidColumn(),
            {QStringLiteral("name"), Text::tr("Full name"), false, true, true},
            {QStringLiteral("gender"), Text::tr("Gender"), false, true, true},
            {QStringLiteral("birth_date"), Text::tr("Date of birth"), false, true, true},
            {QStringLiteral("position"), Text::tr("Position"), false, true, true},
            {QStringLiteral("unit"), Text::tr("Unit"), false, true, true}};
}

std::vector<Cell> personCells(const services::ListedPerson& person, qint64 number) {
    return {
        numberCell(number),         textCell(person.uuid),
        textCell(person.fullName),  codeCell(genderLabel(person.gender), genderCode(person.gender)),
        dateCell(person.birthDate), textCell(person.position),
        textCell(person.unitName)};
}

std::vector<Column> registrationColumns() {
    return {numberColumn(),
            uuidColumn(),
            {QStringLiteral("subject"), Text::tr("Person or unit"), false, true, true},
            {QStringLiteral("subject_kind"), QStringLiteral("subject_kind"), false, false, true},
            {QStringLiteral("unit"), Text::tr("Unit"), false, true, true},
            {QStringLiteral("title_code"), Text::tr("Code"), false, true, true},
            {QStringLiteral("title"), Text::tr("Title"), false, true, true},
            {QStringLiteral("status"), Text::tr("Status"), false, true, true},
            {QStringLiteral("registered_on"), Text::tr("Registered on"), false, true, true}};
}

std::vector<Cell> registrationCells(const services::ListedRegistration& registration,
                                    qint64 number) {
    const auto [label, code] = status(registration.status);
    const bool person = registration.subjectKind == services::SubjectKind::Person;
    return {numberCell(number),
            textCell(registration.uuid),
            textCell(registration.subjectName),
            textCell(person ? QStringLiteral("person") : QStringLiteral("unit")),
            textCell(registration.unitName),
            textCell(registration.titleCode),
            textCell(registration.titleName),
            codeCell(label, code),
            dateCell(registration.registeredOn)};
}

// Reads a paged listing to its end, turning each row into cells for onRow.
template <typename Listing, typename ToCells, typename OnRow>
Result<qint64> readAll(Result<Listing> listing, ToCells&& toCells, OnRow&& onRow) {
    if (!listing)
        return std::unexpected(listing.error());
    qint64 count = 0;
    while (!listing->atEnd()) {
        auto page = listing->fetch(PageSize);
        if (!page)
            return std::unexpected(page.error());
        for (const auto& row : *page)
            onRow(toCells(row, ++count));
    }
    return count;
}

// Measures first when the output needs it, then writes; open() makes a fresh
// listing for each pass.
template <typename Open, typename ToCells>
Result<qint64> writePaged(TableOutput& output, Open&& open, ToCells&& toCells) {
    if (output.measuresFirst()) {
        auto measured = readAll(open(), toCells,
                                [&](const std::vector<Cell>& cells) { output.measure(cells); });
        if (!measured)
            return measured;
    }
    output.begin();
    auto written =
        readAll(open(), toCells, [&](const std::vector<Cell>& cells) { output.row(cells); });
    if (written)
        output.end();
    return written;
}

Result<qint64> writeUnits(services::ListingService& listing, const services::ListFilter& filter,
                          TableOutput& output) {
    auto units = listing.units(filter);
    if (!units)
        return std::unexpected(units.error());
    int top = std::numeric_limits<int>::max();
    for (const services::ListedUnit& unit : *units)
        top = std::min(top, unit.depth);
    const auto cells = [&](std::size_t i) {
        const services::ListedUnit& unit = (*units)[i];
        const int indent = filter.order == services::ListOrder::Unit ? unit.depth - top : 0;
        return unitCells(unit, static_cast<qint64>(i) + 1, indent);
    };
    if (output.measuresFirst())
        for (std::size_t i = 0; i < units->size(); ++i)
            output.measure(cells(i));
    output.begin();
    for (std::size_t i = 0; i < units->size(); ++i)
        output.row(cells(i));
    output.end();
    return static_cast<qint64>(units->size());
}

} // namespace

Result<qint64> writeList(services::ListingService& listing, const ListRequest& request,
                         ListFormat format, QTextStream& stream, const OutputOptions& options) {
    switch (request.kind) {
    case ListKind::Units: {
        auto output = makeTableOutput(format, unitColumns(), stream, options);
        return writeUnits(listing, request.filter, *output);
    }
    case ListKind::People: {
        auto output = makeTableOutput(format, peopleColumns(), stream, options);
        return writePaged(
            *output, [&] { return listing.people(request.filter); }, personCells);
    }
    case ListKind::Registrations: {
        auto output = makeTableOutput(format, registrationColumns(), stream, options);
        return writePaged(
            *output, [&] { return listing.registrations(request.year, request.filter); },
            registrationCells);
    }
    }
    return 0;
}

} // namespace thidua::cli
