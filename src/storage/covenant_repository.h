#pragma once

#include "covenant.h"
#include "result.h"

#include <optional>

namespace thidua::storage {

class Database;

// Covenants with their signatories and targets. Writes run inside the
// caller's transaction.
class CovenantRepository {
public:
    explicit CovenantRepository(Database& db)
        : db_(db) {}

    // Fills in id and, when empty, uuid.
    Status insert(domain::Covenant& covenant);
    // Date, place, signatories and targets; the cluster stays.
    Status update(const domain::Covenant& covenant);
    Status remove(domain::RowId covenantId);
    // Signatories in Vietnamese name order of the units.
    Result<domain::Covenant> find(domain::RowId covenantId);
    Result<std::optional<domain::Covenant>> forCluster(domain::RowId clusterId);
    Result<qint64> count();

private:
    Result<std::optional<domain::Covenant>> findWhere(std::string_view where, domain::RowId id);
    Status writeParts(const domain::Covenant& covenant);

    Database& db_;
};

} // namespace thidua::storage
