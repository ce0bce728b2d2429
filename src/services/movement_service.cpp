#include "movement_service.h"

#include "audit_json.h"
#include "movement_repository.h"
#include "movement_rules.h"
#include "period_opening.h"
#include "period_repository.h"
#include "service_context.h"
#include "unit_names.h"
#include "vietnamese_text.h"

namespace thidua::services {

namespace {

Status audit(ServiceContext& context, const QString& uuid, storage::AuditAction action,
             QJsonObject before, QJsonObject after) {
    return storage::AuditLog(context.db)
        .record(context.audit(QStringLiteral("movement"), uuid, action, std::move(before),
                              std::move(after)));
}

// Tidies the movement as it will be stored and checks it against its period.
Status prepare(storage::Database& db, domain::Movement& movement) {
    movement.name = domain::vn::normalized(movement.name);
    movement.document = domain::vn::normalized(movement.document);
    movement.targets = domain::tidyTargets(movement.targets);
    domain::sortMilestones(movement.milestones);
    auto period = storage::PeriodRepository(db).find(movement.periodId);
    if (!period)
        return std::unexpected(period.error());
    if (auto refusal = domain::movementRefusal(movement, *period, unitNames(db)))
        return fail(ErrorCode::InvalidInput, *refusal);
    std::vector<domain::RowId> units = movement.participantIds;
    units.push_back(movement.launcherId);
    return requireUnits(db, units);
}

} // namespace

Result<std::vector<domain::Movement>> MovementService::movements(int year) {
    return storage::MovementRepository(context_.db).during(year);
}

Result<domain::Movement> MovementService::movement(domain::RowId movementId) {
    return storage::MovementRepository(context_.db).find(movementId);
}

Result<domain::Period> MovementService::openPeriod(const domain::Period& period) {
    domain::Period opened;
    // Periods have no event of their own; the registration views reload on
    // RegistrationChanged, as when a period is closed.
    auto ok = inTransaction(
        context_,
        [&]() -> Status {
            auto stored = services::openPeriod(context_, period);
            if (!stored)
                return std::unexpected(stored.error());
            opened = *stored;
            return {};
        },
        [&] { return RegistrationChanged{opened.id}; });
    if (!ok)
        return std::unexpected(ok.error());
    return opened;
}

Result<domain::Movement> MovementService::create(domain::Movement movement) {
    movement.id = domain::NoId;
    auto ok = inTransaction(
        context_,
        [&]() -> Status {
            if (auto prepared = prepare(context_.db, movement); !prepared)
                return prepared;
            if (auto inserted = storage::MovementRepository(context_.db).insert(movement);
                !inserted)
                return inserted;
            return audit(context_, movement.uuid, storage::AuditAction::Create, {},
                         toJson(movement));
        },
        [&] { return MovementChanged{movement.id}; });
    if (!ok)
        return std::unexpected(ok.error());
    return movement;
}

Status MovementService::update(domain::Movement movement) {
    return inTransaction(
        context_,
        [&]() -> Status {
            storage::MovementRepository movements(context_.db);
            auto before = movements.find(movement.id);
            if (!before)
                return std::unexpected(before.error());
            movement.uuid = before->uuid;
            if (auto prepared = prepare(context_.db, movement); !prepared)
                return prepared;
            if (auto updated = movements.update(movement); !updated)
                return updated;
            auto after = movements.find(movement.id);
            if (!after)
                return std::unexpected(after.error());
            return audit(context_, movement.uuid, storage::AuditAction::Update, toJson(*before),
                         toJson(*after));
        },
        [&] { return MovementChanged{movement.id}; });
}

Status MovementService::remove(domain::RowId movementId) {
    return inTransaction(
        context_,
        [&]() -> Status {
            storage::MovementRepository movements(context_.db);
            auto before = movements.find(movementId);
            if (!before)
                return std::unexpected(before.error());
            if (auto removed = movements.remove(movementId); !removed)
                return removed;
            return audit(context_, before->uuid, storage::AuditAction::Delete, toJson(*before), {});
        },
        [&] { return MovementChanged{movementId}; });
}

} // namespace thidua::services
