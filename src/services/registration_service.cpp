#include "registration_service.h"

#include "audit_json.h"
#include "period_opening.h"
#include "period_repository.h"
#include "person_repository.h"
#include "registration_refusals.h"
#include "registration_repository.h"
#include "registration_rules.h"
#include "service_context.h"
#include "service_text.h"
#include "title_lookup.h"
#include "title_repository.h"
#include "unit_repository.h"
#include "vietnamese_format.h"

#include <algorithm>
#include <optional>
#include <set>

namespace thidua::services {

namespace {

Result<domain::Title> findTitle(storage::Database& db, const QString& code) {
    auto titles = storage::TitleRepository(db).all();
    if (!titles)
        return std::unexpected(titles.error());
    const domain::Title* title = domain::findTitle(*titles, code);
    if (!title)
        return fail(ErrorCode::InvalidInput, Text::tr("There is no title \"%1\".").arg(code));
    return *title;
}

Result<QString> subjectName(storage::Database& db, const domain::Registration& registration) {
    if (registration.personId != domain::NoId) {
        auto person = storage::PersonRepository(db).find(registration.personId);
        if (!person)
            return std::unexpected(person.error());
        return person->name.fullName();
    }
    auto unit = storage::UnitRepository(db).find(registration.unitId);
    if (!unit)
        return std::unexpected(unit.error());
    return unit->name;
}

Status refusedInClosedPeriod(const domain::Period& period) {
    if (!period.closed)
        return {};
    return fail(
        ErrorCode::Conflict,
        Text::tr("The period %1 is closed; registrations can no longer change.").arg(period.label));
}

// Every rule of a new registration: the domain's, then "not twice".
Result<QString> checkNewRegistration(storage::Database& db, domain::Registration& registration,
                                     const domain::Period& period) {
    auto title = findTitle(db, registration.titleCode);
    if (!title)
        return std::unexpected(title.error());
    registration.titleCode = title->code;
    auto name = subjectName(db, registration);
    if (!name)
        return std::unexpected(name.error());
    if (auto refusal = domain::registrationRefusal(registration, *title, period, *name))
        return fail(ErrorCode::InvalidInput, *refusal);
    auto same = storage::RegistrationRepository(db).findSame(registration);
    if (!same)
        return std::unexpected(same.error());
    if (same->has_value())
        return fail(ErrorCode::Conflict,
                    alreadyRegistered(*name, *title, period, (*same)->registeredOn));
    return domain::lateRegistrationWarning(registration, period).value_or(QString());
}

// A registration written or removed together with its audit row.
Status insertAudited(ServiceContext& context, domain::Registration& registration) {
    if (auto inserted = storage::RegistrationRepository(context.db).insert(registration); !inserted)
        return inserted;
    return storage::AuditLog(context.db)
        .record(context.audit(QStringLiteral("registration"), registration.uuid,
                              storage::AuditAction::Create, {}, toJson(registration)));
}

Status removeAudited(ServiceContext& context, const domain::Registration& registration) {
    if (auto removed = storage::RegistrationRepository(context.db).remove(registration.id);
        !removed)
        return removed;
    return storage::AuditLog(context.db)
        .record(context.audit(QStringLiteral("registration"), registration.uuid,
                              storage::AuditAction::Delete, toJson(registration)));
}

} // namespace

Result<RegistrationOutcome> RegistrationService::registerTitle(domain::Registration registration) {
    auto period = storage::PeriodRepository(context_.db).find(registration.periodId);
    if (!period)
        return std::unexpected(period.error());
    auto warning = checkNewRegistration(context_.db, registration, *period);
    if (!warning)
        return std::unexpected(warning.error());
    auto ok = inTransaction(
        context_, [&] { return insertAudited(context_, registration); },
        [&] { return RegistrationChanged{registration.periodId}; });
    if (!ok)
        return std::unexpected(ok.error());
    return RegistrationOutcome{registration, *warning};
}

Result<BulkRegistration> RegistrationService::registerUnitStaff(domain::RowId unitId,
                                                                domain::RowId periodId,
                                                                const QString& titleCode,
                                                                QDate registeredOn) {
    auto period = storage::PeriodRepository(context_.db).find(periodId);
    if (!period)
        return std::unexpected(period.error());
    storage::RegistrationRepository registrations(context_.db);
    auto missing = registrations.unregisteredPeople(periodId, unitId, titleCode);
    auto staff = storage::PersonRepository(context_.db).count(QString(), unitId);
    if (!missing || !staff)
        return std::unexpected(!missing ? missing.error() : staff.error());
    BulkRegistration result;
    result.alreadyRegistered = static_cast<int>(*staff - static_cast<qint64>(missing->size()));
    auto ok = inTransaction(
        context_,
        [&]() -> Status {
            for (domain::RowId personId : *missing) {
                domain::Registration registration;
                registration.periodId = periodId;
                registration.personId = personId;
                registration.titleCode = titleCode;
                registration.registeredOn = registeredOn;
                auto warning = checkNewRegistration(context_.db, registration, *period);
                if (!warning)
                    return std::unexpected(warning.error());
                result.warning = *warning;
                if (auto inserted = insertAudited(context_, registration); !inserted)
                    return inserted;
                result.created.push_back(registration.id);
            }
            return {};
        },
        [&] { return RegistrationChanged{periodId}; });
    if (!ok)
        return std::unexpected(ok.error());
    return result;
}

Status RegistrationService::remove(const std::vector<domain::RowId>& ids) {
    std::optional<domain::RowId> periodId;
    auto ok = inTransaction(
        context_,
        [&]() -> Status {
            storage::RegistrationRepository registrations(context_.db);
            for (domain::RowId id : ids) {
                auto registration = registrations.find(id);
                if (!registration)
                    return std::unexpected(registration.error());
                auto period = storage::PeriodRepository(context_.db).find(registration->periodId);
                if (!period)
                    return std::unexpected(period.error());
                if (auto open = refusedInClosedPeriod(*period); !open)
                    return open;
                periodId = registration->periodId;
                if (auto removed = removeAudited(context_, *registration); !removed)
                    return removed;
            }
            return {};
        },
        [&] { return RegistrationChanged{periodId.value_or(domain::NoId)}; });
    return ok;
}

Status RegistrationService::changeStatus(domain::RowId id, domain::RegistrationStatus to,
                                         const QString& reason) {
    auto changed = changeStatuses({id}, to, reason);
    if (!changed)
        return std::unexpected(changed.error());
    return {};
}

Result<int> RegistrationService::changeStatuses(const std::vector<domain::RowId>& ids,
                                                domain::RegistrationStatus to,
                                                const QString& reason) {
    if (ids.empty())
        return 0;
    std::set<domain::RowId> periods;
    int changed = 0;
    std::optional<QString> firstRefusal;
    auto done = inTransaction(
        context_,
        [&]() -> Status {
            storage::RegistrationRepository registrations(context_.db);
            storage::PeriodRepository periodRepository(context_.db);
            for (domain::RowId id : ids) {
                auto before = registrations.find(id);
                if (!before)
                    return std::unexpected(before.error());
                if (!periods.contains(before->periodId)) {
                    auto period = periodRepository.find(before->periodId);
                    if (!period)
                        return std::unexpected(period.error());
                    if (auto open = refusedInClosedPeriod(*period); !open)
                        return open;
                    periods.insert(before->periodId);
                }
                if (auto refusal = domain::statusChangeRefusal(before->status, to, reason)) {
                    firstRefusal = firstRefusal.value_or(*refusal);
                    continue;
                }
                domain::Registration after = *before;
                after.status = to;
                after.returnReason =
                    to == domain::RegistrationStatus::Returned ? reason.trimmed() : QString();
                if (auto updated = registrations.updateStatus(after); !updated)
                    return updated;
                if (auto audited =
                        storage::AuditLog(context_.db)
                            .record(context_.audit(QStringLiteral("registration"), after.uuid,
                                                   storage::AuditAction::Update, toJson(*before),
                                                   toJson(after)));
                    !audited)
                    return audited;
                ++changed;
            }
            if (changed == 0 && firstRefusal)
                return fail(ErrorCode::InvalidInput, *firstRefusal);
            return {};
        },
        [&] { return RegistrationChanged{periods.empty() ? domain::NoId : *periods.begin()}; });
    if (!done)
        return std::unexpected(done.error());
    return changed;
}

Result<std::vector<SheetPerson>> RegistrationService::unitSheet(domain::RowId periodId,
                                                                domain::RowId unitId) {
    auto rows = storage::RegistrationRepository(context_.db).unitSheet(periodId, unitId);
    auto titles = storage::TitleRepository(context_.db).all();
    if (!rows || !titles)
        return std::unexpected(!rows ? rows.error() : titles.error());
    std::vector<SheetPerson> sheet;
    for (const storage::SheetRow& row : *rows) {
        if (sheet.empty() || sheet.back().personId != row.personId)
            sheet.push_back({row.personId, row.name.fullName(), row.position, {}});
        if (row.registrationId == domain::NoId)
            continue;
        const domain::Title* title = domain::findTitle(*titles, row.titleCode);
        sheet.back().registrations.push_back({row.registrationId, row.titleCode,
                                              title ? title->abbreviation : row.titleCode,
                                              row.status, row.returnReason});
    }
    return sheet;
}

Result<TitlesChange> RegistrationService::setTitles(domain::RowId periodId, domain::RowId personId,
                                                    const QStringList& typedTitles,
                                                    QDate registeredOn) {
    auto period = storage::PeriodRepository(context_.db).find(periodId);
    auto titles = storage::TitleRepository(context_.db).all();
    if (!period || !titles)
        return std::unexpected(!period ? period.error() : titles.error());
    if (auto open = refusedInClosedPeriod(*period); !open)
        return std::unexpected(open.error());
    TitlesChange change;
    for (const QString& typed : typedTitles) {
        if (typed.trimmed().isEmpty())
            continue;
        const domain::Title* title = domain::findTitle(*titles, typed);
        if (!title)
            return fail(ErrorCode::InvalidInput,
                        Text::tr("There is no title \"%1\".").arg(typed.trimmed()));
        if (!change.after.contains(title->code))
            change.after << title->code;
    }
    storage::RegistrationRepository registrations(context_.db);
    auto ok = inTransaction(
        context_,
        [&]() -> Status {
            auto sheet = registrations.personRegistrations(periodId, personId);
            if (!sheet)
                return std::unexpected(sheet.error());
            for (const domain::Registration& existing : *sheet) {
                change.before << existing.titleCode;
                if (change.after.contains(existing.titleCode))
                    continue;
                if (existing.status != domain::RegistrationStatus::Draft) {
                    const domain::Title* title = domain::findTitle(*titles, existing.titleCode);
                    return fail(ErrorCode::Conflict,
                                Text::tr("%1 is already \"%2\"; return it before taking it off.")
                                    .arg(title ? title->abbreviation : existing.titleCode,
                                         domain::registrationStatusName(existing.status)));
                }
                if (auto removed = removeAudited(context_, existing); !removed)
                    return removed;
            }
            for (const QString& code : change.after) {
                if (change.before.contains(code))
                    continue;
                domain::Registration registration;
                registration.periodId = periodId;
                registration.personId = personId;
                registration.titleCode = code;
                registration.registeredOn = registeredOn;
                auto warning = checkNewRegistration(context_.db, registration, *period);
                if (!warning)
                    return std::unexpected(warning.error());
                change.warning = *warning;
                if (auto inserted = insertAudited(context_, registration); !inserted)
                    return inserted;
            }
            return {};
        },
        [&] { return RegistrationChanged{periodId}; });
    if (!ok)
        return std::unexpected(ok.error());
    return change;
}

Result<Coverage> RegistrationService::coverage(domain::RowId periodId, domain::RowId unitId) {
    auto counts = storage::RegistrationRepository(context_.db).coverage(periodId, unitId);
    if (!counts)
        return std::unexpected(counts.error());
    return Coverage{counts->staff, counts->registered};
}

Result<std::vector<domain::Title>> RegistrationService::titlesFor(domain::RowId periodId,
                                                                  domain::TitleSubject subject) {
    auto period = storage::PeriodRepository(context_.db).find(periodId);
    if (!period)
        return std::unexpected(period.error());
    auto titles = storage::TitleRepository(context_.db).inForce(period->end);
    if (!titles)
        return std::unexpected(titles.error());
    std::erase_if(*titles, [&](const domain::Title& title) { return title.subject != subject; });
    return titles;
}

Result<domain::Period> RegistrationService::period(domain::RowId periodId) {
    return storage::PeriodRepository(context_.db).find(periodId);
}

Result<std::optional<domain::Period>> RegistrationService::yearPeriod(int year) {
    auto periods = storage::PeriodRepository(context_.db).all();
    if (!periods)
        return std::unexpected(periods.error());
    return storedPeriod(*periods, domain::calendarYear(year));
}

Status RegistrationService::setRegistrationDeadline(domain::RowId periodId, QDate deadline) {
    return updatePeriod(periodId, [&](domain::Period& period) -> Status {
        if (deadline.isValid() && !period.contains(deadline))
            return fail(ErrorCode::InvalidInput,
                        Text::tr("The deadline %1 is outside %2.")
                            .arg(domain::vn::formatDate(deadline), period.label));
        period.registrationDeadline = deadline;
        return {};
    });
}

Status RegistrationService::setClosed(domain::RowId periodId, bool closed) {
    return updatePeriod(periodId, [&](domain::Period& period) -> Status {
        period.closed = closed;
        return {};
    });
}

Status RegistrationService::updatePeriod(domain::RowId periodId,
                                         const std::function<Status(domain::Period&)>& change) {
    return inTransaction(
        context_,
        [&]() -> Status {
            storage::PeriodRepository periods(context_.db);
            auto before = periods.find(periodId);
            if (!before)
                return std::unexpected(before.error());
            domain::Period after = *before;
            if (auto changed = change(after); !changed)
                return changed;
            if (auto updated = periods.update(after); !updated)
                return updated;
            return storage::AuditLog(context_.db)
                .record(context_.audit(QStringLiteral("period"), after.uuid,
                                       storage::AuditAction::Update, toJson(*before),
                                       toJson(after)));
        },
        [&] { return RegistrationChanged{periodId}; });
}

} // namespace thidua::services
