#include "test_data.h"

#include "person_repository.h"
#include "unit_repository.h"

#include <stdexcept>

namespace thidua::test {

namespace {

void orThrow(const Status& status) {
    if (!status)
        throw std::runtime_error(status.error().message.toStdString());
}

} // namespace

domain::Unit addUnit(storage::Database& db, const QString& name, domain::RowId parentId,
                     const QString& kind) {
    domain::Unit unit;
    unit.name = name;
    unit.parentId = parentId;
    unit.kind = kind;
    orThrow(storage::UnitRepository(db).insert(unit));
    return unit;
}

domain::Person addPerson(storage::Database& db, const QString& fullName, domain::RowId unitId,
                         domain::Gender gender, QDate birthDate) {
    domain::Person person;
    person.name = domain::splitFullName(fullName);
    person.unitId = unitId;
    person.gender = gender;
    person.birthDate = birthDate;
    orThrow(storage::PersonRepository(db).insert(person));
    return person;
}

QString testDataDir() {
    const QString dir = qEnvironmentVariable("THIDUA_TEST_DATA_DIR");
    if (dir.isEmpty())
        throw std::runtime_error("THIDUA_TEST_DATA_DIR is not set (run the tests through ctest)");
    return dir;
}

} // namespace thidua::test
