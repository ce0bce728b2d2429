#include "list_scope.h"

namespace thidua::storage {

std::string scopePrefix(const ListScope& scope) {
    if (scope.kind != ListScope::Kind::Subtree)
        return {};
    // UNION, not UNION ALL: a unit that became its own ancestor by mistake
    // ends the recursion instead of looping.
    return "WITH RECURSIVE subtree(id) AS (SELECT ?2 UNION"
           " SELECT c.id FROM unit c JOIN subtree s ON c.parent_id = s.id) ";
}

std::string scopeCondition(const ListScope& scope, std::string_view unitColumn) {
    const std::string column(unitColumn);
    switch (scope.kind) {
    case ListScope::Kind::All:
        return "1";
    case ListScope::Kind::Unit:
        return column + " = ?2";
    case ListScope::Kind::Subtree:
        return column + " IN (SELECT id FROM subtree)";
    case ListScope::Kind::NoUnit:
        return column + " IS NULL";
    }
    return "0";
}

} // namespace thidua::storage
