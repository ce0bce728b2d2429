#pragma once

#include "unit.h"

#include <QString>

#include <optional>
#include <span>

// What makes a unit's row acceptable in the organisation tree: its kind, its
// dates, and its place under a parent. Refusals are sentences for the user
// (translation context "thidua::domain").
namespace thidua::domain {

// The kind codes the schema accepts, in the order a picker offers them.
std::span<const char* const> unitKindCodes();
// "Bộ", "Sở và tương đương" …: the kind as a clerk reads it; the code itself
// for one the schema does not know.
QString unitKindName(const QString& code);

// What unitRefusal needs to know of the unit's surroundings beyond its row.
struct UnitSurroundings {
    const Unit* parent = nullptr; // the chosen parent; nullptr for a top unit
    bool parentMerged = false;
    bool parentInsideUnit = false; // the chosen parent is the unit or in its subtree
    bool merged = false;           // the unit itself was merged into another
    // Set only when the edit closes the unit (sets or moves its end date):
    // people still posted there, and a sub-unit that would outlive it.
    qint64 peopleStaying = 0;
    QString subUnitOutliving;
};

// Why the unit cannot be created or saved so: no name, an unknown kind, an
// end before its start, a parent inside it, merged or closed before it, a
// merged unit reopened, or a closing that would strand people or sub-units.
std::optional<QString> unitRefusal(const Unit& unit, const UnitSurroundings& around);

} // namespace thidua::domain
