#pragma once

#include "criteria_table.h"
#include "result.h"

#include <optional>

namespace thidua::storage {

class Database;

// Organisers' criteria tables with their criteria in print order and their
// rating bands. Writes run inside the caller's transaction.
class CriteriaTableRepository {
public:
    explicit CriteriaTableRepository(Database& db)
        : db_(db) {}

    // Fills in id and, when empty, uuid.
    Status insert(domain::CriteriaTable& table);
    // Replaces everything but the organiser, the year and the uuid.
    Status update(const domain::CriteriaTable& table);
    Status remove(domain::RowId tableId);
    Result<domain::CriteriaTable> find(domain::RowId tableId);
    Result<std::optional<domain::CriteriaTable>> forOrganiser(domain::RowId organiserId, int year);
    // Points already given against the table, by any cluster of its
    // organiser and year.
    Result<qint64> scoreCount(domain::RowId tableId);

private:
    Status writeParts(const domain::CriteriaTable& table);
    Result<std::optional<domain::CriteriaTable>> findWhere(std::string_view where,
                                                           domain::RowId first, int second);

    Database& db_;
};

} // namespace thidua::storage
