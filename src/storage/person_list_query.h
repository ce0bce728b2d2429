#pragma once

#include "list_scope.h"
#include "person.h"
#include "result.h"

#include <QByteArray>
#include <QString>

#include <vector>

namespace thidua::storage {

class Database;

struct PersonListEntry {
    domain::Person person; // without the identity number, which lists never show
    QByteArray sortKey;
};

struct PersonListRequest {
    QString search; // words beginning words of the full name (PeopleSearch)
    ListScope scope;
    ListPosition after;
    int limit = 200;
};

// People of a scope in Vietnamese name order (given name, family, middle),
// one keyset page at a time: the page after a position costs what the first
// page costs.
class PersonListQuery {
public:
    explicit PersonListQuery(Database& db)
        : db_(db) {}

    Result<std::vector<PersonListEntry>> page(const PersonListRequest& request);

private:
    Database& db_;
};

} // namespace thidua::storage
