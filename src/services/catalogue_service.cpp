#include "catalogue_service.h"

#include "audit_json.h"
#include "person_repository.h"
#include "person_rules.h"
#include "service_context.h"
#include "service_text.h"
#include "unit_history_repository.h"
#include "unit_repository.h"
#include "vietnamese_text.h"

namespace thidua::services {

namespace {

Status requireName(const QString& name, const char* field) {
    if (domain::vn::normalized(name).isEmpty())
        return fail(ErrorCode::InvalidInput, Text::tr("%1 must not be empty").arg(Text::tr(field)));
    return {};
}

// Tidies what the clerk typed as it will be stored, then checks it.
Status prepare(domain::Person& person, QDate today) {
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
    if (auto ok = requireName(unit.name, QT_TRANSLATE_NOOP("thidua::services", "The unit name"));
        !ok)
        return std::unexpected(ok.error());
    auto ok = inTransaction(
        context_,
        [&]() -> Status {
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

Status CatalogueService::renameUnit(domain::RowId unitId, const QString& newName) {
    if (auto ok = requireName(newName, QT_TRANSLATE_NOOP("thidua::services", "The unit name")); !ok)
        return ok;
    return inTransaction(
        context_,
        [&]() -> Status {
            storage::UnitRepository units(context_.db);
            auto before = units.find(unitId);
            if (!before)
                return std::unexpected(before.error());
            domain::Unit after = *before;
            after.name = domain::vn::normalized(newName);
            if (auto updated = units.update(after); !updated)
                return updated;
            return storage::AuditLog(context_.db)
                .record(context_.audit(QStringLiteral("unit"), after.uuid,
                                       storage::AuditAction::Update, toJson(*before),
                                       toJson(after)));
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

Result<qint64> CatalogueService::countPeople(const QString& search) {
    return storage::PersonRepository(context_.db).count(search, domain::NoId);
}

} // namespace thidua::services
