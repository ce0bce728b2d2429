#pragma once

#include "person.h"
#include "result.h"
#include "unit.h"

#include <QByteArray>
#include <QDate>
#include <QString>

#include <vector>

namespace thidua::services {

struct ServiceContext;

// One row of a people list, ready to show.
struct PersonRow {
    domain::RowId id = domain::NoId;
    QString fullName;
    domain::Gender gender = domain::Gender::Female;
    QDate birthDate;
    QString position;
    QString unitName;
};

// Where a people list continues: the last row's position in Vietnamese order.
struct PeopleCursor {
    QByteArray sortKey;
    domain::RowId id = domain::NoId;
};

struct PeoplePage {
    std::vector<PersonRow> rows;
    PeopleCursor next; // pass back to get the following page
};

// Units and people: the catalogue a clerk keeps. Every change is audited in
// its own transaction and announced after commit.
class CatalogueService {
public:
    explicit CatalogueService(ServiceContext& context)
        : context_(context) {}

    Result<domain::Unit> createUnit(domain::Unit unit);
    Status renameUnit(domain::RowId unitId, const QString& newName);
    Result<domain::Person> createPerson(domain::Person person);

    Result<std::vector<domain::Unit>> units();
    Result<qint64> countPeople(const QString& search);
    // People in order of given name, family and middle name; search ignores
    // diacritics ("nguyen thi to nga" finds "Nguyễn Thị Tố Nga").
    Result<PeoplePage> people(const QString& search, const PeopleCursor& after, int limit);

private:
    ServiceContext& context_;
};

} // namespace thidua::services
