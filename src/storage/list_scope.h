#pragma once

#include "ids.h"

#include <QByteArray>
#include <QString>

#include <string>
#include <string_view>

namespace thidua::storage {

// Which units a list query reads. A list in unit order walks the tree in the
// services and asks for one unit at a time (Unit), so each query is one index
// lookup and a small sort; a list in name order over a branch lets SQLite
// follow the parent links (Subtree) in one query.
struct ListScope {
    enum class Kind { All, Unit, Subtree, NoUnit };
    Kind kind = Kind::All;
    domain::RowId unitId = domain::NoId; // for Unit and Subtree

    static ListScope all() { return {}; }
    static ListScope unit(domain::RowId id) { return {Kind::Unit, id}; }
    static ListScope subtree(domain::RowId rootId) { return {Kind::Subtree, rootId}; }
    static ListScope noUnit() { return {Kind::NoUnit, domain::NoId}; }
};

// Where a keyset page continues: after this row in (sortKey, id, titleCode)
// order. The default position is before the first row.
struct ListPosition {
    QByteArray sortKey;
    domain::RowId id = domain::NoId;
    QString titleCode; // registrations only: one subject may hold several titles
};

// The list queries share their parameter numbers so that one bind order fits
// every variant: ?1 the search (for people, PeopleSearch::parameter()), ?2 the
// scope's unit, ?3 and ?4 the position's sort key and id, ?5 the limit, ?6 the
// period, ?7 the position's title code.
// A variant that leaves a number out still accepts its binding, because SQLite
// counts parameters up to the highest one used.

// "WITH RECURSIVE subtree(id) AS (…) " for a Subtree scope, else empty.
std::string scopePrefix(const ListScope& scope);
// The condition the scope puts on unitColumn ("p.unit_id", "u.id").
std::string scopeCondition(const ListScope& scope, std::string_view unitColumn);

} // namespace thidua::storage
