#include "conduct_steps.h"

#include "vietnamese_format.h"

#include <QCoreApplication>
#include <QUndoStack>

#include <algorithm>
#include <memory>
#include <utility>

namespace thidua::ui {

namespace {

struct Text {
    Q_DECLARE_TR_FUNCTIONS(thidua::ui::ConductSteps)
};

Result<std::optional<domain::Evaluation>>
gradeIn(services::ConductService& conduct, const services::ConductSubject& subject, int year) {
    auto grades = conduct.grades(subject);
    if (!grades)
        return std::unexpected(grades.error());
    const auto found = std::ranges::find(*grades, year, &domain::Evaluation::year);
    return found == grades->end() ? std::nullopt : std::optional(*found);
}

Status restoreGrade(services::ConductService& conduct, const services::ConductSubject& subject,
                    int year, const std::optional<domain::Evaluation>& state) {
    if (!state)
        return conduct.removeGrade(subject, year);
    auto set = conduct.setGrade(subject, year, state->grade, state->note);
    return set ? Status{} : Status(std::unexpected(set.error()));
}

// Makes the person's record with this uuid exactly state: written anew when
// missing (under the same uuid), replaced when there, removed for nullopt.
Status restoreDiscipline(services::ConductService& conduct, domain::RowId personId,
                         const QString& uuid, std::optional<domain::Discipline> state) {
    auto records = conduct.discipline(personId);
    if (!records)
        return std::unexpected(records.error());
    const auto stored = std::ranges::find(*records, uuid, &domain::Discipline::uuid);
    if (!state)
        return stored == records->end() ? Status{} : conduct.removeDiscipline(stored->id);
    if (stored != records->end()) {
        state->id = stored->id;
        return conduct.updateDiscipline(*state);
    }
    auto added = conduct.addDiscipline(*state);
    return added ? Status{} : Status(std::unexpected(added.error()));
}

QString recordName(const domain::Discipline& record) {
    return Text::tr("%1 from %2")
        .arg(domain::disciplineFormName(record.form), domain::vn::formatDate(record.start));
}

} // namespace

ConductSteps::ConductSteps(services::ConductService& conduct, QUndoStack& stack,
                           CommandFailure failed)
    : conduct_(conduct)
    , stack_(stack)
    , failed_(std::move(failed)) {}

Status ConductSteps::setGrade(const services::ConductSubject& subject, int year,
                              domain::Grade grade, const QString& note) {
    auto before = gradeIn(conduct_, subject, year);
    if (!before)
        return std::unexpected(before.error());
    auto after = conduct_.setGrade(subject, year, grade, note);
    if (!after)
        return std::unexpected(after.error());
    pushGrade(Text::tr("grade %1 for %2").arg(domain::gradeCode(grade)).arg(year), subject, year,
              *before, *after);
    return {};
}

Status ConductSteps::removeGrade(const services::ConductSubject& subject, int year) {
    auto before = gradeIn(conduct_, subject, year);
    if (!before)
        return std::unexpected(before.error());
    if (auto removed = conduct_.removeGrade(subject, year); !removed)
        return removed;
    pushGrade(Text::tr("remove the grade for %1").arg(year), subject, year, *before, std::nullopt);
    return {};
}

Status ConductSteps::addDiscipline(const domain::Discipline& record) {
    auto added = conduct_.addDiscipline(record);
    if (!added)
        return std::unexpected(added.error());
    pushDiscipline(Text::tr("add %1").arg(recordName(*added)), std::nullopt, *added);
    return {};
}

Status ConductSteps::updateDiscipline(const domain::Discipline& before,
                                      const domain::Discipline& after) {
    if (auto updated = conduct_.updateDiscipline(after); !updated)
        return updated;
    domain::Discipline stored = after;
    stored.uuid = before.uuid;
    stored.personId = before.personId;
    pushDiscipline(Text::tr("change %1").arg(recordName(before)), before, stored);
    return {};
}

Status ConductSteps::removeDiscipline(const domain::Discipline& before) {
    if (auto removed = conduct_.removeDiscipline(before.id); !removed)
        return removed;
    pushDiscipline(Text::tr("remove %1").arg(recordName(before)), before, std::nullopt);
    return {};
}

void ConductSteps::pushGrade(const QString& text, const services::ConductSubject& subject, int year,
                             std::optional<domain::Evaluation> before,
                             std::optional<domain::Evaluation> after) {
    auto states = beforeAndAfter(std::move(before), std::move(after));
    auto apply = [this, subject, year, states](bool forward) -> Status {
        return restoreGrade(conduct_, subject, year, forward ? states->second : states->first);
    };
    stack_.push(new ChangeCommand(text, apply, failed_));
}

void ConductSteps::pushDiscipline(const QString& text, std::optional<domain::Discipline> before,
                                  std::optional<domain::Discipline> after) {
    const domain::RowId personId = before ? before->personId : after->personId;
    const QString uuid = before ? before->uuid : after->uuid;
    auto states = beforeAndAfter(std::move(before), std::move(after));
    auto apply = [this, personId, uuid, states](bool forward) {
        return restoreDiscipline(conduct_, personId, uuid,
                                 forward ? states->second : states->first);
    };
    stack_.push(new ChangeCommand(text, apply, failed_));
}

} // namespace thidua::ui
