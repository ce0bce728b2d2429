#pragma once

#include "result.h"
#include "unit_history.h"

#include <vector>

namespace thidua::storage {

class Database;

// The past of units (former names, merges) and of people (postings).
class UnitHistoryRepository {
public:
    explicit UnitHistoryRepository(Database& db)
        : db_(db) {}

    Status addFormerName(domain::RowId unitId, const domain::FormerUnitName& former);
    // In the order they were used.
    Result<std::vector<domain::FormerUnitName>> formerNames(domain::RowId unitId);

    Status setMerged(domain::RowId unitId, domain::RowId intoId, const QString& decision);
    // NoId while the unit has not been merged.
    Result<domain::RowId> mergedInto(domain::RowId unitId);

    Status addAssignment(domain::Assignment& assignment);
    // Corrects the position a recorded posting names (a typing slip, not a
    // transfer).
    Status setAssignmentPosition(domain::RowId assignmentId, const QString& position);
    // Oldest first; the posting recorded before any transfer comes first.
    Result<std::vector<domain::Assignment>> assignments(domain::RowId personId);

private:
    Database& db_;
};

} // namespace thidua::storage
