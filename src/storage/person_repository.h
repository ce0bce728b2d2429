#pragma once

#include "person.h"
#include "result.h"

#include <QByteArray>
#include <QString>

#include <vector>

namespace thidua::storage {

class Database;

class PersonRepository {
public:
    explicit PersonRepository(Database& db)
        : db_(db) {}

    Status insert(domain::Person& person);
    Result<domain::Person> find(domain::RowId id);
    Result<qint64> count();
    Result<qint64> count(const QString& search, domain::RowId unitId);
    // The people whose current unit this is, in id order.
    Result<std::vector<domain::Person>> inUnit(domain::RowId unitId);
    // The current posting, which person_assignment keeps the history of.
    Status setPosting(domain::RowId personId, domain::RowId unitId, const QString& position);
    // Exact match on the search key of the full name (the index is used).
    Result<std::vector<domain::Person>> findBySearchKey(const QString& fullName);

private:
    Database& db_;
};

} // namespace thidua::storage
