#include "import_subjects.h"

#include "clock.h"
#include "lost_letters.h"
#include "person_repository.h"
#include "service_text.h"
#include "source_table.h"
#include "unit_repository.h"
#include "vietnamese_format.h"
#include "vietnamese_text.h"

#include <QSet>

#include <algorithm>

namespace thidua::services::importing {

namespace {

std::optional<domain::RowId> unitFromMatch(ImportRow& row, int field, const QString& name,
                                           const UnitDirectory::Match& match,
                                           const UnitDirectory& units) {
    if (match.unique())
        return match.ids.front();
    if (match.ids.empty() && valueLostLetters(name)) {
        row.problem(field, lostLettersMessage(name));
        return std::nullopt;
    }
    if (match.ids.empty()) {
        row.problem(field, Text::tr("There is no unit \"%1\" in the catalogue; import or add it "
                                    "first.")
                               .arg(name));
        return std::nullopt;
    }
    QStringList candidates;
    for (domain::RowId id : match.ids)
        candidates << units.qualifiedName(id);
    row.problem(field, Text::tr("\"%1\" names %2 units (%3); write it with its parent unit, "
                                "e.g. \"%4\".")
                           .arg(name)
                           .arg(match.ids.size())
                           .arg(candidates.join(QStringLiteral("; ")), candidates.constFirst()));
    return std::nullopt;
}

} // namespace

std::size_t qHash(const SubjectKey& key, std::size_t seed) {
    return qHashMulti(seed, key.year, key.personId, key.unitId, key.what);
}

int RepeatFinder::earlierLine(const SubjectKey& key, int line) {
    const int earlier = lines_.value(key);
    if (earlier == 0)
        lines_.insert(key, line);
    return earlier;
}

std::optional<domain::RowId> findUnit(ImportRow& row, int field, const QString& name,
                                      const UnitDirectory& units) {
    if (name.isEmpty())
        return std::nullopt;
    return unitFromMatch(row, field, name, units.find(name), units);
}

SubjectFinder::SubjectFinder(const ColumnMap& columns, SubjectFields fields, UnitDirectory units,
                             QDate today)
    : columns_(columns)
    , fields_(fields)
    , units_(std::move(units))
    , today_(today) {}

Result<SubjectFinder> SubjectFinder::load(const CheckInput& input, const ColumnMap& columns,
                                          SubjectFields fields) {
    auto units = storage::UnitRepository(input.db).all();
    if (!units)
        return std::unexpected(units.error());
    SubjectFinder finder(columns, fields, UnitDirectory(*units), input.clock.today());
    if (auto ok = finder.loadPeople(input.db, input.table); !ok)
        return std::unexpected(ok.error());
    return finder;
}

Status SubjectFinder::loadPeople(storage::Database& db, const interchange::SourceTable& table) {
    if (fields_.fullName < 0 || !columns_.has(fields_.fullName))
        return {};
    QSet<QString> keys;
    for (const interchange::SourceRow& source : table.rows) {
        const QString name =
            domain::vn::normalized(source.cells.value(columns_.column(fields_.fullName)));
        if (name.isEmpty() || keyByName_.contains(name))
            continue;
        const QString key = domain::vn::searchKey(name);
        keyByName_.insert(name, key);
        keys.insert(key);
    }
    auto people = storage::PersonRepository(db).findBySearchKeys(keys.values());
    if (!people)
        return std::unexpected(people.error());
    for (storage::NamedPerson& found : *people)
        peopleByKey_[found.searchKey].push_back(std::move(found.person));
    return {};
}

std::optional<Subject> SubjectFinder::find(ImportRow& row) {
    auto text = [&](int field) {
        return field >= 0 ? row.text(field) : QString();
    };
    const QString name = text(fields_.fullName);
    const QString collective = text(fields_.collective);
    if (!name.isEmpty() && !collective.isEmpty()) {
        row.problem(fields_.collective,
                    Text::tr("The row names both a person (%1) and a collective (%2); write each "
                             "on a row of its own.")
                        .arg(name, collective));
        return std::nullopt;
    }
    if (!name.isEmpty())
        return findPerson(row, name);
    if (!collective.isEmpty())
        return findCollective(row, fields_.collective, collective);
    if (fields_.collective < 0) {
        row.required(fields_.fullName); // a person or nobody: say the name is missing
        return std::nullopt;
    }
    if (const QString unit = text(fields_.unit); !unit.isEmpty())
        return findCollective(row, fields_.unit, unit);
    row.problem(columns_.has(fields_.fullName) ? fields_.fullName : fields_.collective,
                Text::tr("The row names nobody: write a person's full name, or the unit for a "
                         "collective."));
    return std::nullopt;
}

std::optional<Subject> SubjectFinder::findCollective(ImportRow& row, int field,
                                                     const QString& name) {
    const auto unit = unitOf(row, field, name);
    if (!unit)
        return std::nullopt;
    return Subject{domain::NoId, *unit, units_.name(*unit)};
}

std::optional<domain::RowId> SubjectFinder::unitOf(ImportRow& row, int field, const QString& name) {
    if (name.isEmpty())
        return std::nullopt;
    auto match = unitsByName_.constFind(name);
    if (match == unitsByName_.cend())
        match = unitsByName_.insert(name, units_.find(name));
    return unitFromMatch(row, field, name, *match, units_);
}

QString SubjectFinder::describe(const domain::Person& person) const {
    return QStringLiteral("%1 (%2, %3)")
        .arg(person.name.fullName(),
             person.birthDate.isValid() ? domain::vn::formatDate(person.birthDate)
                                        : Text::tr("date unknown"),
             units_.qualifiedName(person.unitId));
}

std::optional<Subject> SubjectFinder::findPerson(ImportRow& row, const QString& name) {
    if (valueLostLetters(name)) {
        row.problem(fields_.fullName, lostLettersMessage(name));
        return std::nullopt;
    }
    const Birth born = fields_.birthDate >= 0 ? row.birth(fields_.birthDate, today_) : Birth{};
    const QString unitName = fields_.unit >= 0 ? row.text(fields_.unit) : QString();
    const std::optional<domain::RowId> unit = unitOf(row, fields_.unit, unitName);
    if (!row.ok())
        return std::nullopt;
    if (!born.known() && unitName.isEmpty()) {
        row.problem(fields_.fullName,
                    Text::tr("Write the date of birth or the unit of %1 too, so that they are not "
                             "taken for someone else of the same name.")
                        .arg(name));
        return std::nullopt;
    }
    static const std::vector<domain::Person> nobody;
    const auto named = peopleByKey_.constFind(keyByName_.value(name));
    const std::vector<domain::Person>& sameName = named == peopleByKey_.cend() ? nobody : *named;
    std::vector<const domain::Person*> fits;
    for (const domain::Person& person : sameName)
        if (born.fits(person.birthDate) && (!unit || units_.isWithin(person.unitId, *unit)))
            fits.push_back(&person);
    if (fits.size() == 1)
        return Subject{fits.front()->id, domain::NoId, fits.front()->name.fullName()};

    QStringList said; // what the row says about them, to repeat in the message
    if (born.known())
        said << (born.date.isValid() ? Text::tr("born %1").arg(domain::vn::formatDate(born.date))
                                     : Text::tr("born in %1").arg(born.year));
    if (!unitName.isEmpty())
        said << Text::tr("in %1").arg(unitName);
    const QString who = QStringLiteral("%1 (%2)").arg(name, said.join(QStringLiteral(", ")));
    QStringList candidates;
    for (const domain::Person& person : sameName)
        if (fits.empty() || std::find(fits.begin(), fits.end(), &person) != fits.end())
            candidates << describe(person);
    if (sameName.empty())
        row.problem(fields_.fullName, Text::tr("There is no %1 in the catalogue; import the people "
                                               "first, or correct the name.")
                                          .arg(name));
    else if (fits.empty())
        row.problem(fields_.fullName,
                    Text::tr("There is no %1 in the catalogue; the people of that name are: %2.")
                        .arg(who, candidates.join(QStringLiteral("; "))));
    else
        row.problem(fields_.fullName,
                    Text::tr("%1 fits %2 people: %3; write the date of birth and the unit that "
                             "tell them apart.")
                        .arg(who)
                        .arg(fits.size())
                        .arg(candidates.join(QStringLiteral("; "))));
    return std::nullopt;
}

} // namespace thidua::services::importing
