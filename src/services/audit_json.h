#pragma once

#include "person.h"
#include "unit.h"

#include <QJsonObject>

// The values an audit row records before and after a change.
namespace thidua::services {

QJsonObject toJson(const domain::Unit& unit);
QJsonObject toJson(const domain::Person& person);

} // namespace thidua::services
