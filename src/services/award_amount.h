#pragma once

#include "result.h"
#include "title.h"

#include <QDate>
#include <QString>

namespace thidua::storage {
class Database;
}

// The cash of an award from the dated rule data; internal to the services.
namespace thidua::services {

// The coefficient times the base salary in force on the decision date,
// rounded up to 10.000 đ; 0 when the rule data has no coefficient for it.
Result<qint64> awardAmountOn(storage::Database& db, const QString& awardCode,
                             domain::TitleSubject subject, QDate decisionDate);

} // namespace thidua::services
