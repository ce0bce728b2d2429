#pragma once

#include <QString>
#include <QtGlobal>

namespace thidua::domain {

// Rows have an integer key for joins and a uuid that stays stable when data
// moves between machines (a unit's file sent to its cluster lead).
using RowId = qint64;
constexpr RowId NoId = 0;

} // namespace thidua::domain
