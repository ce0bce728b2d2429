#pragma once

#include "ids.h"
#include "result.h"

#include <QStringList>

#include <string_view>

namespace thidua::storage {

class Database;

// A table of (owner, position, text) rows holding an ordered list of text
// items, such as a covenant's or a movement's targets. The names are
// constants of our own schema, never user input.
struct OrderedTextTable {
    std::string_view table;       // "covenant_target"
    std::string_view ownerColumn; // "covenant_id"
};

// Replaces the owner's items by these, numbered 1, 2, 3 … in order.
Status replaceOrderedText(Database& db, const OrderedTextTable& table, domain::RowId ownerId,
                          const QStringList& items);
Result<QStringList> orderedText(Database& db, const OrderedTextTable& table, domain::RowId ownerId);

} // namespace thidua::storage
