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

    // Refused, with the reason, when the unit does not fit the tree
    // (domain::unitRefusal): createUnit and updateUnit keep the same rules.
    Result<domain::Unit> createUnit(domain::Unit unit);
    // Corrects the stored row (kind, parent, dates, a misspelt name). A rename
    // by decision goes through ReorganisationService, which keeps the old name.
    Status updateUnit(const domain::Unit& unit);
    // Only a unit nothing refers to yet: what undoing its creation needs.
    Status removeUnit(domain::RowId unitId);
    // The person as typed is checked by domain::personRefusal (on the
    // workspace's today) and must name an existing unit, if any.
    Result<domain::Person> createPerson(domain::Person person);
    // Corrects name, gender, date of birth, identity number and position,
    // checked as createPerson checks them. The unit stays: a move is a
    // transfer (ReorganisationService::transferPerson), which keeps history.
    // A position corrected here is corrected in the current posting too.
    Status updatePerson(domain::Person person);
    Result<domain::Person> person(domain::RowId personId);
    // NoId when no person has this uuid: how undo finds a person written again.
    Result<domain::RowId> personWithUuid(const QString& uuid);
    // Only a person nothing is recorded of yet (no registration, grade,
    // discipline record or posting): what undoing the addition needs.
    Status removePerson(domain::RowId personId);

    Result<std::vector<domain::Unit>> units();
    Result<domain::Unit> unit(domain::RowId unitId);

private:
    ServiceContext& context_;
};

} // namespace thidua::services
