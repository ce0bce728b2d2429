#include "eligibility_judge.h"
#include "share.h"

// The conditions of collective titles (Luật TĐKT 2022, Điều 25–28; Thông tư
// 11/2023/TT-BTP for the flag of the justice sector), read from the unit's
// grade, its members and its cluster's vote.
namespace thidua::domain {

namespace {

// Met when the sure count reaches the share, for review when the unsure ones
// would make it reach; with no members there is nothing to count.
Outcome shareOutcome(int sure, int unsure, int members, int percent) {
    if (members == 0)
        return Outcome::Review;
    const Share share{percent, 100};
    if (reaches(sure, members, share))
        return Outcome::Met;
    return reaches(sure + unsure, members, share) ? Outcome::Review : Outcome::Failed;
}

} // namespace

void EligibilityJudge::unitCondition(int index, const EligibilityRule& rule, std::uint8_t position,
                                     Judgement& judgement) {
    const SubjectFacts& unit = facts_.units[static_cast<std::size_t>(index)];
    const int year = facts_.year;
    const int members = static_cast<int>(unit.members.size());
    switch (rule.kind) {
    case ConditionKind::Grade:
        gradeCondition(unit, rule, position, judgement);
        return;
    case ConditionKind::MemberShare:
    case ConditionKind::MemberTitles: {
        int sure = 0;
        int unsure = 0;
        for (int member : unit.members) {
            const Held held = personHolds(member, rule.value, year);
            sure += held == Held::Yes ? 1 : 0;
            unsure += held == Held::Maybe ? 1 : 0;
        }
        const Outcome outcome = rule.kind == ConditionKind::MemberShare
                                    ? shareOutcome(sure, unsure, members, rule.count)
                                : sure >= rule.count          ? Outcome::Met
                                : sure + unsure >= rule.count ? Outcome::Review
                                                              : Outcome::Failed;
        judgement.add(finding(position, outcome, year, sure, members));
        return;
    }
    case ConditionKind::MembersCompleted: {
        int sure = 0;
        int unsure = 0;
        for (int member : unit.members) {
            const std::int8_t have = grade(facts_.people[static_cast<std::size_t>(member)], year);
            sure += have != NoGrade && have <= static_cast<std::int8_t>(Grade::Completed) ? 1 : 0;
            unsure += have == NoGrade ? 1 : 0;
        }
        judgement.add(finding(position, shareOutcome(sure, unsure, members, rule.count), year, sure,
                              members));
        return;
    }
    case ConditionKind::MemberDiscipline: {
        int found = 0;
        for (int member : unit.members) {
            const SubjectFacts& person = facts_.people[static_cast<std::size_t>(member)];
            if (!disciplined(person, year))
                continue;
            for (const DisciplineFact& discipline : person.disciplines)
                if (static_cast<unsigned>(discipline.form) >= rule.value &&
                    holdsBack(facts_, discipline, year)) {
                    ++found;
                    break;
                }
        }
        judgement.add(
            finding(position, found == 0 ? Outcome::Met : Outcome::Failed, year, found, members));
        return;
    }
    case ConditionKind::Vote: {
        for (const VoteFact& vote : unit.votes)
            if ((vote.title & rule.value) != 0) {
                judgement.add(finding(position, Outcome::Met, year, vote.yes, vote.members));
                return;
            }
        judgement.add(finding(position, Outcome::Failed, year, 0, 0));
        return;
    }
    case ConditionKind::ExcellentYears: {
        // The year judged's TTLĐXS is not yet recorded: its grade shows it.
        int found = 0;
        for (int y = year - rule.years + 1; y <= year; ++y)
            found += grade(unit, y) == static_cast<std::int8_t>(Grade::Excellent) ||
                             (rule.value != 0 && recorded(unit, rule.value, y) == Held::Yes)
                         ? 1
                         : 0;
        judgement.add(finding(position, found >= rule.count ? Outcome::Met : Outcome::Failed, year,
                              found, rule.count));
        return;
    }
    case ConditionKind::Review:
        judgement.add(finding(position, Outcome::Review, year, 0, 0));
        return;
    case ConditionKind::LowerTitle:
        judgement.add(
            finding(position,
                    recorded(unit, rule.value, year) == Held::Yes ? Outcome::Met : Outcome::Failed,
                    year, 0, 0));
        return;
    case ConditionKind::NoDiscipline:
    case ConditionKind::ExcellentOrInitiative:
    case ConditionKind::ConsecutiveTitle:
    case ConditionKind::TitleOrInitiatives:
    case ConditionKind::Initiative:
    case ConditionKind::PriorAward:
    case ConditionKind::GoodYears:
    case ConditionKind::TitleCount:
    case ConditionKind::WorkedMonths:
    case ConditionKind::ExcellentCap:
        // Conditions of people: the data of a collective cannot meet them.
        judgement.add(finding(position, Outcome::Failed, year, 0, 0));
        return;
    }
}

} // namespace thidua::domain
