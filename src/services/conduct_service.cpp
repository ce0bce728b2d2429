#include "conduct_service.h"

#include "audit_json.h"
#include "conduct_rules.h"
#include "evaluation_repository.h"
#include "person_repository.h"
#include "service_context.h"
#include "unit_repository.h"
#include "vietnamese_text.h"

#include <algorithm>

namespace thidua::services {

namespace {

Status audit(ServiceContext& context, const QString& entity, const QString& uuid,
             storage::AuditAction action, QJsonObject before, QJsonObject after) {
    return storage::AuditLog(context.db)
        .record(context.audit(entity, uuid, action, std::move(before), std::move(after)));
}

ConductChanged changedFor(const ConductSubject& subject) {
    return subject.kind == SubjectKind::Person ? ConductChanged{subject.id, domain::NoId}
                                               : ConductChanged{domain::NoId, subject.id};
}

// Fails with NotFound when the person or unit does not exist.
Status requireSubject(storage::Database& db, const ConductSubject& subject) {
    if (subject.kind == SubjectKind::Person) {
        auto person = storage::PersonRepository(db).find(subject.id);
        return person ? Status{} : Status(std::unexpected(person.error()));
    }
    auto unit = storage::UnitRepository(db).find(subject.id);
    return unit ? Status{} : Status(std::unexpected(unit.error()));
}

// The subject exists and, when it is a unit, existed in the year.
Status requireGradable(storage::Database& db, const ConductSubject& subject, int year) {
    if (subject.kind == SubjectKind::Person)
        return requireSubject(db, subject);
    auto unit = storage::UnitRepository(db).find(subject.id);
    if (!unit)
        return std::unexpected(unit.error());
    if (auto refusal = domain::unitGradeRefusal(*unit, year))
        return fail(ErrorCode::InvalidInput, *refusal);
    return {};
}

Result<std::vector<domain::Evaluation>> gradesOf(storage::Database& db,
                                                 const ConductSubject& subject) {
    storage::EvaluationRepository evaluations(db);
    return subject.kind == SubjectKind::Person ? evaluations.forPerson(subject.id)
                                               : evaluations.forUnit(subject.id);
}

Result<std::optional<domain::Evaluation>> gradeIn(storage::Database& db,
                                                  const ConductSubject& subject, int year) {
    auto grades = gradesOf(db, subject);
    if (!grades)
        return std::unexpected(grades.error());
    const auto found = std::ranges::find(*grades, year, &domain::Evaluation::year);
    return found == grades->end() ? std::nullopt : std::optional(*found);
}

// Refused by domain::disciplineRefusal against the person's other records.
Status checkDiscipline(storage::Database& db, const domain::Discipline& record) {
    auto others = storage::EvaluationRepository(db).disciplineOf(record.personId);
    if (!others)
        return std::unexpected(others.error());
    if (auto refusal = domain::disciplineRefusal(record, *others))
        return fail(ErrorCode::InvalidInput, *refusal);
    return {};
}

void tidy(domain::Discipline& record) {
    record.decision = domain::vn::normalized(record.decision);
    record.reason = domain::vn::normalized(record.reason);
}

} // namespace

Result<std::vector<domain::Evaluation>> ConductService::grades(const ConductSubject& subject) {
    return gradesOf(context_.db, subject);
}

Result<domain::Evaluation> ConductService::setGrade(const ConductSubject& subject, int year,
                                                    domain::Grade grade, const QString& note) {
    if (auto refusal = domain::gradeYearRefusal(year, context_.clock.today()))
        return fail(ErrorCode::InvalidInput, *refusal);
    domain::Evaluation after;
    auto ok = inTransaction(
        context_,
        [&]() -> Status {
            if (auto ok = requireGradable(context_.db, subject, year); !ok)
                return ok;
            auto before = gradeIn(context_.db, subject, year);
            if (!before)
                return std::unexpected(before.error());
            storage::EvaluationRepository evaluations(context_.db);
            if (*before) {
                after = **before;
                after.grade = grade;
                after.note = domain::vn::normalized(note);
                if (auto updated = evaluations.update(after); !updated)
                    return updated;
                return audit(context_, QStringLiteral("evaluation"), after.uuid,
                             storage::AuditAction::Update, toJson(**before), toJson(after));
            }
            after.year = year;
            (subject.kind == SubjectKind::Person ? after.personId : after.unitId) = subject.id;
            after.grade = grade;
            after.note = domain::vn::normalized(note);
            if (auto inserted = evaluations.insert(after); !inserted)
                return inserted;
            return audit(context_, QStringLiteral("evaluation"), after.uuid,
                         storage::AuditAction::Create, {}, toJson(after));
        },
        [&] { return changedFor(subject); });
    if (!ok)
        return std::unexpected(ok.error());
    return after;
}

Status ConductService::removeGrade(const ConductSubject& subject, int year) {
    return inTransaction(
        context_,
        [&]() -> Status {
            auto before = gradeIn(context_.db, subject, year);
            if (!before)
                return std::unexpected(before.error());
            if (!*before)
                return {};
            if (auto removed =
                    storage::EvaluationRepository(context_.db).removeEvaluation((*before)->id);
                !removed)
                return removed;
            return audit(context_, QStringLiteral("evaluation"), (*before)->uuid,
                         storage::AuditAction::Delete, toJson(**before), {});
        },
        [&] { return changedFor(subject); });
}

Result<std::vector<domain::Discipline>> ConductService::discipline(domain::RowId personId) {
    return storage::EvaluationRepository(context_.db).disciplineOf(personId);
}

Result<domain::Discipline> ConductService::addDiscipline(domain::Discipline record) {
    record.id = domain::NoId;
    tidy(record);
    auto ok = inTransaction(
        context_,
        [&]() -> Status {
            if (auto ok = requireSubject(context_.db, ConductSubject::person(record.personId)); !ok)
                return ok;
            if (auto ok = checkDiscipline(context_.db, record); !ok)
                return ok;
            if (auto inserted = storage::EvaluationRepository(context_.db).insert(record);
                !inserted)
                return inserted;
            return audit(context_, QStringLiteral("discipline"), record.uuid,
                         storage::AuditAction::Create, {}, toJson(record));
        },
        [&] {
            return ConductChanged{record.personId, domain::NoId};
        });
    if (!ok)
        return std::unexpected(ok.error());
    return record;
}

Status ConductService::updateDiscipline(domain::Discipline record) {
    tidy(record);
    return inTransaction(
        context_,
        [&]() -> Status {
            storage::EvaluationRepository records(context_.db);
            auto before = records.findDiscipline(record.id);
            if (!before)
                return std::unexpected(before.error());
            record.uuid = before->uuid;
            record.personId = before->personId;
            if (auto ok = checkDiscipline(context_.db, record); !ok)
                return ok;
            if (auto updated = records.update(record); !updated)
                return updated;
            return audit(context_, QStringLiteral("discipline"), record.uuid,
                         storage::AuditAction::Update, toJson(*before), toJson(record));
        },
        [&] {
            return ConductChanged{record.personId, domain::NoId};
        });
}

Status ConductService::removeDiscipline(domain::RowId recordId) {
    domain::RowId personId = domain::NoId;
    return inTransaction(
        context_,
        [&]() -> Status {
            storage::EvaluationRepository records(context_.db);
            auto before = records.findDiscipline(recordId);
            if (!before)
                return std::unexpected(before.error());
            personId = before->personId;
            if (auto removed = records.removeDiscipline(recordId); !removed)
                return removed;
            return audit(context_, QStringLiteral("discipline"), before->uuid,
                         storage::AuditAction::Delete, toJson(*before), {});
        },
        [&] {
            return ConductChanged{personId, domain::NoId};
        });
}

} // namespace thidua::services
