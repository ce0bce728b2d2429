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
    Result<domain::Person> createPerson(domain::Person person);

    Result<std::vector<domain::Unit>> units();
    // The people ListingService::people() lists for this search (without a
    // unit), counted by the word index when many match.
    Result<qint64> countPeople(const QString& search);

private:
    ServiceContext& context_;
};

} // namespace thidua::services
