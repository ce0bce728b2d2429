#include "registration_repository.h"

#include "query.h"
#include "uuid.h"

#include <QCoreApplication>

#include <array>

namespace thidua::storage {

namespace {

constexpr std::array<const char16_t*, 4> statusCodes{u"draft", u"submitted", u"accepted",
                                                     u"returned"};

QString statusCode(domain::RegistrationStatus status) {
    return QString::fromUtf16(statusCodes[static_cast<std::size_t>(status)]);
}

domain::RegistrationStatus statusFromCode(const QString& code) {
    for (std::size_t i = 0; i < statusCodes.size(); ++i)
        if (code == QString::fromUtf16(statusCodes[i]))
            return static_cast<domain::RegistrationStatus>(i);
    return domain::RegistrationStatus::Draft;
}

constexpr std::string_view RegistrationColumns =
    "id, uuid, period_id, coalesce(person_id, 0), coalesce(unit_id, 0), title_code, status,"
    " coalesce(return_reason, ''), registered_on";

domain::Registration readRegistration(const Statement& row) {
    return {row.int64(0),
            row.text(1),
            row.int64(2),
            row.int64(3),
            row.int64(4),
            row.text(5),
            statusFromCode(row.text(6)),
            row.text(7),
            row.date(8)};
}

// The unit and every unit below it.
constexpr std::string_view SubtreeOfUnit =
    "WITH RECURSIVE subtree(id) AS (SELECT ?2 UNION ALL"
    " SELECT u.id FROM unit u JOIN subtree s ON u.parent_id = s.id) ";

} // namespace

Status RegistrationRepository::insert(domain::Registration& registration) {
    registration.uuid = ensureUuid(registration.uuid);
    auto ok = exec(
        db_,
        "INSERT INTO registration (uuid, period_id, person_id, unit_id, title_code, status,"
        " return_reason, registered_on) VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
        registration.uuid, registration.periodId, nullIfNoId(registration.personId),
        nullIfNoId(registration.unitId), registration.titleCode, statusCode(registration.status),
        nullIfEmpty(registration.returnReason), registration.registeredOn);
    if (ok)
        registration.id = db_.lastInsertId();
    return ok;
}

Result<domain::Registration> RegistrationRepository::find(domain::RowId id) {
    auto found = selectAll<domain::Registration>(
        db_, "SELECT " + std::string(RegistrationColumns) + " FROM registration WHERE id = ?",
        readRegistration, id);
    if (!found)
        return std::unexpected(found.error());
    if (found->empty())
        return fail(ErrorCode::NotFound,
                    QCoreApplication::translate("thidua::storage", "Registration %1 does not exist")
                        .arg(id));
    return found->front();
}

Status RegistrationRepository::updateStatus(const domain::Registration& registration) {
    return exec(db_, "UPDATE registration SET status = ?, return_reason = ? WHERE id = ?",
                statusCode(registration.status), nullIfEmpty(registration.returnReason),
                registration.id);
}

Status RegistrationRepository::remove(domain::RowId id) {
    return exec(db_, "DELETE FROM registration WHERE id = ?", id);
}

Result<std::optional<domain::Registration>>
RegistrationRepository::findSame(const domain::Registration& registration) {
    auto found = selectAll<domain::Registration>(
        db_,
        "SELECT " + std::string(RegistrationColumns) +
            " FROM registration WHERE period_id = ?1 AND title_code = ?2 AND"
            " (person_id = ?3 OR unit_id = ?4)",
        readRegistration, registration.periodId, registration.titleCode,
        nullIfNoId(registration.personId), nullIfNoId(registration.unitId));
    if (!found)
        return std::unexpected(found.error());
    if (found->empty())
        return std::optional<domain::Registration>();
    return std::optional<domain::Registration>(found->front());
}

Result<std::vector<domain::Registration>> RegistrationRepository::inPeriod(domain::RowId periodId) {
    return selectAll<domain::Registration>(db_,
                                           "SELECT " + std::string(RegistrationColumns) +
                                               " FROM registration WHERE period_id = ?",
                                           readRegistration, periodId);
}

Result<UnitCoverage> RegistrationRepository::coverage(domain::RowId periodId,
                                                      domain::RowId unitId) {
    auto rows = selectAll<UnitCoverage>(
        db_,
        std::string(SubtreeOfUnit) +
            "SELECT count(*), count(*) FILTER (WHERE EXISTS (SELECT 1 FROM registration r"
            " WHERE r.period_id = ?1 AND r.person_id = p.id))"
            " FROM person p WHERE p.unit_id IN subtree",
        [](const Statement& row) {
            return UnitCoverage{row.int64(0), row.int64(1)};
        },
        periodId, unitId);
    if (!rows)
        return std::unexpected(rows.error());
    return rows->front();
}

Result<std::vector<domain::RowId>>
RegistrationRepository::unregisteredPeople(domain::RowId periodId, domain::RowId unitId,
                                           const QString& titleCode) {
    return selectAll<domain::RowId>(
        db_,
        "SELECT p.id FROM person p WHERE p.unit_id = ?2 AND NOT EXISTS (SELECT 1 FROM"
        " registration r WHERE r.period_id = ?1 AND r.person_id = p.id AND r.title_code = ?3)"
        " ORDER BY p.sort_key, p.id",
        [](const Statement& row) { return row.int64(0); }, periodId, unitId, titleCode);
}

Result<std::vector<SheetRow>> RegistrationRepository::unitSheet(domain::RowId periodId,
                                                                domain::RowId unitId) {
    return selectAll<SheetRow>(
        db_,
        "SELECT p.id, p.family_name, p.middle_name, p.given_name, p.position,"
        " coalesce(r.id, 0), coalesce(r.title_code, ''), coalesce(r.status, 'draft'),"
        " coalesce(r.return_reason, '') FROM person p LEFT JOIN registration r"
        " ON r.person_id = p.id AND r.period_id = ?1 LEFT JOIN title t ON t.code = r.title_code"
        " WHERE p.unit_id = ?2 ORDER BY p.sort_key, p.id, t.precedence",
        [](const Statement& row) {
            return SheetRow{row.int64(0), {row.text(1), row.text(2), row.text(3)},
                            row.text(4),  row.int64(5),
                            row.text(6),  statusFromCode(row.text(7)),
                            row.text(8)};
        },
        periodId, unitId);
}

Result<std::vector<domain::Registration>>
RegistrationRepository::personRegistrations(domain::RowId periodId, domain::RowId personId) {
    return selectAll<domain::Registration>(
        db_,
        "SELECT " + std::string(RegistrationColumns) +
            " FROM registration r JOIN title t ON t.code = r.title_code"
            " WHERE r.period_id = ? AND r.person_id = ? ORDER BY t.precedence",
        readRegistration, periodId, personId);
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
