#include "award_service.h"

#include "audit_json.h"
#include "award_amount.h"
#include "award_listing.h"
#include "award_repository.h"
#include "initiative_repository.h"
#include "nomination_repository.h"
#include "person_repository.h"
#include "service_context.h"
#include "service_text.h"
#include "unit_repository.h"

#include <QJsonObject>

namespace thidua::services {

namespace {

// The subject must exist: a missing row is named, not left to a foreign key.
Status candidateExists(storage::Database& db, domain::RowId personId, domain::RowId unitId) {
    if (personId != domain::NoId) {
        auto person = storage::PersonRepository(db).find(personId);
        return person ? Status{} : std::unexpected(person.error());
    }
    auto unit = storage::UnitRepository(db).find(unitId);
    return unit ? Status{} : std::unexpected(unit.error());
}

} // namespace

Result<std::vector<domain::AwardType>> AwardService::catalogue(QDate on) {
    return storage::AwardRepository(context_.db).catalogue(on);
}

Result<qint64> AwardService::amountFor(const QString& awardCode, domain::TitleSubject subject,
                                       QDate decisionDate) {
    return awardAmountOn(context_.db, awardCode, subject, decisionDate);
}

Status AwardService::record(domain::Award& award, domain::RowId initiativeId) {
    award.awardCode = award.awardCode.trimmed().toUpper();
    return inTransaction(
        context_,
        [&]() -> Status {
            if (auto stored = insertAward(award); !stored)
                return stored;
            return initiativeId == domain::NoId ? Status{} : linkInitiative(initiativeId, award.id);
        },
        [&] {
            return AwardChanged{award.personId, award.unitId};
        });
}

Status AwardService::insertAward(domain::Award& award) {
    storage::AwardRepository awards(context_.db);
    auto type = awards.type(award.awardCode);
    if (!type)
        return std::unexpected(type.error());
    if (auto refusal = domain::awardRefusal(award, *type ? &**type : nullptr))
        return fail(ErrorCode::InvalidInput, *refusal);
    if (auto exists = candidateExists(context_.db, award.personId, award.unitId); !exists)
        return exists;
    if (award.amount == 0) {
        auto amount = amountFor(award.awardCode, award.subject(), award.decisionDate);
        if (!amount)
            return std::unexpected(amount.error());
        award.amount = *amount;
    }
    if (auto stored = awards.insert(award); !stored) {
        if (stored.error().code == ErrorCode::Conflict)
            return fail(ErrorCode::Conflict,
                        Text::tr("%1 for %2 is already recorded for this candidate.")
                            .arg((*type)->name)
                            .arg(award.year));
        return stored;
    }
    return storage::AuditLog(context_.db)
        .record(context_.audit(QStringLiteral("award"), award.uuid, storage::AuditAction::Create,
                               {}, toJson(award)));
}

Status AwardService::revoke(domain::RowId awardId, const QString& decision, QDate on,
                            const QString& reason) {
    return amend(awardId, [&](domain::Award& award) -> Status {
        if (auto refusal = domain::revocationRefusal(award, decision, on))
            return fail(ErrorCode::InvalidInput, *refusal);
        award.revokedBy = decision.trimmed();
        award.revokedOn = on;
        award.revocationReason = reason.trimmed();
        return {};
    });
}

Status AwardService::reinstate(domain::RowId awardId) {
    return amend(awardId, [](domain::Award& award) -> Status {
        if (!award.revoked())
            return fail(ErrorCode::InvalidInput, Text::tr("The award is not revoked."));
        award.revokedBy.clear();
        award.revokedOn = {};
        award.revocationReason.clear();
        return {};
    });
}

Status AwardService::amend(domain::RowId awardId,
                           const std::function<Status(domain::Award&)>& change) {
    domain::Award award;
    return inTransaction(
        context_,
        [&]() -> Status {
            storage::AwardRepository awards(context_.db);
            auto found = awards.find(awardId);
            if (!found)
                return std::unexpected(found.error());
            award = *found;
            if (auto changed = change(award); !changed)
                return changed;
            if (auto stored = awards.update(award); !stored) {
                // Only a revocation taken back can meet the standing twin.
                if (stored.error().code == ErrorCode::Conflict)
                    return fail(ErrorCode::Conflict,
                                Text::tr("The same award for %1 was recorded again after the "
                                         "revocation; it cannot stand twice.")
                                    .arg(award.year));
                return stored;
            }
            return storage::AuditLog(context_.db)
                .record(context_.audit(QStringLiteral("award"), award.uuid,
                                       storage::AuditAction::Update, toJson(*found),
                                       toJson(award)));
        },
        [&] {
            return AwardChanged{award.personId, award.unitId};
        });
}

Status AwardService::remove(domain::RowId awardId) {
    domain::Award award;
    return inTransaction(
        context_,
        [&]() -> Status {
            storage::AwardRepository awards(context_.db);
            auto found = awards.find(awardId);
            if (!found)
                return std::unexpected(found.error());
            auto deciding = awards.decidingNominations(awardId);
            if (!deciding)
                return std::unexpected(deciding.error());
            if (*deciding > 0)
                return fail(ErrorCode::Conflict,
                            Text::tr("The award of decision %1 settled a nomination; revoke it "
                                     "instead of deleting it.")
                                .arg(found->decisionNumber));
            award = *found;
            if (auto removed = awards.remove(awardId); !removed)
                return removed;
            return storage::AuditLog(context_.db)
                .record(context_.audit(QStringLiteral("award"), award.uuid,
                                       storage::AuditAction::Delete, toJson(award), {}));
        },
        [&] {
            return AwardChanged{award.personId, award.unitId};
        });
}

Result<domain::RowId> AwardService::idOf(const QString& uuid) {
    return storage::AwardRepository(context_.db).idOf(uuid);
}

Result<std::vector<domain::AwardEntry>> AwardService::awardsOf(int year) {
    return storage::listAwards(context_.db, year);
}

Result<std::vector<domain::AwardEntry>>
AwardService::awardsOf(int year, const std::vector<domain::RowId>& holders) {
    return storage::listAwards(context_.db, year, &holders);
}

Result<std::vector<domain::InitiativeEntry>> AwardService::initiativesOf(int year) {
    return storage::listInitiatives(context_.db, year);
}

Result<AwardHistory> AwardService::historyOfPerson(domain::RowId personId) {
    AwardHistory history;
    auto awards = storage::AwardRepository(context_.db).forPerson(personId);
    auto initiatives = storage::InitiativeRepository(context_.db).forPerson(personId);
    auto nominations = storage::NominationRepository(context_.db).forPerson(personId);
    auto catalogue = storage::AwardRepository(context_.db).catalogue(context_.clock.today());
    if (!awards || !initiatives || !nominations || !catalogue)
        return fail(ErrorCode::Storage, Text::tr("The award history could not be read."));
    return AwardHistory{std::move(*awards), std::move(*initiatives), std::move(*nominations),
                        std::move(*catalogue)};
}

Result<AwardHistory> AwardService::historyOf(domain::RowId personId, domain::RowId unitId) {
    return personId != domain::NoId ? historyOfPerson(personId) : historyOfUnit(unitId);
}

Result<AwardHistory> AwardService::historyOfUnit(domain::RowId unitId) {
    auto awards = storage::AwardRepository(context_.db).forUnit(unitId);
    auto nominations = storage::NominationRepository(context_.db).forUnit(unitId);
    auto catalogue = storage::AwardRepository(context_.db).catalogue(context_.clock.today());
    if (!awards || !nominations || !catalogue)
        return fail(ErrorCode::Storage, Text::tr("The award history could not be read."));
    return AwardHistory{std::move(*awards), {}, std::move(*nominations), std::move(*catalogue)};
}

} // namespace thidua::services
