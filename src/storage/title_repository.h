#pragma once

#include "result.h"
#include "title.h"

#include <vector>

namespace thidua::storage {

class Database;

// Read access to the title rule data seeded by the migrations.
class TitleRepository {
public:
    explicit TitleRepository(Database& db)
        : db_(db) {}

    // Titles in force on the given date, by subject then precedence.
    Result<std::vector<domain::Title>> inForce(QDate date);
    // Every title, whatever its dates.
    Result<std::vector<domain::Title>> all();

private:
    Database& db_;
};

} // namespace thidua::storage
