#include "reorganisation_service.h"

#include "audit_json.h"
#include "person_repository.h"
#include "service_context.h"
#include "service_text.h"
#include "unit_history_repository.h"
#include "unit_repository.h"
#include "vietnamese_text.h"

namespace thidua::services {

namespace {

Status refuse(const std::optional<QString>& refusal) {
    if (refusal)
        return fail(ErrorCode::InvalidInput, *refusal);
    return {};
}

// The person's postings, with the current one as the first record when no
// transfer has been recorded yet.
Result<std::vector<domain::Assignment>> postingsOf(storage::Database& db,
                                                   const domain::Person& person) {
    auto history = storage::UnitHistoryRepository(db).assignments(person.id);
    if (history && history->empty() && person.unitId != domain::NoId)
        history->push_back({domain::NoId, person.id, person.unitId, person.position, {}, {}});
    return history;
}

Status recordUnitUpdate(ServiceContext& context, const domain::Unit& before,
                        const domain::Unit& after) {
    return storage::AuditLog(context.db)
        .record(context.audit(QStringLiteral("unit"), after.uuid, storage::AuditAction::Update,
                              toJson(before), toJson(after)));
}

// Records the move of one person: the posting before the records first, when
// there is none yet, then the new one; the person row follows the latest.
Status movePerson(ServiceContext& context, const domain::Person& person, domain::RowId unitId,
                  const QString& position, const Effective& effective) {
    storage::UnitHistoryRepository history(context.db);
    auto recorded = history.assignments(person.id);
    if (!recorded)
        return std::unexpected(recorded.error());
    if (recorded->empty() && person.unitId != domain::NoId) {
        domain::Assignment before{domain::NoId, person.id, person.unitId, person.position, {}, {}};
        if (auto ok = history.addAssignment(before); !ok)
            return ok;
    }
    domain::Assignment posting{domain::NoId, person.id,
                               unitId,       domain::vn::normalized(position),
                               effective.on, effective.decision};
    if (auto ok = history.addAssignment(posting); !ok)
        return ok;
    storage::PersonRepository people(context.db);
    if (auto ok = people.setPosting(person.id, unitId, posting.position); !ok)
        return ok;
    domain::Person after = person;
    after.unitId = unitId;
    after.position = posting.position;
    return storage::AuditLog(context.db)
        .record(context.audit(QStringLiteral("person"), person.uuid, storage::AuditAction::Update,
                              toJson(person), toJson(after)));
}

} // namespace

Status ReorganisationService::renameUnit(domain::RowId unitId, const QString& newName,
                                         const Effective& effective) {
    if (domain::vn::normalized(newName).isEmpty())
        return fail(ErrorCode::InvalidInput, Text::tr("The unit name must not be empty"));
    return inTransaction(
        context_,
        [&]() -> Status {
            storage::UnitRepository units(context_.db);
            storage::UnitHistoryRepository history(context_.db);
            auto before = units.find(unitId);
            if (!before)
                return std::unexpected(before.error());
            auto merged = history.mergedInto(unitId);
            auto formerNames = history.formerNames(unitId);
            if (!merged || !formerNames)
                return std::unexpected(!merged ? merged.error() : formerNames.error());
            if (auto ok = refuse(domain::renameRefusal(*before, *merged != domain::NoId, newName,
                                                       effective.on, *formerNames));
                !ok)
                return ok;
            domain::Unit after = *before;
            after.name = domain::vn::normalized(newName);
            if (auto ok = history.addFormerName(
                    unitId, {before->name, effective.on.addDays(-1), effective.decision});
                !ok)
                return ok;
            if (auto ok = units.update(after); !ok)
                return ok;
            return recordUnitUpdate(context_, *before, after);
        },
        [&] { return UnitChanged{unitId}; });
}

Status ReorganisationService::mergeUnits(const QList<domain::RowId>& sourceIds,
                                         domain::RowId targetId, const Effective& effective) {
    if (sourceIds.isEmpty())
        return fail(ErrorCode::InvalidInput, Text::tr("Choose the units to merge."));
    return inTransaction(
        context_,
        [&]() -> Status {
            storage::UnitRepository units(context_.db);
            storage::UnitHistoryRepository history(context_.db);
            storage::PersonRepository people(context_.db);
            auto target = units.find(targetId);
            if (!target)
                return std::unexpected(target.error());
            auto targetMerged = history.mergedInto(targetId);
            if (!targetMerged)
                return std::unexpected(targetMerged.error());
            for (domain::RowId sourceId : sourceIds) {
                auto source = units.find(sourceId);
                auto sourceMerged = history.mergedInto(sourceId);
                auto targetInside = units.isWithin(targetId, sourceId);
                if (!source || !sourceMerged || !targetInside)
                    return std::unexpected(!source         ? source.error()
                                           : !sourceMerged ? sourceMerged.error()
                                                           : targetInside.error());
                const domain::MergeSides sides{*source, *target, *sourceMerged != domain::NoId,
                                               *targetMerged != domain::NoId, *targetInside};
                if (auto ok = refuse(domain::mergeRefusal(sides, effective.on)); !ok)
                    return ok;
                auto staff = people.inUnit(sourceId);
                if (!staff)
                    return std::unexpected(staff.error());
                for (const domain::Person& person : *staff) {
                    if (auto ok =
                            movePerson(context_, person, targetId, person.position, effective);
                        !ok)
                        return ok;
                }
                auto children = units.children(sourceId);
                if (!children)
                    return std::unexpected(children.error());
                for (domain::Unit child : *children) {
                    child.parentId = targetId;
                    if (auto ok = units.update(child); !ok)
                        return ok;
                }
                domain::Unit closed = *source;
                closed.activeTo = effective.on.addDays(-1);
                if (auto ok = units.update(closed); !ok)
                    return ok;
                if (auto ok = history.setMerged(sourceId, targetId, effective.decision); !ok)
                    return ok;
                if (auto ok = recordUnitUpdate(context_, *source, closed); !ok)
                    return ok;
            }
            return {};
        },
        [] { return DataReloaded{}; });
}

Status ReorganisationService::transferPerson(domain::RowId personId, domain::RowId unitId,
                                             const QString& position, const Effective& effective) {
    return inTransaction(
        context_,
        [&]() -> Status {
            auto person = storage::PersonRepository(context_.db).find(personId);
            if (!person)
                return std::unexpected(person.error());
            auto to = storage::UnitRepository(context_.db).find(unitId);
            if (!to)
                return std::unexpected(to.error());
            auto toMerged = storage::UnitHistoryRepository(context_.db).mergedInto(unitId);
            auto history = postingsOf(context_.db, *person);
            if (!toMerged || !history)
                return std::unexpected(!toMerged ? toMerged.error() : history.error());
            const domain::Assignment current{domain::NoId,     personId, person->unitId,
                                             person->position, {},       {}};
            if (auto ok = refuse(domain::transferRefusal(
                    *history, current, *to, *toMerged != domain::NoId, position, effective.on));
                !ok)
                return ok;
            return movePerson(context_, *person, unitId, position, effective);
        },
        [&] { return PersonChanged{personId}; });
}

Result<std::vector<domain::FormerUnitName>>
ReorganisationService::formerNames(domain::RowId unitId) {
    return storage::UnitHistoryRepository(context_.db).formerNames(unitId);
}

Result<QString> ReorganisationService::unitNameOn(domain::RowId unitId, QDate day) {
    auto unit = storage::UnitRepository(context_.db).find(unitId);
    if (!unit)
        return std::unexpected(unit.error());
    auto formerNames = this->formerNames(unitId);
    if (!formerNames)
        return std::unexpected(formerNames.error());
    return domain::unitNameOn(unit->name, *formerNames, day);
}

Result<std::vector<domain::Assignment>> ReorganisationService::postings(domain::RowId personId) {
    auto person = storage::PersonRepository(context_.db).find(personId);
    if (!person)
        return std::unexpected(person.error());
    return postingsOf(context_.db, *person);
}

Result<domain::RowId> ReorganisationService::unitOfPersonOn(domain::RowId personId, QDate day) {
    auto history = postings(personId);
    if (!history)
        return std::unexpected(history.error());
    const auto posting = domain::assignmentOn(*history, day);
    return posting ? posting->unitId : domain::NoId;
}

} // namespace thidua::services
