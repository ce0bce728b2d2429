#include "catalogue_service.h"

#include "audit_json.h"
#include "person_repository.h"
#include "service_context.h"
#include "service_text.h"
#include "unit_repository.h"
#include "vietnamese_text.h"

namespace thidua::services {

namespace {

Status requireName(const QString& name, const char* field) {
    if (domain::vn::normalized(name).isEmpty())
        return fail(ErrorCode::InvalidInput, Text::tr("%1 must not be empty").arg(Text::tr(field)));
    return {};
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
    if (auto ok =
            requireName(person.name.given, QT_TRANSLATE_NOOP("thidua::services", "The given name"));
        !ok)
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

Result<std::vector<domain::Unit>> CatalogueService::units() {
    return storage::UnitRepository(context_.db).all();
}

Result<qint64> CatalogueService::countPeople(const QString& search) {
    return storage::PersonRepository(context_.db).count(search, domain::NoId);
}

} // namespace thidua::services
