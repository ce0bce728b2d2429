#include "registration_repository.h"

#include "query.h"
#include "uuid.h"

#include <array>

namespace thidua::storage {

namespace {

constexpr std::array<const char16_t*, 4> statusCodes{u"draft", u"submitted", u"accepted",
                                                     u"returned"};

} // namespace

Status RegistrationRepository::insert(domain::Registration& registration) {
    registration.uuid = ensureUuid(registration.uuid);
    auto ok =
        exec(db_,
             "INSERT INTO registration (uuid, period_id, person_id, unit_id, title_code, status,"
             " return_reason, registered_on) VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
             registration.uuid, registration.periodId, nullIfNoId(registration.personId),
             nullIfNoId(registration.unitId), registration.titleCode,
             QString::fromUtf16(statusCodes[static_cast<std::size_t>(registration.status)]),
             nullIfEmpty(registration.returnReason), registration.registeredOn);
    if (ok)
        registration.id = db_.lastInsertId();
    return ok;
}

Result<qint64> RegistrationRepository::count() {
    return selectInt(db_, "SELECT count(*) FROM registration");
}

Result<RegistrationCounts> RegistrationRepository::countsForPeriod(domain::RowId periodId) {
    auto statement = bound(db_,
                           // Each count reads only the period's entries of a covering
                           // index, never the 1,000,000-row table (see performance.md).
                           "SELECT count(*), count(DISTINCT person_id),"
                           " (SELECT count(*) FROM registration"
                           "  WHERE period_id = ?1 AND unit_id IS NOT NULL)"
                           " FROM registration WHERE period_id = ?1 AND person_id IS NOT NULL",
                           periodId);
    if (!statement)
        return std::unexpected(statement.error());
    RegistrationCounts counts;
    auto ok = forEachRow(**statement, [&](const Statement& row) {
        counts = RegistrationCounts{row.int64(0), row.int64(2), row.int64(1)};
    });
    if (!ok)
        return std::unexpected(ok.error());
    return counts;
}

} // namespace thidua::storage
