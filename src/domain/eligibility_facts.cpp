#include "eligibility_facts.h"

#include <QLatin1StringView>

#include <array>

namespace thidua::domain {

namespace {

// The codes rules can name, a bit each; more codes take more bits.
constexpr std::array<QLatin1StringView, 15> knownCodes{
    QLatin1StringView("LDTT"),   QLatin1StringView("CSTDCS"), QLatin1StringView("CSTDBO"),
    QLatin1StringView("CSTDTQ"), QLatin1StringView("TTLDTT"), QLatin1StringView("TTLDXS"),
    QLatin1StringView("CTDBO"),  QLatin1StringView("CTDCP"),  QLatin1StringView("GK"),
    QLatin1StringView("BKBO"),   QLatin1StringView("BKTTG"),  QLatin1StringView("HCLD3"),
    QLatin1StringView("HCLD2"),  QLatin1StringView("HCLD1"),  QLatin1StringView("CSTT")};

void placeAt(std::vector<int>& byId, RowId id, int index) {
    if (id < 0)
        return;
    const auto at = static_cast<std::size_t>(id);
    if (byId.size() <= at)
        byId.resize(at + 1, -1);
    byId[at] = index;
}

int lookUp(const std::vector<int>& byId, RowId id) {
    return id >= 0 && static_cast<std::size_t>(id) < byId.size()
               ? byId[static_cast<std::size_t>(id)]
               : -1;
}

} // namespace

AwardBits awardBit(QStringView code) {
    for (std::size_t i = 0; i < knownCodes.size(); ++i)
        if (code == knownCodes[i])
            return AwardBits{1} << i;
    return 0;
}

std::span<const QLatin1StringView> knownAwardCodes() {
    return knownCodes;
}

int EligibilityFacts::personIndex(RowId id) const {
    return lookUp(personById_, id);
}

int EligibilityFacts::unitIndex(RowId id) const {
    return lookUp(unitById_, id);
}

void EligibilityFacts::index() {
    // Row ids are dense in practice, so a vector indexed by id beats a hash.
    personById_.assign(1, -1);
    unitById_.assign(1, -1);
    for (std::size_t i = 0; i < people.size(); ++i)
        placeAt(personById_, people[i].id, static_cast<int>(i));
    for (std::size_t i = 0; i < units.size(); ++i)
        placeAt(unitById_, units[i].id, static_cast<int>(i));
}

void addGrade(EligibilityFacts& facts, SubjectFacts& subject, int year, Grade grade) {
    if (facts.inWindow(year))
        subject.grades[static_cast<std::size_t>(facts.slot(year))] =
            static_cast<std::int8_t>(grade);
}

void addAward(EligibilityFacts& facts, SubjectFacts& subject, AwardBits bit, int year) {
    if (year < facts.firstYear())
        subject.awardsBefore |= bit;
    else if (year <= facts.year)
        subject.awards[static_cast<std::size_t>(facts.slot(year))] |= bit;
}

void gatherMembers(EligibilityFacts& facts, const std::vector<int>& unitOfPerson,
                   const std::vector<UnitPlace>& places) {
    for (std::size_t person = 0; person < unitOfPerson.size(); ++person) {
        // Upwards from the person's unit; a chain longer than the units is
        // a loop in the data, where the walk stops rather than runs for ever.
        int unit = unitOfPerson[person];
        for (std::size_t steps = 0; unit >= 0 && steps < places.size(); ++steps) {
            facts.units[static_cast<std::size_t>(unit)].members.push_back(static_cast<int>(person));
            const UnitPlace& place = places[static_cast<std::size_t>(unit)];
            unit = place.legalPersonality ? -1 : place.parent;
        }
    }
}

void countUnitGrades(EligibilityFacts& facts, const std::vector<int>& unitOfPerson) {
    std::vector<std::uint32_t> excellent(facts.units.size());
    std::vector<std::uint32_t> good(facts.units.size());
    const auto slot = static_cast<std::size_t>(facts.slot(facts.year));
    for (std::size_t i = 0; i < unitOfPerson.size(); ++i) {
        const std::int8_t grade = facts.people[i].grades[slot];
        if (unitOfPerson[i] < 0 || grade == NoGrade || !atLeastGood(static_cast<Grade>(grade)))
            continue;
        const auto unit = static_cast<std::size_t>(unitOfPerson[i]);
        ++good[unit];
        excellent[unit] += grade == static_cast<std::int8_t>(Grade::Excellent) ? 1 : 0;
    }
    for (std::size_t i = 0; i < unitOfPerson.size(); ++i)
        if (unitOfPerson[i] >= 0) {
            facts.people[i].unitExcellent = excellent[static_cast<std::size_t>(unitOfPerson[i])];
            facts.people[i].unitGood = good[static_cast<std::size_t>(unitOfPerson[i])];
        }
}

bool holdsBack(const EligibilityFacts& facts, const DisciplineFact& discipline, int year) {
    if (discipline.start > facts.day)
        return false;
    if (year == facts.year && discipline.inForceOn(facts.day))
        return true;
    return discipline.start <= QDate(year, 12, 31) &&
           (!discipline.end.isValid() || discipline.end >= QDate(year, 1, 1));
}

void addDiscipline(EligibilityFacts& facts, SubjectFacts& subject, DisciplineFact discipline) {
    for (int year = facts.firstYear(); year <= facts.year; ++year)
        if (holdsBack(facts, discipline, year))
            subject.disciplinedYears |= static_cast<std::uint16_t>(1u << facts.slot(year));
    subject.disciplines.push_back(std::move(discipline));
}

} // namespace thidua::domain
