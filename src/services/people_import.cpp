#include "people_import.h"

#include "clock.h"
#include "import_progress.h"
#include "import_row.h"
#include "import_subjects.h"
#include "lost_letters.h"
#include "person_repository.h"
#include "person_rules.h"
#include "service_context.h"
#include "service_text.h"
#include "unit_directory.h"
#include "unit_repository.h"
#include "vietnamese_format.h"
#include "vietnamese_text.h"

#include <QHash>

#include <algorithm>

namespace thidua::services::importing {

namespace {

enum Field { FullName, Family, Middle, Given, BirthDate, Gender, Position, Unit, Identity };

// Keys are stable: saved mappings name fields by them. Required groups: 1 a
// name (full, or at least the given name), 2 the gender, 3 the unit.
constexpr std::array<FieldSpec, 9> fields{{
    {"full_name",
     QT_TRANSLATE_NOOP("thidua::services", "Full name"),
     {"ho va ten", "ho ten", "ho va ten can bo", "ten can bo", "full name", "name"},
     1},
    {"family_name",
     QT_TRANSLATE_NOOP("thidua::services", "Family name"),
     {"ho", "family name", "surname"}},
    {"middle_name",
     QT_TRANSLATE_NOOP("thidua::services", "Middle name"),
     {"ten dem", "chu dem", "middle name"}},
    {"given_name",
     QT_TRANSLATE_NOOP("thidua::services", "Given name"),
     {"ten", "given name", "first name"},
     1},
    birthDateField,
    {"gender", QT_TRANSLATE_NOOP("thidua::services", "Gender"), {"gioi tinh", "gender", "sex"}, 2},
    {"position",
     QT_TRANSLATE_NOOP("thidua::services", "Position"),
     {"chuc vu", "chuc danh", "chuc vu chuc danh", "position"}},
    inGroup(unitField, 3),
    {"identity_number",
     QT_TRANSLATE_NOOP("thidua::services", "Identity number"),
     {"so dinh danh", "so cccd", "cccd", "so can cuoc", "so cmnd", "identity number"}},
}};

// Lists often write names in capitals: they are stored as names are written.
domain::PersonName readName(ImportRow& row, const ColumnMap& columns) {
    if (columns.has(FullName))
        return domain::withConventionalCase(domain::splitFullName(row.required(FullName)));
    return domain::withConventionalCase({row.text(Family), row.text(Middle), row.required(Given)});
}

void checkName(ImportRow& row, const ColumnMap& columns, const domain::PersonName& name) {
    const QString full = name.fullName();
    const int field = columns.has(FullName) ? FullName : Given;
    if (valueLostLetters(full))
        row.problem(field, lostLettersMessage(full));
    else if (std::any_of(full.begin(), full.end(), [](QChar c) { return c.isDigit(); }))
        row.problem(field, Text::tr("\"%1\" contains digits; a name has letters only.").arg(full));
}

// The catalogue keeps whole dates of birth, which tell namesakes apart; a
// "Năm sinh" column of years cannot give them.
QDate readBirthDate(ImportRow& row, QDate today) {
    const Birth born = row.birth(BirthDate, today);
    if (born.known() && !born.date.isValid())
        row.problem(BirthDate, Text::tr("%1 is only the year of birth; the catalogue keeps the "
                                        "whole date. Write it as day/month/year (e.g. "
                                        "14/03/%1), or do not import this column.")
                                   .arg(born.year));
    return born.date;
}

void checkBirthDate(ImportRow& row, QDate birthDate, QDate today) {
    if (birthDate.isValid() && (birthDate > today || birthDate.year() < 1900))
        row.problem(BirthDate, Text::tr("The date of birth %1 is not plausible.")
                                   .arg(domain::vn::formatDate(birthDate)));
}

// Same name without diacritics and same date of birth: probably the same
// person typed twice, in this file or already in the catalogue.
class DuplicateFinder {
public:
    // column: where the name is, for the messages.
    DuplicateFinder(storage::Database& db, const UnitDirectory& units, int column)
        : people_(db)
        , units_(units)
        , column_(column) {}

    Status check(ImportRow& row, const domain::Person& person) {
        const QString key = domain::vn::searchKey(person.name.fullName()) + QLatin1Char('|') +
                            person.birthDate.toString(Qt::ISODate);
        if (const int earlier = linesByKey_.value(key); earlier > 0)
            row.problem(column_, Text::tr("%1 appears twice: on line %2 and on this line.")
                                     .arg(person.name.fullName())
                                     .arg(earlier));
        else
            linesByKey_.insert(key, row.line());
        auto existing = people_.findBySearchKey(person.name.fullName());
        if (!existing)
            return std::unexpected(existing.error());
        for (const domain::Person& other : *existing)
            if (other.birthDate == person.birthDate)
                row.problem(column_,
                            Text::tr("%1 (born %2) may already be in the catalogue, in %3; "
                                     "check before importing them again.")
                                .arg(other.name.fullName(),
                                     other.birthDate.isValid()
                                         ? domain::vn::formatDate(other.birthDate)
                                         : Text::tr("date unknown"),
                                     units_.qualifiedName(other.unitId)));
        return {};
    }

private:
    storage::PersonRepository people_;
    const UnitDirectory& units_;
    QHash<QString, int> linesByKey_;
    int column_;
};

} // namespace

std::span<const FieldSpec> peopleFields() {
    return fields;
}

Result<std::vector<PersonToImport>> checkPeople(const CheckInput& input, ImportProgress& progress,
                                                std::vector<ImportProblem>& problems) {
    const auto found = readColumns(input, fields, problems);
    if (!found)
        return std::vector<PersonToImport>{};
    const ColumnMap& columns = *found;

    auto units = storage::UnitRepository(input.db).all();
    if (!units)
        return std::unexpected(units.error());
    const UnitDirectory directory(*units);
    DuplicateFinder duplicates(input.db, directory, columns.has(FullName) ? FullName : Given);

    std::vector<PersonToImport> people;
    auto ok = checkEachRow(input, columns, progress, problems, [&](ImportRow& row) -> Status {
        domain::Person person;
        person.name = readName(row, columns);
        checkName(row, columns, person.name);
        person.birthDate = readBirthDate(row, input.clock.today());
        checkBirthDate(row, person.birthDate, input.clock.today());
        person.gender = row.gender(Gender).value_or(domain::Gender::Female);
        person.position = row.text(Position);
        person.unitId = findUnit(row, Unit, row.required(Unit), directory).value_or(domain::NoId);
        person.identityNumber = row.text(Identity);
        if (!person.identityNumber.isEmpty() && !domain::isIdentityNumber(person.identityNumber))
            row.problem(Identity, Text::tr("\"%1\" is not an identity number (12 digits, or 9 "
                                           "on an old card).")
                                      .arg(person.identityNumber));
        if (!person.name.given.isEmpty())
            if (auto found = duplicates.check(row, person); !found)
                return found;
        if (row.ok())
            people.push_back({row.line(), std::move(person)});
        return {};
    });
    if (!ok)
        return std::unexpected(ok.error());
    return people;
}

Status writePeople(ServiceContext& context, std::vector<PersonToImport>& people,
                   ImportProgress& progress, qint64 checked) {
    storage::PersonRepository repository(context.db);
    AuditedInserts audited(context);
    return writeEach(people, progress, checked, [&](PersonToImport& entry) -> Status {
        return audited.insert(repository, QStringLiteral("person"), entry.person);
    });
}

} // namespace thidua::services::importing
