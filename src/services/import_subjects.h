#pragma once

#include "import_check.h"
#include "person.h"
#include "unit_directory.h"

#include <QHash>

#include <optional>
#include <vector>

// Who a row of registrations, evaluations or discipline is about: a person of
// the catalogue, told apart by date of birth and unit, or a collective (a
// unit). Internal to the services.
namespace thidua::services::importing {

// The fields that name a row's subject, the same in every kind that has them.
// Required group 1 is "someone": a person's name, a collective, or a unit
// standing for itself.
inline constexpr FieldSpec fullNameField{
    "full_name",
    QT_TRANSLATE_NOOP("thidua::services", "Full name"),
    {"ho va ten", "ho ten", "ten can bo", "ten ca nhan", "ca nhan", "full name"},
    1};
inline constexpr FieldSpec birthDateField{
    "birth_date",
    QT_TRANSLATE_NOOP("thidua::services", "Date of birth"),
    {"ngay sinh", "ngay thang nam sinh", "sinh ngay", "nam sinh", "date of birth", "birth date"}};
inline constexpr FieldSpec unitField{
    "unit",
    QT_TRANSLATE_NOOP("thidua::services", "Unit"),
    {"don vi", "don vi cong tac", "co quan don vi", "noi cong tac", "unit"}};
inline constexpr FieldSpec collectiveField{"collective",
                                           QT_TRANSLATE_NOOP("thidua::services", "Collective"),
                                           {"ten tap the", "tap the", "ten don vi", "collective"},
                                           1};

// The field in another required group (0: optional).
constexpr FieldSpec inGroup(FieldSpec field, int group) {
    field.requiredGroup = group;
    return field;
}

// The unit the cell names, or nothing with a problem on the row: no such unit,
// or a name several units share (the message lists them, with their parents).
// An empty name gives nothing, silently.
std::optional<domain::RowId> findUnit(ImportRow& row, int field, const QString& name,
                                      const UnitDirectory& units);

struct Subject {
    domain::RowId personId = domain::NoId; // exactly one of the two is set
    domain::RowId unitId = domain::NoId;
    QString name; // the person's full name or the unit's name, as the catalogue writes it
};

// What a file may hold once for a subject: its registration for a title in a
// year (what: the title's code), its grade for a year (what: empty), its
// discipline of a form from a day (year 0, what: form and day).
struct SubjectKey {
    int year = 0;
    domain::RowId personId = domain::NoId;
    domain::RowId unitId = domain::NoId;
    QString what;
    bool operator==(const SubjectKey&) const = default;
};
std::size_t qHash(const SubjectKey& key, std::size_t seed = 0);

// Tells a row that repeats an earlier row of the same file.
class RepeatFinder {
public:
    // The earlier line with the same key, or 0; remembers this line.
    int earlierLine(const SubjectKey& key, int line);

private:
    QHash<SubjectKey, int> lines_;
};

// The fields of a kind that name its subject; -1 for one the kind lacks (a
// discipline record is about a person, never a collective).
struct SubjectFields {
    int fullName = -1;
    int birthDate = -1;
    int unit = -1;
    int collective = -1;
};

class SubjectFinder {
public:
    // Reads the catalogue's units, and at once everyone the file names: one
    // query, not one a row.
    static Result<SubjectFinder> load(const CheckInput& input, const ColumnMap& columns,
                                      SubjectFields fields);

    // The row's subject, or nothing with a problem on the row: nobody named,
    // a person and a collective on one row, no such person or unit, or a
    // name that fits several (the message lists the candidates).
    std::optional<Subject> find(ImportRow& row);

private:
    SubjectFinder(const ColumnMap& columns, SubjectFields fields, UnitDirectory units, QDate today);

    Status loadPeople(storage::Database& db, const interchange::SourceTable& table);
    std::optional<Subject> findPerson(ImportRow& row, const QString& name);
    std::optional<Subject> findCollective(ImportRow& row, int field, const QString& name);
    std::optional<domain::RowId> unitOf(ImportRow& row, int field, const QString& name);
    QString describe(const domain::Person& person) const;

    const ColumnMap& columns_;
    SubjectFields fields_;
    UnitDirectory units_;
    QHash<QString, QString> keyByName_; // the name as the file writes it -> its search key
    QHash<QString, std::vector<domain::Person>> peopleByKey_;
    QHash<QString, UnitDirectory::Match> unitsByName_;
    QDate today_; // the latest year of birth a row may give
};

} // namespace thidua::services::importing
