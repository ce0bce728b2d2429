#include "eligibility_judge.h"

namespace thidua::domain {

namespace {

constexpr std::int8_t Unjudged = -1;
// Marks a judgement under way, so that rule data naming titles in a circle
// ends (as not held) instead of recursing for ever.
constexpr std::int8_t Judging = -2;

Verdict verdictOf(const Judgement& judgement) {
    bool review = false;
    for (std::uint8_t i = 0; i < judgement.findingCount; ++i) {
        if (judgement.findings[i].outcome == Outcome::Failed)
            return Verdict::NotEligible;
        review = review || judgement.findings[i].outcome == Outcome::Review;
    }
    return review ? Verdict::NeedsReview : Verdict::Eligible;
}

} // namespace

EligibilityJudge::EligibilityJudge(const RuleBook& book, const EligibilityFacts& facts)
    : facts_(facts) {
    // One cache per individual title the book has rules for: the titles a
    // higher rule or a collective may ask about for the year judged.
    for (const AwardRules& award : book.awards)
        if (award.subject == TitleSubject::Individual && awardBit(award.awardCode) != 0)
            caches_.push_back({awardBit(award.awardCode), &award,
                               std::vector<std::int8_t>(facts_.people.size(), Unjudged)});
}

Judgement EligibilityJudge::person(int index, const AwardRules* rules) {
    Judgement judgement;
    judgement.rules = rules;
    if (!rules)
        return judgement;
    for (std::size_t i = 0; i < rules->rules.size(); ++i)
        personCondition(index, rules->rules[i], static_cast<std::uint8_t>(i), judgement);
    judgement.verdict = verdictOf(judgement);
    return judgement;
}

Judgement EligibilityJudge::unit(int index, const AwardRules* rules) {
    Judgement judgement;
    judgement.rules = rules;
    if (!rules)
        return judgement;
    for (std::size_t i = 0; i < rules->rules.size(); ++i)
        unitCondition(index, rules->rules[i], static_cast<std::uint8_t>(i), judgement);
    judgement.verdict = verdictOf(judgement);
    return judgement;
}

void EligibilityJudge::gradeCondition(const SubjectFacts& subject, const EligibilityRule& rule,
                                      std::uint8_t position, Judgement& judgement) const {
    const std::int8_t have = grade(subject, facts_.year);
    const auto need = static_cast<std::int8_t>(rule.value);
    const Outcome outcome = have == NoGrade ? Outcome::Review
                            : have <= need  ? Outcome::Met
                                            : Outcome::Failed;
    judgement.add(finding(position, outcome, static_cast<std::int16_t>(facts_.year), have, need));
}

EligibilityJudge::Held EligibilityJudge::recorded(const SubjectFacts& subject, AwardBits title,
                                                  int year) const {
    if (!facts_.inWindow(year))
        return Held::No;
    return (subject.awards[static_cast<std::size_t>(facts_.slot(year))] & title) != 0 ? Held::Yes
                                                                                      : Held::No;
}

EligibilityJudge::Held EligibilityJudge::personHolds(int index, AwardBits title, int year) {
    const SubjectFacts& person = facts_.people[static_cast<std::size_t>(index)];
    const Held record = recorded(person, title, year);
    if (record == Held::Yes || year != facts_.year)
        return record;
    for (Cache& cache : caches_) {
        if (cache.title != title)
            continue;
        std::int8_t& verdict = cache.verdicts[static_cast<std::size_t>(index)];
        if (verdict == Judging)
            return Held::No;
        if (verdict == Unjudged) {
            verdict = Judging;
            verdict = static_cast<std::int8_t>(this->person(index, cache.rules).verdict);
        }
        switch (static_cast<Verdict>(verdict)) {
        case Verdict::Eligible:
            return Held::Yes;
        case Verdict::NeedsReview:
            return Held::Maybe;
        case Verdict::NotEligible:
            return Held::No;
        }
    }
    return Held::No;
}

int EligibilityJudge::unusedInitiatives(const SubjectFacts& person, unsigned level,
                                        int firstYear) const {
    int found = 0;
    for (const InitiativeFact& initiative : person.initiatives)
        if (!initiative.used && static_cast<unsigned>(initiative.level) >= level &&
            initiative.year >= firstYear && initiative.year <= facts_.year)
            ++found;
    return found;
}

std::int8_t EligibilityJudge::grade(const SubjectFacts& subject, int year) const {
    return facts_.inWindow(year) ? subject.grades[static_cast<std::size_t>(facts_.slot(year))]
                                 : NoGrade;
}

bool EligibilityJudge::disciplined(const SubjectFacts& subject, int year) const {
    return facts_.inWindow(year) && (subject.disciplinedYears >> facts_.slot(year) & 1u) != 0;
}

} // namespace thidua::domain
