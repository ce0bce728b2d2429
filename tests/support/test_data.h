#pragma once

#include "database.h"
#include "person.h"
#include "qt_printers.h"
#include "unit.h"

#include <QString>

// Small builders for the rows a test needs, so every test makes its own state.
namespace thidua::test {

domain::Unit addUnit(storage::Database& db, const QString& name,
                     domain::RowId parentId = domain::NoId,
                     const QString& kind = QStringLiteral("department"));

domain::Person addPerson(storage::Database& db, const QString& fullName, domain::RowId unitId,
                         domain::Gender gender = domain::Gender::Female,
                         QDate birthDate = QDate(1985, 3, 14));

// The directory given by THIDUA_TEST_DATA_DIR (tests/data in the source tree).
QString testDataDir();

} // namespace thidua::test
