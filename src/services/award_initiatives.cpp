// AwardService's initiatives: recorded with their authors, and tied to the
// award they were the ground of, once.
#include "audit_json.h"
#include "audit_log.h"
#include "award_repository.h"
#include "award_service.h"
#include "initiative_repository.h"
#include "person_repository.h"
#include "service_context.h"
#include "service_text.h"

namespace thidua::services {

Status AwardService::recordInitiative(domain::Initiative& initiative) {
    if (initiative.title.trimmed().isEmpty())
        return fail(ErrorCode::InvalidInput, Text::tr("Give the initiative's title."));
    if (initiative.authorIds.empty())
        return fail(
            ErrorCode::InvalidInput,
            Text::tr("Name at least one author of \"%1\".").arg(initiative.title.trimmed()));
    return inTransaction(
        context_,
        [&]() -> Status {
            for (domain::RowId author : initiative.authorIds)
                if (auto person = storage::PersonRepository(context_.db).find(author); !person)
                    return std::unexpected(person.error());
            if (auto stored = storage::InitiativeRepository(context_.db).insert(initiative);
                !stored)
                return stored;
            return storage::AuditLog(context_.db)
                .record(context_.audit(QStringLiteral("initiative"), initiative.uuid,
                                       storage::AuditAction::Create, {}, toJson(initiative)));
        },
        [&] {
            return AwardChanged{initiative.authorIds.front(), domain::NoId};
        });
}

Status AwardService::useInitiative(domain::RowId initiativeId, domain::RowId awardId) {
    domain::Award award;
    return inTransaction(
        context_,
        [&]() -> Status {
            auto found = storage::AwardRepository(context_.db).find(awardId);
            if (!found)
                return std::unexpected(found.error());
            award = *found;
            return linkInitiative(initiativeId, awardId);
        },
        [&] {
            return AwardChanged{award.personId, award.unitId};
        });
}

Status AwardService::linkInitiative(domain::RowId initiativeId, domain::RowId awardId) {
    storage::InitiativeRepository initiatives(context_.db);
    auto found = initiatives.find(initiativeId);
    if (!found)
        return std::unexpected(found.error());
    if (found->used() && found->usedByAwardId != awardId) {
        auto earlier = storage::AwardRepository(context_.db).find(found->usedByAwardId);
        return fail(
            ErrorCode::Conflict,
            Text::tr("The initiative \"%1\" was already the ground of the award "
                     "of decision %2; an initiative counts only once.")
                .arg(found->title, earlier ? earlier->decisionNumber : QStringLiteral("?")));
    }
    domain::Initiative initiative = *found;
    initiative.usedByAwardId = awardId;
    if (auto stored = initiatives.setUsedBy(initiativeId, awardId); !stored)
        return stored;
    return storage::AuditLog(context_.db)
        .record(context_.audit(QStringLiteral("initiative"), initiative.uuid,
                               storage::AuditAction::Update, toJson(*found), toJson(initiative)));
}

} // namespace thidua::services
