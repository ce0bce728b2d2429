#include "movement_repository.h"

#include "ordered_text.h"
#include "query.h"
#include "uuid.h"
#include "vietnamese_text.h"

#include <QCoreApplication>

namespace thidua::storage {

namespace {

constexpr OrderedTextTable Targets{"movement_target", "movement_id"};

constexpr std::string_view SelectMovement =
    "SELECT m.id, m.uuid, m.name, m.kind, m.launcher_id, m.period_id, m.launched_on, m.document"
    " FROM movement m JOIN period p ON p.id = m.period_id ";

domain::Movement readMovement(const Statement& row) {
    domain::Movement movement;
    movement.id = row.int64(0);
    movement.uuid = row.text(1);
    movement.name = row.text(2);
    movement.kind =
        domain::movementKindFromCode(row.text(3)).value_or(domain::MovementKind::Regular);
    movement.launcherId = row.int64(4);
    movement.periodId = row.int64(5);
    movement.launchedOn = row.date(6);
    movement.document = row.text(7);
    return movement;
}

domain::Milestone readMilestone(const Statement& row) {
    return {static_cast<int>(row.int64(0)),
            domain::reviewKindFromCode(row.text(1)).value_or(domain::ReviewKind::MidYear),
            row.date(2)};
}

} // namespace

Status MovementRepository::insert(domain::Movement& movement) {
    movement.uuid = ensureUuid(movement.uuid);
    auto ok = exec(db_,
                   "INSERT INTO movement (uuid, name, kind, launcher_id, period_id, launched_on,"
                   " document) VALUES (?, ?, ?, ?, ?, ?, ?)",
                   movement.uuid, domain::vn::normalized(movement.name),
                   domain::movementKindCode(movement.kind), movement.launcherId, movement.periodId,
                   movement.launchedOn, domain::vn::normalized(movement.document));
    if (!ok)
        return ok;
    movement.id = db_.lastInsertId();
    return writeParts(movement);
}

Status MovementRepository::update(const domain::Movement& movement) {
    if (auto ok =
            exec(db_,
                 "UPDATE movement SET name = ?, kind = ?, launcher_id = ?, period_id = ?,"
                 " launched_on = ?, document = ? WHERE id = ?",
                 domain::vn::normalized(movement.name), domain::movementKindCode(movement.kind),
                 movement.launcherId, movement.periodId, movement.launchedOn,
                 domain::vn::normalized(movement.document), movement.id);
        !ok)
        return ok;
    return writeParts(movement);
}

Status MovementRepository::remove(domain::RowId movementId) {
    return exec(db_, "DELETE FROM movement WHERE id = ?", movementId);
}

Result<domain::Movement> MovementRepository::find(domain::RowId movementId) {
    auto rows = selectAll<domain::Movement>(db_, std::string(SelectMovement) + "WHERE m.id = ?",
                                            readMovement, movementId);
    if (!rows)
        return std::unexpected(rows.error());
    if (rows->empty())
        return fail(ErrorCode::NotFound,
                    QCoreApplication::translate("thidua::storage", "Movement %1 does not exist")
                        .arg(movementId));
    if (auto ok = complete(rows->front()); !ok)
        return std::unexpected(ok.error());
    return std::move(rows->front());
}

Result<std::vector<domain::Movement>> MovementRepository::during(int year) {
    const QString first = year > 0 ? QStringLiteral("%1-01-01").arg(year) : QString();
    const QString last = year > 0 ? QStringLiteral("%1-12-31").arg(year) : QString();
    auto rows = selectAll<domain::Movement>(
        db_,
        std::string(SelectMovement) +
            "WHERE ? IS NULL OR (p.start_date <= ? AND p.end_date >= ?)"
            " ORDER BY p.start_date, p.end_date, m.name COLLATE vietnamese, m.id",
        readMovement, nullIfEmpty(first), last, first);
    if (!rows)
        return std::unexpected(rows.error());
    for (domain::Movement& movement : *rows)
        if (auto ok = complete(movement); !ok)
            return std::unexpected(ok.error());
    return rows;
}

Result<qint64> MovementRepository::count() {
    return selectInt(db_, "SELECT count(*) FROM movement");
}

Status MovementRepository::complete(domain::Movement& movement) {
    auto targets = orderedText(db_, Targets, movement.id);
    auto participants = selectAll<domain::RowId>(
        db_,
        "SELECT p.unit_id FROM movement_participant p JOIN unit u ON u.id = p.unit_id"
        " WHERE p.movement_id = ? ORDER BY u.sort_key, u.id",
        [](const Statement& row) { return row.int64(0); }, movement.id);
    auto milestones = selectAll<domain::Milestone>(
        db_,
        "SELECT year, kind, review_on FROM movement_milestone WHERE movement_id = ?"
        " ORDER BY year, kind = 'year_end_review'",
        readMilestone, movement.id);
    if (!targets)
        return std::unexpected(targets.error());
    if (!participants || !milestones)
        return std::unexpected(!participants ? participants.error() : milestones.error());
    movement.targets = std::move(*targets);
    movement.participantIds = std::move(*participants);
    movement.milestones = std::move(*milestones);
    return {};
}

Status MovementRepository::writeParts(const domain::Movement& movement) {
    if (auto ok = replaceOrderedText(db_, Targets, movement.id, movement.targets); !ok)
        return ok;
    if (auto ok = exec(db_, "DELETE FROM movement_participant WHERE movement_id = ?", movement.id);
        !ok)
        return ok;
    for (domain::RowId unitId : movement.participantIds)
        if (auto ok =
                exec(db_, "INSERT INTO movement_participant (movement_id, unit_id) VALUES (?, ?)",
                     movement.id, unitId);
            !ok)
            return ok;
    if (auto ok = exec(db_, "DELETE FROM movement_milestone WHERE movement_id = ?", movement.id);
        !ok)
        return ok;
    for (const domain::Milestone& milestone : movement.milestones)
        if (auto ok = exec(db_,
                           "INSERT INTO movement_milestone (movement_id, year, kind, review_on)"
                           " VALUES (?, ?, ?, ?)",
                           movement.id, milestone.year, domain::reviewKindCode(milestone.kind),
                           milestone.date);
            !ok)
            return ok;
    return {};
}

} // namespace thidua::storage
