#pragma once

#include "person.h"
#include "result.h"

#include <QByteArray>
#include <QString>
#include <QStringList>

#include <vector>

namespace thidua::storage {

class Database;

// A person as an import tells them apart: id, name, date of birth and unit
// (the other fields are left empty), with the search key of the name.
struct NamedPerson {
    QString searchKey;
    domain::Person person;
};

class PersonRepository {
public:
    explicit PersonRepository(Database& db)
        : db_(db) {}

    Status insert(domain::Person& person);
    // Name, gender, date of birth, identity number and position, with the
    // name's search and sort keys (the word index follows by trigger); the
    // unit changes only through setPosting.
    Status update(domain::Person& person);
    Result<domain::Person> find(domain::RowId id);
    // NoId when no person has this uuid.
    Result<domain::RowId> idOf(const QString& uuid);
    // Conflict while a registration names the person (the schema restricts).
    Status remove(domain::RowId id);
    Result<qint64> count();
    Result<qint64> count(const QString& search, domain::RowId unitId);
    // The people whose current unit this is, in id order.
    Result<std::vector<domain::Person>> inUnit(domain::RowId unitId);
    // The current posting, which person_assignment keeps the history of.
    Status setPosting(domain::RowId personId, domain::RowId unitId, const QString& position);
    // Exact match on the search key of the full name (the index is used).
    Result<std::vector<domain::Person>> findBySearchKey(const QString& fullName);
    // Everyone whose full name has one of these search keys, in one query
    // however many keys (by the index, or in table order for very many):
    // what an import of many rows looks up.
    Result<std::vector<NamedPerson>> findBySearchKeys(const QStringList& searchKeys);

private:
    Database& db_;
};

} // namespace thidua::storage
