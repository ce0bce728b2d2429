#include "person_repository.h"

#include "people_search.h"
#include "query.h"
#include "uuid.h"
#include "vietnamese_text.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>

namespace thidua::storage {

namespace {

constexpr std::string_view PersonColumns =
    "p.id, p.uuid, p.family_name, p.middle_name, p.given_name, p.gender, p.birth_date,"
    " p.identity_number, p.unit_id, p.position";

domain::Person readPerson(const Statement& row) {
    domain::Person person;
    person.id = row.int64(0);
    person.uuid = row.text(1);
    person.name = domain::PersonName{row.text(2), row.text(3), row.text(4)};
    person.gender =
        row.text(5) == QStringLiteral("male") ? domain::Gender::Male : domain::Gender::Female;
    person.birthDate = row.date(6);
    person.identityNumber = row.text(7);
    person.unitId = row.int64(8);
    person.position = row.text(9);
    return person;
}

QString genderCode(domain::Gender gender) {
    return gender == domain::Gender::Male ? QStringLiteral("male") : QStringLiteral("female");
}

// The name as stored, NFC with single spaces: the keys are made from it.
void normalizeName(domain::Person& person) {
    person.name = domain::PersonName{domain::vn::normalized(person.name.family),
                                     domain::vn::normalized(person.name.middle),
                                     domain::vn::normalized(person.name.given)};
}

} // namespace

Status PersonRepository::insert(domain::Person& person) {
    person.uuid = ensureUuid(person.uuid);
    normalizeName(person);
    auto ok =
        exec(db_,
             "INSERT INTO person (uuid, family_name, middle_name, given_name, gender,"
             " birth_date, identity_number, unit_id, position, search_key, sort_key)"
             " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
             person.uuid, person.name.family, person.name.middle, person.name.given,
             genderCode(person.gender), person.birthDate, nullIfEmpty(person.identityNumber),
             nullIfNoId(person.unitId), person.position,
             domain::vn::searchKey(person.name.fullName()), domain::personSortKey(person.name));
    if (ok)
        person.id = db_.lastInsertId();
    return ok;
}

Status PersonRepository::update(domain::Person& person) {
    normalizeName(person);
    return exec(db_,
                "UPDATE person SET family_name = ?, middle_name = ?, given_name = ?, gender = ?,"
                " birth_date = ?, identity_number = ?, position = ?, search_key = ?, sort_key = ?"
                " WHERE id = ?",
                person.name.family, person.name.middle, person.name.given,
                genderCode(person.gender), person.birthDate, nullIfEmpty(person.identityNumber),
                person.position, domain::vn::searchKey(person.name.fullName()),
                domain::personSortKey(person.name), person.id);
}

Result<domain::Person> PersonRepository::find(domain::RowId id) {
    auto people = selectAll<domain::Person>(
        db_, "SELECT " + std::string(PersonColumns) + " FROM person p WHERE p.id = ?", readPerson,
        id);
    if (!people)
        return std::unexpected(people.error());
    if (people->empty())
        return fail(
            ErrorCode::NotFound,
            QCoreApplication::translate("thidua::storage", "Person %1 does not exist").arg(id));
    return people->front();
}

Result<domain::RowId> PersonRepository::idOf(const QString& uuid) {
    auto ids = selectAll<domain::RowId>(
        db_, "SELECT id FROM person WHERE uuid = ?",
        [](const Statement& row) { return row.int64(0); }, uuid);
    if (!ids)
        return std::unexpected(ids.error());
    return ids->empty() ? domain::NoId : ids->front();
}

Status PersonRepository::remove(domain::RowId id) {
    return exec(db_, "DELETE FROM person WHERE id = ?", id);
}

Result<qint64> PersonRepository::count() {
    return selectInt(db_, "SELECT count(*) FROM person");
}

Result<qint64> PersonRepository::count(const QString& search, domain::RowId unitId) {
    auto planned = PeopleSearch::prepare(db_, search);
    if (!planned)
        return std::unexpected(planned.error());
    const PeopleSearch& people = *planned;
    // Unfiltered, the count can read the small unit index instead of every row.
    if (people.plan == PeopleSearch::Plan::Everyone && unitId == domain::NoId)
        return count();
    // The word index counts many matches without reading a single name.
    if (people.plan == PeopleSearch::Plan::ManyMatches && unitId == domain::NoId)
        return selectInt(db_, "SELECT count(*) FROM person_words WHERE person_words MATCH ?",
                         people.wordQuery);
    const ListScope scope = unitId == domain::NoId ? ListScope::all() : ListScope::unit(unitId);
    return selectInt(db_,
                     "SELECT count(*) FROM " + people.source(scope) + " WHERE " +
                         people.condition() + " AND (?2 = 0 OR p.unit_id = ?2)",
                     people.parameter(), unitId);
}

Result<std::vector<domain::Person>> PersonRepository::inUnit(domain::RowId unitId) {
    return selectAll<domain::Person>(db_,
                                     "SELECT " + std::string(PersonColumns) +
                                         " FROM person p WHERE p.unit_id = ? ORDER BY p.id",
                                     readPerson, unitId);
}

Status PersonRepository::setPosting(domain::RowId personId, domain::RowId unitId,
                                    const QString& position) {
    return exec(db_, "UPDATE person SET unit_id = ?, position = ? WHERE id = ?", nullIfNoId(unitId),
                domain::vn::normalized(position), personId);
}

Result<std::vector<domain::Person>> PersonRepository::findBySearchKey(const QString& fullName) {
    return selectAll<domain::Person>(db_,
                                     "SELECT " + std::string(PersonColumns) +
                                         " FROM person p WHERE p.search_key = ? ORDER BY p.id",
                                     readPerson, domain::vn::searchKey(fullName));
}

Result<std::vector<NamedPerson>> PersonRepository::findBySearchKeys(const QStringList& searchKeys) {
    // The keys travel as one JSON array: one statement for any number of them.
    // A file of many rows names most of the catalogue, so only what tells
    // people apart is read. For a few keys the index gives each key's people;
    // for many, reading the whole table in order and testing each key costs
    // less: finding a person by the index costs some seven times reading a row
    // in order (all 103,793 people of the large demo: 0.39 s against 0.055 s of
    // processor time), and a key names some 15 people there, so the table is
    // read when there are more keys than a hundredth of the people (max(id)
    // tells how many without counting them). Either way each key's people come
    // in id order.
    auto people = selectInt(db_, "SELECT coalesce(max(id), 0) FROM person");
    if (!people)
        return std::unexpected(people.error());
    const bool many = static_cast<qint64>(searchKeys.size()) * 100 > *people;
    auto read = [](const Statement& row) {
        NamedPerson found{row.text(0), {}};
        found.person.id = row.int64(1);
        found.person.name = domain::PersonName{row.text(2), row.text(3), row.text(4)};
        found.person.birthDate = row.date(5);
        found.person.unitId = row.int64(6);
        return found;
    };
    const QString keys = QString::fromUtf8(
        QJsonDocument(QJsonArray::fromStringList(searchKeys)).toJson(QJsonDocument::Compact));
    // The unary + keeps SQLite off the index.
    return selectAll<NamedPerson>(
        db_,
        std::string("SELECT p.search_key, p.id, p.family_name, p.middle_name, p.given_name,"
                    " p.birth_date, p.unit_id FROM person p WHERE ") +
            (many ? "+" : "") + "p.search_key IN (SELECT value FROM json_each(?))",
        read, keys);
}

} // namespace thidua::storage
