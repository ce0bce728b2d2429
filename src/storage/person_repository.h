#pragma once

#include "person.h"
#include "result.h"

#include <QByteArray>
#include <QString>
#include <QStringList>

#include <vector>

namespace thidua::storage {

class Database;

// A person as a list shows them: with the unit's name.
struct PersonListRow {
    domain::Person person;
    QString unitName;
    QByteArray sortKey;
};

// A person as an import tells them apart: id, name, date of birth and unit
// (the other fields are left empty), with the search key of the name.
struct NamedPerson {
    QString searchKey;
    domain::Person person;
};

// One page of a people list in Vietnamese order (given name, family, middle).
// Keyset paging: the next page starts after the last row's (sortKey, id), so
// page 1,000 costs what page 1 costs.
struct PersonPageRequest {
    QString search; // matched anywhere in the name, without diacritics
    domain::RowId unitId = domain::NoId;
    QByteArray afterSortKey;
    domain::RowId afterId = domain::NoId;
    int limit = 200;
};

class PersonRepository {
public:
    explicit PersonRepository(Database& db)
        : db_(db) {}

    Status insert(domain::Person& person);
    Result<domain::Person> find(domain::RowId id);
    Result<qint64> count();
    Result<qint64> count(const QString& search, domain::RowId unitId);
    Result<std::vector<PersonListRow>> page(const PersonPageRequest& request);
    // Exact match on the search key of the full name (the index is used).
    Result<std::vector<domain::Person>> findBySearchKey(const QString& fullName);
    // Everyone whose full name has one of these search keys, in one indexed
    // query however many keys: what an import of many rows looks up.
    Result<std::vector<NamedPerson>> findBySearchKeys(const QStringList& searchKeys);

private:
    Database& db_;
};

} // namespace thidua::storage
