#pragma once

#include "document.h"
#include "result.h"

namespace thidua::documents {

// Checked before a table is laid out or written: a table without columns, with
// a column of no width or a row with more cells than columns is an input
// error that names the column or row.
Status checkTable(const Table& table);
// checkTable() of every table, before a renderer writes anything.
Status checkTables(const Document& document);

} // namespace thidua::documents
