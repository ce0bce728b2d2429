#pragma once

#include "result.h"
#include "unit.h"

#include <vector>

namespace thidua::storage {

class Database;

class UnitRepository {
public:
    explicit UnitRepository(Database& db)
        : db_(db) {}

    // Fills in id and, when empty, uuid.
    Status insert(domain::Unit& unit);
    Status update(const domain::Unit& unit);
    Result<domain::Unit> find(domain::RowId id);
    Result<qint64> count();
    // Every unit in Vietnamese name order.
    Result<std::vector<domain::Unit>> all();
    Result<std::vector<domain::Unit>> children(domain::RowId parentId);
    // Whether unitId is ancestorId itself or somewhere below it.
    Result<bool> isWithin(domain::RowId unitId, domain::RowId ancestorId);
    // Conflict when anything still refers to the unit (the schema restricts).
    Status remove(domain::RowId id);

private:
    Database& db_;
};

} // namespace thidua::storage
