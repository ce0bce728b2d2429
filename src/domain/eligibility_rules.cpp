#include "eligibility_rules.h"

#include "coded_names.h"
#include "discipline.h"
#include "eligibility_facts.h"
#include "evaluation.h"
#include "initiative.h"

#include <QCoreApplication>

#include <algorithm>
#include <array>

namespace thidua::domain {

namespace {

QString tr(const char* text) {
    return QCoreApplication::translate("thidua::domain", text);
}

constexpr std::array<CodedName<ConditionKind>, 19> kinds{{
    {ConditionKind::Grade, u"grade", u"grade"},
    {ConditionKind::NoDiscipline, u"no_discipline", u"no_discipline"},
    {ConditionKind::LowerTitle, u"lower_title", u"lower_title"},
    {ConditionKind::ExcellentOrInitiative, u"excellent_or_initiative", u"excellent_or_initiative"},
    {ConditionKind::ConsecutiveTitle, u"consecutive_title", u"consecutive_title"},
    {ConditionKind::TitleOrInitiatives, u"title_or_initiatives", u"title_or_initiatives"},
    {ConditionKind::Initiative, u"initiative", u"initiative"},
    {ConditionKind::PriorAward, u"prior_award", u"prior_award"},
    {ConditionKind::GoodYears, u"good_years", u"good_years"},
    {ConditionKind::TitleCount, u"title_count", u"title_count"},
    {ConditionKind::ExcellentYears, u"excellent_years", u"excellent_years"},
    {ConditionKind::ExcellentCap, u"excellent_cap", u"excellent_cap"},
    {ConditionKind::WorkedMonths, u"worked_months", u"worked_months"},
    {ConditionKind::MemberShare, u"member_share", u"member_share"},
    {ConditionKind::MembersCompleted, u"members_completed", u"members_completed"},
    {ConditionKind::MemberTitles, u"member_titles", u"member_titles"},
    {ConditionKind::MemberDiscipline, u"member_discipline", u"member_discipline"},
    {ConditionKind::Vote, u"vote", u"vote"},
    {ConditionKind::Review, u"review", u"review"},
}};

// The code of the rule as the judge reads it.
unsigned resolved(const EligibilityRule& rule) {
    switch (rule.kind) {
    case ConditionKind::Grade:
        return static_cast<unsigned>(gradeFromText(rule.code).value_or(Grade::Good));
    case ConditionKind::ExcellentOrInitiative:
    case ConditionKind::Initiative:
        return static_cast<unsigned>(
            initiativeLevelFromText(rule.code).value_or(InitiativeLevel::Grassroots));
    case ConditionKind::MemberDiscipline:
        return static_cast<unsigned>(
            disciplineFormFromCode(rule.code).value_or(DisciplineForm::Reprimand));
    default:
        return awardBit(rule.code);
    }
}

bool needsCount(ConditionKind kind) {
    return kind == ConditionKind::ConsecutiveTitle || kind == ConditionKind::Initiative ||
           kind == ConditionKind::TitleCount || kind == ConditionKind::ExcellentYears ||
           kind == ConditionKind::MemberShare || kind == ConditionKind::MembersCompleted ||
           kind == ConditionKind::MemberTitles || kind == ConditionKind::TitleOrInitiatives ||
           kind == ConditionKind::WorkedMonths || kind == ConditionKind::ExcellentCap;
}

bool needsYears(ConditionKind kind) {
    return kind == ConditionKind::ConsecutiveTitle || kind == ConditionKind::Initiative ||
           kind == ConditionKind::PriorAward || kind == ConditionKind::GoodYears ||
           kind == ConditionKind::TitleCount || kind == ConditionKind::ExcellentYears ||
           kind == ConditionKind::TitleOrInitiatives;
}

bool isShare(ConditionKind kind) {
    return kind == ConditionKind::MemberShare || kind == ConditionKind::MembersCompleted ||
           kind == ConditionKind::ExcellentCap;
}

} // namespace

QString conditionKindCode(ConditionKind kind) {
    return codeIn(kinds, kind);
}

std::optional<ConditionKind> conditionKindFromCode(const QString& code) {
    for (const auto& entry : kinds)
        if (code == QString::fromUtf16(entry.code))
            return entry.value;
    return std::nullopt;
}

QString EligibilityRule::key() const {
    return QStringLiteral("%1:%2%3.%4")
        .arg(setCode, awardCode,
             subject == TitleSubject::Collective ? QStringLiteral("/tt") : QString(), name);
}

std::optional<EligibilityRule> EligibilityRule::fromKey(const QString& key) {
    const qsizetype colon = key.indexOf(QLatin1Char(':'));
    const qsizetype dot = key.indexOf(QLatin1Char('.'), colon + 1);
    if (colon <= 0 || dot < 0)
        return std::nullopt;
    EligibilityRule rule;
    rule.setCode = key.left(colon).trimmed();
    QString award = key.mid(colon + 1, dot - colon - 1).trimmed();
    if (award.endsWith(QStringLiteral("/tt"))) {
        rule.subject = TitleSubject::Collective;
        award.chop(3);
    }
    rule.awardCode = award;
    rule.name = key.mid(dot + 1).trimmed();
    if (rule.setCode.isEmpty() || rule.awardCode.isEmpty() || rule.name.isEmpty() ||
        rule.awardCode.contains(QLatin1Char('/')) || rule.name.contains(QLatin1Char('.')))
        return std::nullopt;
    return rule;
}

const AwardRules* RuleBook::find(const QString& awardCode, TitleSubject subject) const {
    for (const AwardRules& award : awards)
        if (award.subject == subject && award.awardCode == awardCode)
            return &award;
    return nullptr;
}

RuleBook ruleBookOn(const EligibilityRuleData& data, QDate day) {
    RuleBook book;
    book.day = day;
    const EligibilityRuleSet* national = nullptr;
    for (const EligibilityRuleSet& set : data.sets)
        if (set.layer == RuleLayer::National && set.inForceOn(day) &&
            (!national || set.effectiveFrom > national->effectiveFrom))
            national = &set;
    if (!national)
        return book;
    book.sets.push_back(*national);
    for (const EligibilityRuleSet& set : data.sets)
        if (set.layer == RuleLayer::Sector && set.inForceOn(day))
            book.sets.push_back(set);
    // The sets in order: a later (sector) set's rules replace the earlier ones
    // of the same title and subject as a whole.
    for (const EligibilityRuleSet& set : book.sets) {
        std::vector<AwardRules> fromSet;
        for (const EligibilityRule& rule : data.rules) {
            if (rule.setCode != set.code)
                continue;
            auto found = std::ranges::find_if(fromSet, [&](const AwardRules& award) {
                return award.awardCode == rule.awardCode && award.subject == rule.subject;
            });
            if (found == fromSet.end())
                found = fromSet.insert(fromSet.end(),
                                       AwardRules{rule.awardCode, rule.subject, set.code, {}});
            EligibilityRule copy = rule;
            copy.value = resolved(rule);
            found->rules.push_back(std::move(copy));
        }
        for (AwardRules& award : fromSet) {
            std::ranges::sort(award.rules, {}, &EligibilityRule::position);
            std::erase_if(book.awards, [&](const AwardRules& earlier) {
                return earlier.awardCode == award.awardCode && earlier.subject == award.subject;
            });
            book.awards.push_back(std::move(award));
        }
    }
    return book;
}

std::optional<QString> ruleRefusal(const EligibilityRule& rule) {
    if (needsCount(rule.kind) && rule.count <= 0)
        return tr("The rule %1 needs a count above zero.").arg(rule.key());
    if (needsYears(rule.kind) && rule.years <= 0)
        return tr("The rule %1 needs a number of years above zero.").arg(rule.key());
    if (isShare(rule.kind) && rule.count > 100)
        return tr("The rule %1 is a share of the members: at most 100 (per cent).").arg(rule.key());
    if (rule.kind == ConditionKind::WorkedMonths && rule.count > 12)
        return tr("The rule %1 counts months of a year: at most 12.").arg(rule.key());
    if (rule.years > FactYears)
        return tr("The rule %1 may look back at most %2 years.").arg(rule.key()).arg(FactYears);
    return std::nullopt;
}

} // namespace thidua::domain
