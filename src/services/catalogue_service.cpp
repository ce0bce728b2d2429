#include "catalogue_service.h"

#include "audit_json.h"
#include "evaluation_repository.h"
#include "person_repository.h"
#include "person_rules.h"
#include "service_context.h"
#include "service_text.h"
#include "unit_history_repository.h"
#include "unit_repository.h"
#include "unit_rules.h"
#include "vietnamese_text.h"

namespace thidua::services {

namespace {

// Why `unit` cannot be stored so, read inside the transaction that stores it.
// before is the stored row when the unit exists already.
Status checkPlacement(storage::Database& db, const domain::Unit& unit,
                      const std::optional<domain::Unit>& before) {
    storage::UnitRepository units(db);
    storage::UnitHistoryRepository history(db);
    domain::UnitSurroundings around;
    std::optional<domain::Unit> parent;
    if (unit.parentId != domain::NoId) {
        auto found = units.find(unit.parentId);
        auto parentMerged = history.mergedInto(unit.parentId);
        if (!found || !parentMerged)
            return std::unexpected(!found ? found.error() : parentMerged.error());
        parent = *found;
        around.parent = &*parent;
        around.parentMerged = *parentMerged != domain::NoId;
        if (before) {
            auto inside = units.isWithin(unit.parentId, unit.id);
            if (!inside)
                return std::unexpected(inside.error());
            around.parentInsideUnit = *inside;
        }
    }
    if (before) {
        auto merged = history.mergedInto(unit.id);
        if (!merged)
            return std::unexpected(merged.error());
        around.merged = *merged != domain::NoId;
    }
    if (before && unit.activeTo.isValid() && unit.activeTo != before->activeTo) {
        auto staff = storage::PersonRepository(db).inUnit(unit.id);
        auto children = units.children(unit.id);
        if (!staff || !children)
            return std::unexpected(!staff ? staff.error() : children.error());
        around.peopleStaying = static_cast<qint64>(staff->size());
        for (const domain::Unit& child : *children)
            if (!child.activeTo.isValid() || child.activeTo > unit.activeTo) {
                around.subUnitOutliving = child.name;
                break;
            }
    }
    if (auto refusal = domain::unitRefusal(unit, around))
        return fail(ErrorCode::InvalidInput, *refusal);
    return {};
}

// Tidies what the clerk typed as it will be stored, then checks it.
Status prepare(domain::Person& person, QDate today) {
    person.name = domain::withConventionalCase(person.name);
    person.identityNumber = domain::compactIdentityNumber(person.identityNumber);
    person.position = domain::vn::normalized(person.position);
    if (auto refusal = domain::personRefusal(person, today))
        return fail(ErrorCode::InvalidInput, *refusal);
    return {};
}

// A position corrected on the person is corrected in the posting that the
// person row mirrors, so that the history and the lists agree.
Status correctCurrentPosting(storage::Database& db, const domain::Person& person) {
    storage::UnitHistoryRepository history(db);
    auto postings = history.assignments(person.id);
    if (!postings)
        return std::unexpected(postings.error());
    // Oldest first: the person row mirrors the last.
    if (postings->empty() || postings->back().position == person.position)
        return {};
    return history.setAssignmentPosition(postings->back().id, person.position);
}

} // namespace

Result<domain::Unit> CatalogueService::createUnit(domain::Unit unit) {
    auto ok = inTransaction(
        context_,
        [&]() -> Status {
            if (auto refused = checkPlacement(context_.db, unit, std::nullopt); !refused)
                return refused;
            if (auto inserted = storage::UnitRepository(context_.db).insert(unit); !inserted)
                return inserted;
            return storage::AuditLog(context_.db)
                .record(context_.audit(QStringLiteral("unit"), unit.uuid,
                                       storage::AuditAction::Create, {}, toJson(unit)));
        },
        [&] { return UnitChanged{unit.id}; });
    if (!ok)
        return std::unexpected(ok.error());
    return unit;
}

Status CatalogueService::updateUnit(const domain::Unit& unit) {
    return inTransaction(
        context_,
        [&]() -> Status {
            storage::UnitRepository units(context_.db);
            auto before = units.find(unit.id);
            if (!before)
                return std::unexpected(before.error());
            domain::Unit after = unit;
            after.uuid = before->uuid;
            after.name = domain::vn::normalized(unit.name);
            after.shortName = domain::vn::normalized(unit.shortName);
            if (auto refused = checkPlacement(context_.db, after, *before); !refused)
                return refused;
            if (auto updated = units.update(after); !updated)
                return updated;
            return storage::AuditLog(context_.db)
                .record(context_.audit(QStringLiteral("unit"), after.uuid,
                                       storage::AuditAction::Update, toJson(*before),
                                       toJson(after)));
        },
        [&] { return UnitChanged{unit.id}; });
}

Status CatalogueService::removeUnit(domain::RowId unitId) {
    return inTransaction(
        context_,
        [&]() -> Status {
            storage::UnitRepository units(context_.db);
            auto before = units.find(unitId);
            if (!before)
                return std::unexpected(before.error());
            const auto inUse = [&] {
                return fail(ErrorCode::Conflict,
                            Text::tr("%1 already has people, sub-units or records and cannot be "
                                     "deleted; give the date it stopped instead.")
                                .arg(before->name));
            };
            // Grades and former names would go with the unit without a word.
            auto grades = storage::EvaluationRepository(context_.db).forUnit(unitId);
            auto formerNames = storage::UnitHistoryRepository(context_.db).formerNames(unitId);
            if (!grades || !formerNames)
                return std::unexpected(!grades ? grades.error() : formerNames.error());
            if (!grades->empty() || !formerNames->empty())
                return inUse();
            if (auto removed = units.remove(unitId); !removed)
                return removed.error().code == ErrorCode::Conflict ? inUse() : removed;
            return storage::AuditLog(context_.db)
                .record(context_.audit(QStringLiteral("unit"), before->uuid,
                                       storage::AuditAction::Delete, toJson(*before), {}));
        },
        [&] { return UnitChanged{unitId}; });
}

Result<domain::Person> CatalogueService::createPerson(domain::Person person) {
    if (auto ok = prepare(person, context_.clock.today()); !ok)
        return std::unexpected(ok.error());
    auto ok = inTransaction(
        context_,
        [&]() -> Status {
            if (auto inserted = storage::PersonRepository(context_.db).insert(person); !inserted)
                return inserted;
            return storage::AuditLog(context_.db)
                .record(context_.audit(QStringLiteral("person"), person.uuid,
                                       storage::AuditAction::Create, {}, toJson(person)));
        },
        [&] { return PersonChanged{person.id}; });
    if (!ok)
        return std::unexpected(ok.error());
    return person;
}

Status CatalogueService::updatePerson(domain::Person person) {
    if (auto ok = prepare(person, context_.clock.today()); !ok)
        return ok;
    return inTransaction(
        context_,
        [&]() -> Status {
            storage::PersonRepository people(context_.db);
            auto before = people.find(person.id);
            if (!before)
                return std::unexpected(before.error());
            person.uuid = before->uuid;
            person.unitId = before->unitId;
            if (auto updated = people.update(person); !updated)
                return updated;
            if (person.position != before->position)
                if (auto ok = correctCurrentPosting(context_.db, person); !ok)
                    return ok;
            return storage::AuditLog(context_.db)
                .record(context_.audit(QStringLiteral("person"), person.uuid,
                                       storage::AuditAction::Update, toJson(*before),
                                       toJson(person)));
        },
        [&] { return PersonChanged{person.id}; });
}

Result<domain::Person> CatalogueService::person(domain::RowId personId) {
    return storage::PersonRepository(context_.db).find(personId);
}

Result<std::vector<domain::Unit>> CatalogueService::units() {
    return storage::UnitRepository(context_.db).all();
}

Result<domain::Unit> CatalogueService::unit(domain::RowId unitId) {
    return storage::UnitRepository(context_.db).find(unitId);
}

Result<domain::RowId> CatalogueService::personWithUuid(const QString& uuid) {
    return storage::PersonRepository(context_.db).idOf(uuid);
}

Status CatalogueService::removePerson(domain::RowId personId) {
    return inTransaction(
        context_,
        [&]() -> Status {
            storage::PersonRepository people(context_.db);
            auto before = people.find(personId);
            if (!before)
                return std::unexpected(before.error());
            const auto recorded = [&] {
                return fail(ErrorCode::Conflict,
                            Text::tr("Registrations, grades or postings of %1 are recorded; the "
                                     "person cannot be deleted.")
                                .arg(before->name.fullName()));
            };
            // Grades, discipline and postings would go with the person silently.
            storage::EvaluationRepository conduct(context_.db);
            auto grades = conduct.forPerson(personId);
            auto discipline = conduct.disciplineOf(personId);
            auto postings = storage::UnitHistoryRepository(context_.db).assignments(personId);
            if (!grades || !discipline || !postings)
                return std::unexpected(!grades       ? grades.error()
                                       : !discipline ? discipline.error()
                                                     : postings.error());
            if (!grades->empty() || !discipline->empty() || !postings->empty())
                return recorded();
            if (auto removed = people.remove(personId); !removed)
                return removed.error().code == ErrorCode::Conflict ? recorded() : removed;
            return storage::AuditLog(context_.db)
                .record(context_.audit(QStringLiteral("person"), before->uuid,
                                       storage::AuditAction::Delete, toJson(*before), {}));
        },
        [&] { return PersonChanged{personId}; });
}

} // namespace thidua::services
