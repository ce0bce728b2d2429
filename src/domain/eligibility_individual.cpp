#include "eligibility_judge.h"

// The conditions of individual titles and forms (Luật TĐKT 2022, Điều 21–24,
// 44, 73, 74), as the rule data parameterises them.
namespace thidua::domain {

namespace {

Outcome outcomeOf(bool met, bool maybe) {
    return met ? Outcome::Met : maybe ? Outcome::Review : Outcome::Failed;
}

} // namespace

void EligibilityJudge::personCondition(int index, const EligibilityRule& rule,
                                       std::uint8_t position, Judgement& judgement) {
    const SubjectFacts& person = facts_.people[static_cast<std::size_t>(index)];
    const int year = facts_.year;
    const auto excellent = static_cast<std::int8_t>(Grade::Excellent);
    switch (rule.kind) {
    case ConditionKind::Grade:
        gradeCondition(person, rule, position, judgement);
        return;
    case ConditionKind::NoDiscipline: {
        if (!disciplined(person, year)) {
            judgement.add(finding(position, Outcome::Met, year, 0, 0));
            return;
        }
        // need: 1 while a discipline is in force on the judging day (a hold), 0
        // when those of the year have ended (the year is not whole).
        int heaviest = 0;
        bool inForce = false;
        for (const DisciplineFact& discipline : person.disciplines)
            if (holdsBack(facts_, discipline, year)) {
                heaviest = std::max(heaviest, static_cast<int>(discipline.form));
                inForce = inForce || discipline.inForceOn(facts_.day);
            }
        judgement.add(finding(position, Outcome::Failed, year, heaviest, inForce ? 1 : 0));
        return;
    }
    case ConditionKind::LowerTitle: {
        const Held held = personHolds(index, rule.value, year);
        judgement.add(
            finding(position, outcomeOf(held == Held::Yes, held == Held::Maybe), year, 0, 0));
        return;
    }
    case ConditionKind::ExcellentOrInitiative: {
        const std::int8_t have = grade(person, year);
        const int initiatives = unusedInitiatives(person, rule.value, year);
        const bool met = have == excellent || initiatives >= std::max(rule.count, 1);
        judgement.add(finding(position, outcomeOf(met, have == NoGrade), year, have, initiatives));
        return;
    }
    case ConditionKind::ConsecutiveTitle: {
        // The terms end at the year judged and follow each other backwards.
        const int before = judgement.findingCount;
        for (int term = 0; term < rule.count; ++term) {
            const int end = year - term * std::max(rule.years, 1);
            const Held held = personHolds(index, rule.value, end);
            if (held != Held::Yes)
                judgement.add(finding(position,
                                      held == Held::Maybe ? Outcome::Review : Outcome::Failed, end,
                                      rule.count, 0));
        }
        if (judgement.findingCount == before)
            judgement.add(finding(position, Outcome::Met, year, rule.count, 0));
        return;
    }
    case ConditionKind::TitleOrInitiatives: {
        bool titles = true;
        bool maybe = true;
        bool excellentYears = true;
        int held = 0;
        for (int y = year - rule.years + 1; y <= year; ++y) {
            const Held h = personHolds(index, rule.value, y);
            titles = titles && h == Held::Yes;
            maybe = maybe && h != Held::No;
            held += h == Held::Yes ? 1 : 0;
            excellentYears = excellentYears && grade(person, y) == excellent;
        }
        const int initiatives = unusedInitiatives(
            person, static_cast<unsigned>(InitiativeLevel::Grassroots), year - rule.years + 1);
        const bool met = titles || (excellentYears && initiatives >= rule.count);
        judgement.add(finding(position, outcomeOf(met, maybe), year, held, initiatives));
        return;
    }
    case ConditionKind::Initiative: {
        const int found = unusedInitiatives(person, rule.value, year - rule.years + 1);
        judgement.add(
            finding(position, outcomeOf(found >= rule.count, false), year, found, rule.count));
        return;
    }
    case ConditionKind::PriorAward: {
        // Received, then the years after it: a year no later than year - years.
        int received = (person.awardsBefore & rule.value) != 0 ? facts_.firstYear() - 1 : 0;
        for (int y = facts_.firstYear(); y <= year - rule.years; ++y)
            if (recorded(person, rule.value, y) == Held::Yes)
                received = y;
        judgement.add(
            finding(position, outcomeOf(received != 0, false), received, year - rule.years, 0));
        return;
    }
    case ConditionKind::GoodYears: {
        const int before = judgement.findingCount;
        for (int y = year - rule.years + 1; y <= year; ++y) {
            const std::int8_t have = grade(person, y);
            if (have == NoGrade)
                judgement.add(finding(position, Outcome::Review, y, have, 0));
            else if (!atLeastGood(static_cast<Grade>(have)) || disciplined(person, y))
                judgement.add(
                    finding(position, Outcome::Failed, y, have, disciplined(person, y) ? 1 : 0));
        }
        if (judgement.findingCount == before)
            judgement.add(finding(position, Outcome::Met, year, rule.years, 0));
        return;
    }
    case ConditionKind::TitleCount: {
        int held = 0;
        int maybe = 0;
        for (int y = year - rule.years + 1; y <= year; ++y) {
            const Held h = personHolds(index, rule.value, y);
            held += h == Held::Yes ? 1 : 0;
            maybe += h == Held::Maybe ? 1 : 0;
        }
        judgement.add(finding(position, outcomeOf(held >= rule.count, held + maybe >= rule.count),
                              year, held, rule.count));
        return;
    }
    case ConditionKind::ExcellentYears: {
        int found = 0;
        for (int y = year - rule.years + 1; y <= year; ++y)
            found += grade(person, y) == excellent ? 1 : 0;
        judgement.add(
            finding(position, outcomeOf(found >= rule.count, false), year, found, rule.count));
        return;
    }
    case ConditionKind::ExcellentCap: {
        // The cap bounds CSTĐ cơ sở reached through HTXSNV alone (domain brief
        // §2.1): with an unused initiative the person does not need the grade.
        const bool byGrade =
            grade(person, year) == excellent &&
            unusedInitiatives(person, static_cast<unsigned>(InitiativeLevel::Grassroots), year) ==
                0;
        const auto have = static_cast<int>(byGrade ? person.unitExcellent : 0);
        const auto of = static_cast<int>(byGrade ? person.unitGood : 0);
        judgement.add(
            finding(position,
                    static_cast<long long>(have) * 100 > static_cast<long long>(rule.count) * of
                        ? Outcome::Review
                        : Outcome::Met,
                    year, have, of));
        return;
    }
    case ConditionKind::WorkedMonths: {
        // Whole months from joining to 31/12: joining on the 1st counts its
        // month. Nothing is taken off for leave, since maternity leave counts
        // as work (Nghị định 152/2025/NĐ-CP Điều 4) and other absences are not
        // recorded; a person whose joining is unknown worked the whole year.
        const QDate joined = person.joined;
        const int months = !joined.isValid() || joined <= QDate(year, 1, 1) ? 12
                           : joined.year() > year
                               ? 0
                               : 12 - joined.month() + (joined.day() == 1 ? 1 : 0);
        judgement.add(
            finding(position, outcomeOf(months >= rule.count, false), year, months, rule.count));
        return;
    }
    case ConditionKind::Review:
        judgement.add(finding(position, Outcome::Review, year, 0, 0));
        return;
    case ConditionKind::MemberShare:
    case ConditionKind::MembersCompleted:
    case ConditionKind::MemberTitles:
    case ConditionKind::MemberDiscipline:
    case ConditionKind::Vote:
        // Conditions of collectives: a person never meets them.
        judgement.add(finding(position, Outcome::Failed, year, 0, 0));
        return;
    }
}

} // namespace thidua::domain
