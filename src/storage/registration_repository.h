#pragma once

#include "registration.h"
#include "result.h"

namespace thidua::storage {

class Database;

struct RegistrationCounts {
    qint64 individuals = 0;
    qint64 collectives = 0;
    qint64 distinctPeople = 0;
};

class RegistrationRepository {
public:
    explicit RegistrationRepository(Database& db)
        : db_(db) {}

    // Fills in id and, when empty, uuid. A second registration of the same
    // subject for the same title and period is refused as a conflict.
    Status insert(domain::Registration& registration);
    Result<qint64> count();
    Result<RegistrationCounts> countsForPeriod(domain::RowId periodId);

private:
    Database& db_;
};

} // namespace thidua::storage
