#pragma once

#include "movement.h"
#include "result.h"

#include <vector>

namespace thidua::storage {

class Database;

// Movements with their targets, participants and milestones. Writes run
// inside the caller's transaction.
class MovementRepository {
public:
    explicit MovementRepository(Database& db)
        : db_(db) {}

    // Fills in id and, when empty, uuid.
    Status insert(domain::Movement& movement);
    // Every field and part, replaced.
    Status update(const domain::Movement& movement);
    Status remove(domain::RowId movementId);
    // Participants in Vietnamese name order of the units, milestones by year.
    Result<domain::Movement> find(domain::RowId movementId);
    // Movements whose period overlaps the year (0: every movement), by period
    // start, then name.
    Result<std::vector<domain::Movement>> during(int year);
    Result<qint64> count();

private:
    Status complete(domain::Movement& movement);
    Status writeParts(const domain::Movement& movement);

    Database& db_;
};

} // namespace thidua::storage
