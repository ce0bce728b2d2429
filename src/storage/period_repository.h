#pragma once

#include "period.h"
#include "result.h"

#include <vector>

namespace thidua::storage {

class Database;

class PeriodRepository {
public:
    explicit PeriodRepository(Database& db)
        : db_(db) {}

    // The stored period with the same kind, start and end, created if missing;
    // fills in id and uuid.
    Status ensure(domain::Period& period);
    Result<std::vector<domain::Period>> all();
    Result<domain::Period> find(domain::RowId id);
    // Closing, reopening and the registration deadline.
    Status update(const domain::Period& period);
    // Calendar years that have a "year" period, newest first.
    Result<std::vector<int>> years();

private:
    Database& db_;
};

} // namespace thidua::storage
