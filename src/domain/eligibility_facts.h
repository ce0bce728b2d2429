#pragma once

#include "discipline.h"
#include "evaluation.h"
#include "ids.h"
#include "initiative.h"

#include <QDate>
#include <QLatin1StringView>
#include <QStringView>

#include <array>
#include <cstdint>
#include <span>
#include <vector>

// What eligibility reads about every subject, loaded in bulk for a window of
// years up to the year judged and kept in small fixed arrays, so that judging
// 100,000 people is arithmetic over memory rather than queries.
namespace thidua::domain {

// The window: the year judged and the eleven before it (HCLĐ hạng Ba looks
// back ten years through the Bằng khen of the Prime Minister).
inline constexpr int FactYears = 12;

// A bit per title or form that rules can name; codes outside the list are
// never held. Revoked awards and đột xuất or chuyên đề ones are not loaded
// (Nghị định 152/2025/NĐ-CP, Điều 4 khoản 3).
using AwardBits = std::uint32_t;
// The bit of a code, or 0 for one eligibility does not know.
AwardBits awardBit(QStringView code);
// The codes eligibility knows, in bit order (code i has bit 1 << i), so that a
// loader can turn codes into bits where it reads them instead of per row here.
std::span<const QLatin1StringView> knownAwardCodes();

inline constexpr std::int8_t NoGrade = -1;

struct InitiativeFact {
    RowId id = NoId;
    int year = 0;
    InitiativeLevel level = InitiativeLevel::Grassroots;
    bool used = false; // already the ground of an award: it counts once
};

struct DisciplineFact {
    DisciplineForm form = DisciplineForm::Reprimand;
    QDate start;
    QDate end; // invalid while it runs without a set end

    // In force on the day: an award is held back (tạm hoãn) while it is.
    bool inForceOn(QDate day) const { return start <= day && (!end.isValid() || end >= day); }
};

// The cluster's vote proposed the unit for the title in the year.
struct VoteFact {
    AwardBits title = 0;
    int yes = 0;
    int members = 0;
};

// A person or a unit, by year of the window: index 0 is the first year.
struct SubjectFacts {
    RowId id = NoId;
    std::array<std::int8_t, FactYears> grades; // a Grade, or NoGrade
    std::array<AwardBits, FactYears> awards{};
    AwardBits awardsBefore = 0;         // received before the window
    std::uint16_t disciplinedYears = 0; // a bit per year of the window (holdsBack)
    QDate joined; // people only: the earliest assignment's start; invalid when unknown
    // People only: of the people of their unit graded in the year judged,
    // those HTXSNV and those HTTNV or better (ConditionKind::ExcellentCap).
    std::uint32_t unitExcellent = 0;
    std::uint32_t unitGood = 0;
    std::vector<DisciplineFact> disciplines;
    std::vector<InitiativeFact> initiatives; // people only
    std::vector<VoteFact> votes;             // units only
    std::vector<int> members;                // units only: indices into people (gatherMembers)

    SubjectFacts() { grades.fill(NoGrade); }
};

struct EligibilityFacts {
    int year = 0;
    QDate day; // the judging day
    std::vector<SubjectFacts> people;
    std::vector<SubjectFacts> units;

    int firstYear() const { return year - FactYears + 1; }
    bool inWindow(int y) const { return y >= firstYear() && y <= year; }
    int slot(int y) const { return y - firstYear(); }
    // Indices by id; -1 when the subject was not loaded.
    int personIndex(RowId id) const;
    int unitIndex(RowId id) const;

    // Filled by the loader: the rows by id, after every subject is added.
    void index();

private:
    std::vector<int> personById_;
    std::vector<int> unitById_;
};

// Whether the discipline keeps the year from counting (domain brief §2.1,
// Luật TĐKT 2022 Điều 5, Nghị định 152/2025/NĐ-CP Điều 4): an award is held
// back while a discipline is in force, and after it ends achievements count
// only from its end. A yearly title rests on the whole year, so a year that
// any day of the discipline falls in does not count, whether the discipline
// covers all of it or part (ending mid-year, starting mid-year); a year whose
// last day is before the discipline begins, or whose first day is after it
// ends, does. Only a discipline begun by the judging day is known then; one
// in force on the judging day holds back the year judged even when it began
// after that year, as the hold applies while the award is being considered.
bool holdsBack(const EligibilityFacts& facts, const DisciplineFact& discipline, int year);

// Where a unit sits: its parent's index in units (-1 for none or one not
// loaded) and whether it has legal personality.
struct UnitPlace {
    int parent = -1;
    bool legalPersonality = false;
};

// Fills each unit's members: the people of the unit and of its sub-units,
// down through sub-units without legal personality. The domain brief
// (§2.2) counts "members" of a collective without saying whether sub-units
// are in it; a clerk counts a department with its phòng, tổ and ban, which
// are no collective of their own but part of it, whereas a sub-unit with
// legal personality (a Chi cục under a Cục, a school under a Sở) is a
// collective judged on its own (its head awards its grassroots titles, Luật
// TĐKT 2022 Điều 80), so neither it nor what lies below it counts again.
// unitOfPerson and places are by index into people and units.
void gatherMembers(EligibilityFacts& facts, const std::vector<int>& unitOfPerson,
                   const std::vector<UnitPlace>& places);

// Fills unitExcellent and unitGood of every person from the grades of the
// year judged of the people loaded; unitOfPerson is by index into people.
void countUnitGrades(EligibilityFacts& facts, const std::vector<int>& unitOfPerson);

// The facts a loader adds row by row.
void addGrade(EligibilityFacts& facts, SubjectFacts& subject, int year, Grade grade);
void addAward(EligibilityFacts& facts, SubjectFacts& subject, AwardBits bits, int year);
void addDiscipline(EligibilityFacts& facts, SubjectFacts& subject, DisciplineFact discipline);

} // namespace thidua::domain
