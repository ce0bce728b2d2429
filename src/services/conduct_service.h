#pragma once

#include "discipline.h"
#include "evaluation.h"
#include "listing_types.h"
#include "result.h"

#include <QString>

#include <vector>

namespace thidua::services {

struct ServiceContext;

// Whose yearly grades: a person's or a unit's (a collective is graded too).
struct ConductSubject {
    SubjectKind kind = SubjectKind::Person;
    domain::RowId id = domain::NoId;

    static ConductSubject person(domain::RowId personId) { return {SubjectKind::Person, personId}; }
    static ConductSubject unit(domain::RowId unitId) { return {SubjectKind::Unit, unitId}; }
};

// What eligibility reads of a person's or a unit's conduct, as a clerk keeps
// it: the yearly grade (one per subject and year, from 2000 to this year) and
// discipline records (people only), kept to domain/conduct_rules.h. Every
// change is one audited transaction ("evaluation", "discipline") announced by
// ConductChanged after commit.
class ConductService {
public:
    explicit ConductService(ServiceContext& context)
        : context_(context) {}

    // Oldest year first.
    Result<std::vector<domain::Evaluation>> grades(const ConductSubject& subject);
    // The year's grade, written or replaced (its uuid kept).
    Result<domain::Evaluation> setGrade(const ConductSubject& subject, int year,
                                        domain::Grade grade, const QString& note);
    // Nothing to remove is not an error: the year ends without a grade either way.
    Status removeGrade(const ConductSubject& subject, int year);

    // By start date.
    Result<std::vector<domain::Discipline>> discipline(domain::RowId personId);
    // A given uuid is kept, so that undo and redo find the record again.
    Result<domain::Discipline> addDiscipline(domain::Discipline record);
    // Every field but the person and the uuid.
    Status updateDiscipline(domain::Discipline record);
    Status removeDiscipline(domain::RowId recordId);

private:
    ServiceContext& context_;
};

} // namespace thidua::services
