#pragma once

#include "eligibility.h"

#include <vector>

// Judges subjects against the rule book over the loaded facts. A higher title
// that needs a lower one reads the recorded awards for past years; for the
// year judged, where the lower title is decided in the same round, it judges
// the lower title itself, for the outcome only (cached per person).
// Conditions of people are in eligibility_individual.cpp, of collectives in
// eligibility_collective.cpp.
namespace thidua::domain {

class EligibilityJudge {
public:
    EligibilityJudge(const RuleBook& book, const EligibilityFacts& facts);

    // index: into facts.people or facts.units. Without rules (none in force
    // for the title and subject) the judgement is NotEligible with no finding.
    Judgement person(int index, const AwardRules* rules);
    Judgement unit(int index, const AwardRules* rules);

private:
    enum class Held : std::int8_t { No, Yes, Maybe };

    void personCondition(int index, const EligibilityRule& rule, std::uint8_t position,
                         Judgement& judgement);
    void unitCondition(int index, const EligibilityRule& rule, std::uint8_t position,
                       Judgement& judgement);
    // Grade in the year judged: shared by people and collectives.
    void gradeCondition(const SubjectFacts& subject, const EligibilityRule& rule,
                        std::uint8_t position, Judgement& judgement) const;
    // Recorded in the year, or for the year judged, judged here.
    Held personHolds(int index, AwardBits title, int year);
    Held recorded(const SubjectFacts& subject, AwardBits title, int year) const;
    // Unused initiatives of the level or higher recognised from firstYear to the year judged.
    int unusedInitiatives(const SubjectFacts& person, unsigned level, int firstYear) const;
    std::int8_t grade(const SubjectFacts& subject, int year) const;
    bool disciplined(const SubjectFacts& subject, int year) const;

    const EligibilityFacts& facts_;
    struct Cache {
        AwardBits title = 0;
        const AwardRules* rules = nullptr;
        std::vector<std::int8_t> verdicts; // per person; -1 while not judged
    };
    std::vector<Cache> caches_;
};

} // namespace thidua::domain
