#include "period_repository.h"

#include "query.h"
#include "uuid.h"

#include <QCoreApplication>

namespace thidua::storage {

namespace {

constexpr std::string_view PeriodColumns =
    "id, uuid, kind, start_date, end_date, label, closed, registration_deadline";

domain::Period readPeriod(const Statement& row) {
    domain::Period period;
    period.id = row.int64(0);
    period.uuid = row.text(1);
    domain::periodKindFromCode(row.text(2), &period.kind);
    period.start = row.date(3);
    period.end = row.date(4);
    period.label = row.text(5);
    period.closed = row.int64(6) != 0;
    period.registrationDeadline = row.date(7);
    return period;
}

} // namespace

Status PeriodRepository::ensure(domain::Period& period) {
    auto ok = exec(db_,
                   "INSERT INTO period (uuid, kind, start_date, end_date, label) VALUES"
                   " (?, ?, ?, ?, ?) ON CONFLICT (kind, start_date, end_date) DO NOTHING",
                   ensureUuid(period.uuid), domain::periodKindCode(period.kind), period.start,
                   period.end, period.label);
    if (!ok)
        return ok;
    auto stored = selectAll<domain::Period>(
        db_,
        "SELECT " + std::string(PeriodColumns) +
            " FROM period"
            " WHERE kind = ? AND start_date = ? AND end_date = ?",
        readPeriod, domain::periodKindCode(period.kind), period.start, period.end);
    if (!stored)
        return std::unexpected(stored.error());
    period = stored->front();
    return {};
}

Result<std::vector<domain::Period>> PeriodRepository::all() {
    return selectAll<domain::Period>(db_,
                                     "SELECT " + std::string(PeriodColumns) +
                                         " FROM period"
                                         " ORDER BY start_date, end_date",
                                     readPeriod);
}

Result<domain::Period> PeriodRepository::find(domain::RowId id) {
    auto found = selectAll<domain::Period>(
        db_, "SELECT " + std::string(PeriodColumns) + " FROM period WHERE id = ?", readPeriod, id);
    if (!found)
        return std::unexpected(found.error());
    if (found->empty())
        return fail(
            ErrorCode::NotFound,
            QCoreApplication::translate("thidua::storage", "Period %1 does not exist").arg(id));
    return found->front();
}

Status PeriodRepository::update(const domain::Period& period) {
    return exec(db_, "UPDATE period SET closed = ?, registration_deadline = ? WHERE id = ?",
                period.closed ? 1 : 0, period.registrationDeadline, period.id);
}

Result<std::vector<int>> PeriodRepository::years() {
    return selectAll<int>(
        db_,
        "SELECT CAST(substr(start_date, 1, 4) AS INTEGER) FROM period WHERE kind = 'year'"
        " ORDER BY start_date DESC",
        [](const Statement& row) { return static_cast<int>(row.int64(0)); });
}

} // namespace thidua::storage
