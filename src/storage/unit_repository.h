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

private:
    Database& db_;
};

} // namespace thidua::storage
