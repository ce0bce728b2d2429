#pragma once

#include "change_command.h"
#include "conduct_service.h"

#include <optional>

class QUndoStack;

namespace thidua::ui {

// The changes the conduct dialog makes, each one undoable step: made through
// ConductService at once and pushed only when not refused (the refusal comes
// back to show). Undo and redo write the grade of the year, or the
// discipline record with the same uuid, back as it was before or after.
class ConductSteps {
public:
    ConductSteps(services::ConductService& conduct, QUndoStack& stack, CommandFailure failed);

    Status setGrade(const services::ConductSubject& subject, int year, domain::Grade grade,
                    const QString& note);
    Status removeGrade(const services::ConductSubject& subject, int year);

    Status addDiscipline(const domain::Discipline& record);
    // before is the record as stored; after carries its id.
    Status updateDiscipline(const domain::Discipline& before, const domain::Discipline& after);
    Status removeDiscipline(const domain::Discipline& before);

private:
    void pushGrade(const QString& text, const services::ConductSubject& subject, int year,
                   std::optional<domain::Evaluation> before,
                   std::optional<domain::Evaluation> after);
    void pushDiscipline(const QString& text, std::optional<domain::Discipline> before,
                        std::optional<domain::Discipline> after);

    services::ConductService& conduct_;
    QUndoStack& stack_;
    CommandFailure failed_;
};

} // namespace thidua::ui
