#pragma once

#include "initiative.h"
#include "result.h"

#include <vector>

namespace thidua::storage {

class Database;

// Initiatives and research with their authors and the award that used them.
class InitiativeRepository {
public:
    explicit InitiativeRepository(Database& db)
        : db_(db) {}

    Status insert(domain::Initiative& initiative);
    Result<domain::Initiative> find(domain::RowId id);
    // Those the person wrote or co-wrote, oldest first.
    Result<std::vector<domain::Initiative>> forPerson(domain::RowId personId);
    // The award that used it as its ground; NoId frees it again.
    Status setUsedBy(domain::RowId initiativeId, domain::RowId awardId);

private:
    Result<std::vector<domain::Initiative>> selectWhere(std::string_view where, domain::RowId id);
    Database& db_;
};

} // namespace thidua::storage
