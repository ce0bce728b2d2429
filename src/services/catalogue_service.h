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

// Units and people: the catalogue a clerk keeps. Every change is audited in
// its own transaction and announced after commit.
class CatalogueService {
public:
    explicit CatalogueService(ServiceContext& context)
        : context_(context) {}

    Result<domain::Unit> createUnit(domain::Unit unit);
    Status renameUnit(domain::RowId unitId, const QString& newName);
    // The person as typed is checked by domain::personRefusal (on the
    // workspace's today) and must name an existing unit, if any.
    Result<domain::Person> createPerson(domain::Person person);
    // Corrects name, gender, date of birth, identity number and position,
    // checked as createPerson checks them. The unit stays: a move is a
    // transfer (ReorganisationService::transferPerson), which keeps history.
    // A position corrected here is corrected in the current posting too.
    Status updatePerson(domain::Person person);
    Result<domain::Person> person(domain::RowId personId);

    Result<std::vector<domain::Unit>> units();
    // The people ListingService::people() lists for this search (without a
    // unit), counted by the word index when many match.
    Result<qint64> countPeople(const QString& search);

private:
    ServiceContext& context_;
};

} // namespace thidua::services
