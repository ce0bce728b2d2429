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
    // Exact match on the search key of the full name (the index is used).
    Result<std::vector<domain::Person>> findBySearchKey(const QString& fullName);

private:
    Database& db_;
};

} // namespace thidua::storage
