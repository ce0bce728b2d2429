#include "evaluations_import.h"

#include "clock.h"
#include "evaluation_repository.h"
#include "import_subjects.h"
#include "import_year.h"
#include "service_context.h"
#include "service_text.h"

#include <QHash>

#include <set>

namespace thidua::services::importing {

namespace {

enum Field { FullName, BirthDate, Unit, Collective, Year, Grade, Note };

// Keys are stable: saved mappings name fields by them. Required groups: 1
// someone (see fullNameField), 2 the grade.
constexpr std::array<FieldSpec, 7> fields{{
    fullNameField,
    birthDateField,
    inGroup(unitField, 1),
    collectiveField,
    {"year",
     QT_TRANSLATE_NOOP("thidua::services", "Year"),
     {"nam", "nam danh gia", "nam xep loai", "year"}},
    {"grade",
     QT_TRANSLATE_NOOP("thidua::services", "Grade"),
     {"xep loai", "muc xep loai", "ket qua xep loai", "danh gia xep loai", "ket qua danh gia",
      "grade"},
     2},
    {"note", QT_TRANSLATE_NOOP("thidua::services", "Note"), {"ghi chu", "note"}},
}};

// The grades stored for the file's years: one per subject and year.
class GradeBook {
public:
    explicit GradeBook(storage::Database& db)
        : db_(db) {}

    // The stored grade of the subject in the year, if any.
    Result<std::optional<domain::Grade>> stored(int year, const Subject& subject) {
        if (loaded_.insert(year).second) {
            auto grades = storage::EvaluationRepository(db_).inYear(year);
            if (!grades)
                return std::unexpected(grades.error());
            for (const domain::Evaluation& grade : *grades)
                stored_.insert({year, grade.personId, grade.unitId, {}}, grade.grade);
        }
        const auto found = stored_.constFind({year, subject.personId, subject.unitId, {}});
        return found == stored_.cend() ? std::nullopt : std::optional<domain::Grade>(*found);
    }

private:
    storage::Database& db_;
    std::set<int> loaded_;
    QHash<SubjectKey, domain::Grade> stored_;
};

std::optional<domain::Grade> readGrade(ImportRow& row) {
    const QString text = row.required(Grade);
    if (text.isEmpty())
        return std::nullopt;
    if (auto grade = domain::gradeFromText(text))
        return grade;
    row.problem(Grade, Text::tr("\"%1\" is not a grade; write HTXSNV, HTTNV, HTNV or KHTNV, or "
                                "the words, e.g. \"Hoàn thành tốt nhiệm vụ\".")
                           .arg(text));
    return std::nullopt;
}

} // namespace

std::span<const FieldSpec> evaluationFields() {
    return fields;
}

Result<std::vector<EvaluationToImport>> checkEvaluations(const CheckInput& input,
                                                         ImportProgress& progress,
                                                         std::vector<ImportProblem>& problems) {
    const auto found = readColumns(input, fields, problems);
    if (!found)
        return std::vector<EvaluationToImport>{};
    const ColumnMap& columns = *found;
    // A year is graded at its end: not later than this one.
    const YearReader years(input.year, input.table.titles, input.clock.today().year());
    if (!years.checkFile(columns, Year, problems))
        return std::vector<EvaluationToImport>{};

    auto subjects = SubjectFinder::load(input, columns, {FullName, BirthDate, Unit, Collective});
    if (!subjects)
        return std::unexpected(subjects.error());
    GradeBook book(input.db);
    RepeatFinder repeats;

    std::vector<EvaluationToImport> result;
    auto ok = checkEachRow(input, columns, progress, problems, [&](ImportRow& row) -> Status {
        const auto subject = subjects->find(row);
        const auto year = years.read(row, Year);
        const auto grade = readGrade(row);
        if (!row.ok())
            return {};
        auto stored = book.stored(*year, *subject);
        if (!stored)
            return std::unexpected(stored.error());
        if (*stored)
            row.problem(Grade, Text::tr("%1 already has a grade for %2: %3.")
                                   .arg(subject->name)
                                   .arg(*year)
                                   .arg(domain::gradeCode(**stored)));
        else if (const int earlier = repeats.earlierLine(
                     {*year, subject->personId, subject->unitId, {}}, row.line());
                 earlier > 0)
            row.problem(Grade, Text::tr("%1 is graded twice for %2 in this file: on line %3 and "
                                        "on this line.")
                                   .arg(subject->name)
                                   .arg(*year)
                                   .arg(earlier));
        if (row.ok())
            result.push_back({row.line(),
                              {domain::NoId,
                               {},
                               *year,
                               subject->personId,
                               subject->unitId,
                               *grade,
                               row.text(Note)}});
        return {};
    });
    if (!ok)
        return std::unexpected(ok.error());
    return result;
}

Status writeEvaluations(ServiceContext& context, std::vector<EvaluationToImport>& evaluations,
                        ImportProgress& progress, qint64 checked) {
    storage::EvaluationRepository repository(context.db);
    AuditedInserts audited(context);
    return writeEach(evaluations, progress, checked, [&](EvaluationToImport& entry) -> Status {
        return audited.insert(repository, QStringLiteral("evaluation"), entry.evaluation);
    });
}

} // namespace thidua::services::importing
