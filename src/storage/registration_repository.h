#pragma once

#include "person_name.h"
#include "registration.h"
#include "result.h"

#include <optional>
#include <vector>

namespace thidua::storage {

class Database;

// One person of a unit with one of their registrations in the period (or
// none: registrationId 0), for the registration sheet of a unit.
struct SheetRow {
    domain::RowId personId = domain::NoId;
    domain::PersonName name;
    QString position;
    domain::RowId registrationId = domain::NoId;
    QString titleCode;
    domain::RegistrationStatus status = domain::RegistrationStatus::Draft;
    QString returnReason;
};

struct UnitCoverage {
    qint64 staff = 0;
    qint64 registered = 0;
};

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
    Result<domain::Registration> find(domain::RowId id);
    // Status and return reason: the fields the workflow changes.
    Status updateStatus(const domain::Registration& registration);
    Status remove(domain::RowId id);
    Result<qint64> count();
    Result<RegistrationCounts> countsForPeriod(domain::RowId periodId);
    // Every registration of the period: what an import checks its rows against.
    Result<std::vector<domain::Registration>> inPeriod(domain::RowId periodId);
    // The registration of this subject for this title and period, if any.
    Result<std::optional<domain::Registration>> findSame(const domain::Registration& registration);
    // People of the unit and the units below it, and how many of them have a
    // registration in the period.
    Result<UnitCoverage> coverage(domain::RowId periodId, domain::RowId unitId);
    // The people of exactly this unit in list order, each with every
    // registration they have in the period (one row per registration).
    Result<std::vector<SheetRow>> unitSheet(domain::RowId periodId, domain::RowId unitId);
    // The person's registrations in the period, by title precedence.
    Result<std::vector<domain::Registration>> personRegistrations(domain::RowId periodId,
                                                                  domain::RowId personId);
    // People of exactly this unit without a registration for the title in the
    // period, in list order.
    Result<std::vector<domain::RowId>>
    unregisteredPeople(domain::RowId periodId, domain::RowId unitId, const QString& titleCode);

private:
    Database& db_;
};

} // namespace thidua::storage
