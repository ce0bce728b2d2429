#include "evaluation_repository.h"

#include "query.h"
#include "uuid.h"

#include <QCoreApplication>

namespace thidua::storage {

namespace {

constexpr std::string_view DisciplineColumns =
    "id, uuid, person_id, form, decision, start_date, end_date, reason";

constexpr std::string_view EvaluationColumns =
    "id, uuid, year, coalesce(person_id, 0), coalesce(unit_id, 0), grade, note";

domain::Evaluation readEvaluation(const Statement& row) {
    return {row.int64(0),
            row.text(1),
            static_cast<int>(row.int64(2)),
            row.int64(3),
            row.int64(4),
            domain::gradeFromText(row.text(5)).value_or(domain::Grade::Completed),
            row.text(6)};
}

domain::Discipline readDiscipline(const Statement& row) {
    return {row.int64(0),
            row.text(1),
            row.int64(2),
            domain::disciplineFormFromCode(row.text(3)).value_or(domain::DisciplineForm::Reprimand),
            row.text(4),
            row.date(5),
            row.date(6),
            row.text(7)};
}

} // namespace

Status EvaluationRepository::insert(domain::Evaluation& evaluation) {
    evaluation.uuid = ensureUuid(evaluation.uuid);
    auto ok =
        exec(db_,
             "INSERT INTO evaluation (uuid, year, person_id, unit_id, grade, note)"
             " VALUES (?, ?, ?, ?, ?, ?)",
             evaluation.uuid, evaluation.year, nullIfNoId(evaluation.personId),
             nullIfNoId(evaluation.unitId), domain::gradeCode(evaluation.grade), evaluation.note);
    if (ok)
        evaluation.id = db_.lastInsertId();
    return ok;
}

Status EvaluationRepository::update(const domain::Evaluation& evaluation) {
    return exec(db_, "UPDATE evaluation SET grade = ?, note = ? WHERE id = ?",
                domain::gradeCode(evaluation.grade), evaluation.note, evaluation.id);
}

Status EvaluationRepository::removeEvaluation(domain::RowId id) {
    return exec(db_, "DELETE FROM evaluation WHERE id = ?", id);
}

Result<std::vector<domain::Evaluation>> EvaluationRepository::forPerson(domain::RowId personId) {
    return selectAll<domain::Evaluation>(db_,
                                         "SELECT " + std::string(EvaluationColumns) +
                                             " FROM evaluation WHERE person_id = ? ORDER BY year",
                                         readEvaluation, personId);
}

Result<std::vector<domain::Evaluation>> EvaluationRepository::forUnit(domain::RowId unitId) {
    return selectAll<domain::Evaluation>(db_,
                                         "SELECT " + std::string(EvaluationColumns) +
                                             " FROM evaluation WHERE unit_id = ? ORDER BY year",
                                         readEvaluation, unitId);
}

Result<std::vector<domain::Evaluation>> EvaluationRepository::inYear(int year) {
    return selectAll<domain::Evaluation>(
        db_, "SELECT " + std::string(EvaluationColumns) + " FROM evaluation WHERE year = ?",
        readEvaluation, year);
}

Status EvaluationRepository::insert(domain::Discipline& discipline) {
    discipline.uuid = ensureUuid(discipline.uuid);
    auto ok =
        exec(db_,
             "INSERT INTO discipline (uuid, person_id, form, decision, start_date, end_date,"
             " reason) VALUES (?, ?, ?, ?, ?, ?, ?)",
             discipline.uuid, discipline.personId, domain::disciplineFormCode(discipline.form),
             discipline.decision, discipline.start, discipline.end, discipline.reason);
    if (ok)
        discipline.id = db_.lastInsertId();
    return ok;
}

Status EvaluationRepository::update(const domain::Discipline& discipline) {
    return exec(db_,
                "UPDATE discipline SET form = ?, decision = ?, start_date = ?, end_date = ?,"
                " reason = ? WHERE id = ?",
                domain::disciplineFormCode(discipline.form), discipline.decision, discipline.start,
                discipline.end, discipline.reason, discipline.id);
}

Status EvaluationRepository::removeDiscipline(domain::RowId id) {
    return exec(db_, "DELETE FROM discipline WHERE id = ?", id);
}

Result<std::vector<domain::Discipline>> EvaluationRepository::disciplineOf(domain::RowId personId) {
    return selectAll<domain::Discipline>(db_,
                                         "SELECT " + std::string(DisciplineColumns) +
                                             " FROM discipline WHERE person_id = ? ORDER BY"
                                             " start_date, id",
                                         readDiscipline, personId);
}

Result<std::vector<domain::Discipline>> EvaluationRepository::allDiscipline() {
    return selectAll<domain::Discipline>(db_,
                                         "SELECT " + std::string(DisciplineColumns) +
                                             " FROM discipline ORDER BY person_id, start_date, id",
                                         readDiscipline);
}

Result<domain::Discipline> EvaluationRepository::findDiscipline(domain::RowId id) {
    auto found = selectAll<domain::Discipline>(
        db_, "SELECT " + std::string(DisciplineColumns) + " FROM discipline WHERE id = ?",
        readDiscipline, id);
    if (!found)
        return std::unexpected(found.error());
    if (found->empty())
        return fail(
            ErrorCode::NotFound,
            QCoreApplication::translate("thidua::storage", "Discipline record %1 does not exist")
                .arg(id));
    return found->front();
}

} // namespace thidua::storage
