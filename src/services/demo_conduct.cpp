#include "demo_conduct.h"

#include "demo_random.h"
#include "demo_writer.h"
#include "evaluation_repository.h"
#include "vietnamese_format.h"

#include <array>

namespace thidua::services::demo {

namespace {

// Most people work well or adequately year after year; a few stand out, a
// few struggle. Per cent of each grade (HTXSNV, HTTNV, HTNV, KHTNV) by the
// kind of worker a person is; overall about 11 % HTXSNV and 3 % KHTNV.
struct Tier {
    int share; // per cent of people
    std::array<int, 4> grades;
};
constexpr std::array<Tier, 3> tiers{{
    {12, {70, 28, 2, 0}}, // stands out
    {83, {3, 55, 40, 2}}, // the usual
    {5, {0, 20, 55, 25}}, // struggles
}};
constexpr std::array<int, 4> unitGrades{25, 65, 10, 0};

// One KHTNV year in this many ends in a discipline record.
constexpr int DisciplinePerFailedYears = 30;

constexpr std::array<const char16_t*, 4> reasons{
    u"Vi phạm quy chế làm việc của cơ quan", u"Chậm thực hiện nhiệm vụ được giao",
    u"Vi phạm quy định về thời giờ làm việc", u"Thiếu trách nhiệm trong thi hành công vụ"};

domain::Grade drawGrade(DemoRandom& random, const std::array<int, 4>& percents) {
    int roll = random.below(100);
    for (std::size_t grade = 0; grade < percents.size(); ++grade) {
        if (roll < percents[grade])
            return static_cast<domain::Grade>(grade);
        roll -= percents[grade];
    }
    return domain::Grade::Completed;
}

const Tier& drawTier(DemoRandom& random) {
    int roll = random.below(100);
    for (const Tier& tier : tiers) {
        if (roll < tier.share)
            return tier;
        roll -= tier.share;
    }
    return tiers[1];
}

// Khiển trách or cảnh cáo for twelve months, now and then a salary step.
domain::Discipline drawDiscipline(DemoRandom& random, domain::RowId personId, int year,
                                  int number) {
    const int roll = random.below(100);
    const auto form = roll < 70   ? domain::DisciplineForm::Reprimand
                      : roll < 95 ? domain::DisciplineForm::Warning
                                  : domain::DisciplineForm::SalaryReduction;
    const QDate decided(year, random.between(3, 11), random.between(1, 28));
    return {
        domain::NoId,
        random.uuid(),
        personId,
        form,
        QStringLiteral("Quyết định số %1/QĐ-KL ngày %2")
            .arg(number)
            .arg(domain::vn::formatDate(decided)),
        decided,
        decided.addMonths(form == domain::DisciplineForm::SalaryReduction ? 18 : 12).addDays(-1),
        QString::fromUtf16(random.pick(reasons))};
}

} // namespace

Status addConduct(DemoWriter& writer, quint64 seed, const DemoRandom& random) {
    // Another stream of the same seed; the constant only moves it away from the first.
    DemoRandom chance(seed ^ 0x9e3779b97f4a7c15ULL, random);
    storage::EvaluationRepository evaluations(writer.db());
    auto grade = [&](int year, domain::RowId personId, domain::RowId unitId,
                     domain::Grade value) -> Status {
        domain::Evaluation evaluation{domain::NoId, chance.uuid(), year, personId,
                                      unitId,       value,         {}};
        if (auto ok = evaluations.insert(evaluation); !ok)
            return ok;
        ++writer.summary().evaluations;
        return writer.reportProgress() ? Status{} : fail(ErrorCode::Cancelled, {});
    };
    for (const domain::RowId unitId : writer.units())
        for (int year = FirstGradedYear; year <= LastGradedYear; ++year)
            if (auto ok = grade(year, domain::NoId, unitId, drawGrade(chance, unitGrades)); !ok)
                return ok;
    for (const domain::RowId personId : writer.people()) {
        const Tier& tier = drawTier(chance);
        for (int year = FirstGradedYear; year <= LastGradedYear; ++year) {
            const domain::Grade value = drawGrade(chance, tier.grades);
            if (auto ok = grade(year, personId, domain::NoId, value); !ok)
                return ok;
            if (value != domain::Grade::NotCompleted || chance.below(DisciplinePerFailedYears) != 0)
                continue;
            auto record = drawDiscipline(chance, personId, year,
                                         static_cast<int>(writer.summary().disciplines) + 1);
            if (auto ok = evaluations.insert(record); !ok)
                return ok;
            ++writer.summary().disciplines;
        }
    }
    return {};
}

} // namespace thidua::services::demo
