#pragma once

#include "eligibility_facts.h"
#include "result.h"

#include <QHash>

namespace thidua::storage {

class Database;

// Whose facts to load: everyone (both ids NoId), one person, or one unit
// with its members.
struct FactsScope {
    domain::RowId personId = domain::NoId;
    domain::RowId unitId = domain::NoId;
};

// Loads what eligibility reads (grades, standing merit awards, initiatives,
// discipline, the cluster votes of the year) for the window of years up to
// the year, one query per table for every subject in scope.
class EligibilityFactsRepository {
public:
    explicit EligibilityFactsRepository(Database& db)
        : db_(db) {}

    Result<domain::EligibilityFacts> load(int year, QDate day, const FactsScope& scope);
    // Full names of the people in scope, and names of every unit, by id.
    Result<QHash<domain::RowId, QString>> personNames(const FactsScope& scope);
    Result<QHash<domain::RowId, QString>> unitNames();

private:
    Database& db_;
};

} // namespace thidua::storage
