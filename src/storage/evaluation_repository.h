#pragma once

#include "discipline.h"
#include "evaluation.h"
#include "result.h"

#include <vector>

namespace thidua::storage {

class Database;

// Yearly grades and discipline records: what eligibility reads about a
// person's or a unit's conduct.
class EvaluationRepository {
public:
    explicit EvaluationRepository(Database& db)
        : db_(db) {}

    // A second grade for the same subject and year is refused as a conflict.
    Status insert(domain::Evaluation& evaluation);
    // The grade and note of the stored row with this id.
    Status update(const domain::Evaluation& evaluation);
    Status removeEvaluation(domain::RowId id);
    // The grades of a person (or, with unitId, a unit), oldest year first.
    Result<std::vector<domain::Evaluation>> forPerson(domain::RowId personId);
    Result<std::vector<domain::Evaluation>> forUnit(domain::RowId unitId);
    // Every grade of the year, people's and units'.
    Result<std::vector<domain::Evaluation>> inYear(int year);

    Status insert(domain::Discipline& discipline);
    // Every field but the uuid and the person.
    Status update(const domain::Discipline& discipline);
    Status removeDiscipline(domain::RowId id);
    Result<domain::Discipline> findDiscipline(domain::RowId id);
    Result<std::vector<domain::Discipline>> disciplineOf(domain::RowId personId);
    // Every discipline record, by person then start.
    Result<std::vector<domain::Discipline>> allDiscipline();

private:
    Database& db_;
};

} // namespace thidua::storage
