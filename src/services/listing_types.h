#pragma once

#include "ids.h"
#include "person.h"
#include "registration.h"

#include <QDate>
#include <QString>

// What the lists of units, people and registrations hold, ready to show.
namespace thidua::services {

enum class ListOrder {
    Name, // Vietnamese order; people by given name, then family, then middle name
    Unit, // by unit in tree order, then by name (for units: the tree itself)
};

struct ListFilter {
    // Every word typed begins a word of the name, in any order; diacritics and
    // case ignored: "nguyen nga" finds "Nguyễn Thị Tố Nga" (domain::vn::wordsMatch).
    QString search;
    domain::RowId unitId = domain::NoId; // that unit and every unit below it; NoId: all
    ListOrder order = ListOrder::Name;
};

// Unit names in lists are plain unless another unit has the same one; then
// they are qualified by the parent, "Sở Tư pháp tỉnh Vĩnh Phúc / Văn phòng",
// the form ListingService::findUnit() and the import read back.

struct ListedUnit {
    domain::RowId id = domain::NoId;
    QString uuid;
    QString name;
    QString shortName;
    QString kind; // the schema's code: "ministry", "department", …
    domain::RowId parentId = domain::NoId;
    QString parentName; // empty for a top unit
    int depth = 0;      // 0 for a top unit
};

struct ListedPerson {
    domain::RowId id = domain::NoId;
    QString uuid;
    QString fullName;
    domain::Gender gender = domain::Gender::Female;
    QDate birthDate;
    QString position;
    domain::RowId unitId = domain::NoId;
    QString unitName;
};

enum class SubjectKind { Person, Unit };

struct ListedRegistration {
    domain::RowId id = domain::NoId;
    QString uuid;
    SubjectKind subjectKind = SubjectKind::Person;
    domain::RowId subjectId = domain::NoId;
    QString subjectName;
    // The person's unit; for a collective registration the unit itself.
    domain::RowId unitId = domain::NoId;
    QString unitName;
    QString titleCode;
    QString titleName; // "Lao động tiên tiến"
    domain::RegistrationStatus status = domain::RegistrationStatus::Draft;
    QDate registeredOn;
    QString position;     // the person's; empty for a collective registration
    QString returnReason; // why it was returned; empty unless Returned
};

} // namespace thidua::services
