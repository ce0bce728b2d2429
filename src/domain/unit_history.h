#pragma once

#include "ids.h"
#include "unit.h"

#include <QDate>
#include <QString>

#include <optional>
#include <vector>

// The past of units and people: names a unit carried before a rename, the
// merges of a reorganisation, and the postings (unit and position) a person
// held, each from a date. Refusals are sentences for the user (translation
// context "thidua::domain").
namespace thidua::domain {

// A name used up to and including validUntil (the day before the rename).
struct FormerUnitName {
    QString name;
    QDate validUntil;
    QString decision; // "Quyết định số 12/QĐ-BTP"; may be empty
};

// A posting (quá trình công tác): from startsOn until the next one starts. An
// invalid startsOn is the posting recorded before any transfer.
struct Assignment {
    RowId id = NoId;
    RowId personId = NoId;
    RowId unitId = NoId;
    QString position;
    QDate startsOn;
    QString decision;
};

// The name the unit carried on day; formerNames in any order.
QString unitNameOn(const QString& currentName, const std::vector<FormerUnitName>& formerNames,
                   QDate day);

// The posting in force on day, if the history reaches back that far.
std::optional<Assignment> assignmentOn(const std::vector<Assignment>& history, QDate day);

// Why the unit cannot take newName from effectiveOn: no date, the same name,
// a date not after its last rename, or a unit already closed or merged then.
std::optional<QString> renameRefusal(const Unit& unit, bool merged, const QString& newName,
                                     QDate effectiveOn,
                                     const std::vector<FormerUnitName>& formerNames);

// What mergeRefusal needs to know of the two units beyond their rows.
struct MergeSides {
    const Unit& source;
    const Unit& target;
    bool sourceMerged = false;
    bool targetMerged = false;
    bool targetBelowSource = false; // the target is in the source's subtree
};

// Why source cannot be merged into target on day: no date, the same unit,
// either already merged, the target closed by then or inside the source.
std::optional<QString> mergeRefusal(const MergeSides& sides, QDate on);

// Why the person cannot move to unit `to` with position on day: no date, a
// closed or merged unit, a date not after the current posting began, or
// nothing that changes.
std::optional<QString> transferRefusal(const std::vector<Assignment>& history,
                                       const Assignment& current, const Unit& to, bool toMerged,
                                       const QString& position, QDate on);

} // namespace thidua::domain
