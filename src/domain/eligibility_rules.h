#pragma once

#include "title.h"

#include <QDate>
#include <QString>

#include <optional>
#include <vector>

// Eligibility rules as data (domain brief §0, §2): sets of conditions, each
// set in force between two days under a legal basis, each condition citing
// its article. The national set in force on the judging day applies; a
// sector set in force that day replaces the national conditions of the titles
// it covers. Translation context "thidua::domain".
namespace thidua::domain {

enum class RuleLayer { National, Sector };

struct EligibilityRuleSet {
    QString code; // "ND152"
    QString name;
    QString legalBasis;
    RuleLayer layer = RuleLayer::National;
    QDate effectiveFrom;
    QDate effectiveTo; // invalid while open-ended
    bool verified = true;

    bool inForceOn(QDate day) const {
        return day >= effectiveFrom && (!effectiveTo.isValid() || day <= effectiveTo);
    }
};

// What a condition checks. years, count and code of the rule give its
// numbers; "the year" is the year judged.
enum class ConditionKind {
    Grade,                 // graded code (HTTNV, HTXSNV) or better in the year
    NoDiscipline,          // no discipline record touching the year (a hold)
    LowerTitle,            // holds the lower title code in the year
    ExcellentOrInitiative, // HTXSNV in the year, or count unused initiatives of level code
    ConsecutiveTitle,      // count consecutive terms of years years of title code, to the year
    TitleOrInitiatives,    // code in each of the last years years, or HTXSNV in each of them
                           // with count unused initiatives recognised in them
    Initiative,            // count unused initiatives of level code or higher in years years
    PriorAward,            // award code received at least years years before the year
    GoodYears,             // HTTNV or better, undisciplined, in each of the last years years
    TitleCount,            // title code in count of the last years years
    ExcellentYears,        // HTXSNV in count of the last years years; for a unit, a year holding
                           // title code (TTLĐXS, which needs that grade) counts too
    ExcellentCap,          // met when HTXSNV is not the person's ground, or when the HTXSNV of
                           // their unit in the year are count per cent or fewer of those HTTNV
                           // or better; over it, a person chooses (review)
    WorkedMonths,          // worked count months of the year or more, from joining the unit's
                           // service (the earliest assignment); maternity leave counts as work
    MemberShare,           // count per cent of the members hold title code in the year
    MembersCompleted,      // count per cent of the members graded HTNV or better
    MemberTitles,          // count members hold title code in the year
    MemberDiscipline,      // no member disciplined with form code or heavier in the year
    Vote,                  // proposed for title code by its cluster's vote of the year
    Review                 // a quality the data cannot show: text says what a person checks
};

// The stored codes: "grade", "no_discipline", "lower_title" …
QString conditionKindCode(ConditionKind kind);
std::optional<ConditionKind> conditionKindFromCode(const QString& code);

struct EligibilityRule {
    QString setCode;
    QString awardCode; // the title or form this rule is a condition of
    TitleSubject subject = TitleSubject::Individual;
    QString name; // unique within the set, award and subject: "cstdcs"
    int position = 0;
    ConditionKind kind = ConditionKind::Review;
    int years = 0;
    int count = 0;
    QString code;
    QString text;
    QString citation; // "Điều 22 Luật TĐKT 2022"
    bool verified = true;
    // code resolved by ruleBookOn for the judge: a Grade, an AwardBits, an
    // InitiativeLevel or a DisciplineForm as the kind reads it.
    unsigned value = 0;

    // "ND152:CSTDBO.cstdcs": how an administrator names it to edit it.
    QString key() const;
    // The set, title or form, subject and name a key gives; nullopt for text
    // that is not one.
    static std::optional<EligibilityRule> fromKey(const QString& key);
};

// Every set and rule an administrator keeps.
struct EligibilityRuleData {
    std::vector<EligibilityRuleSet> sets;
    std::vector<EligibilityRule> rules;
};

// The conditions of one title or form for one subject, in order, and the set
// they come from.
struct AwardRules {
    QString awardCode;
    TitleSubject subject = TitleSubject::Individual;
    QString setCode;
    std::vector<EligibilityRule> rules;
};

// The rules in force on the judging day.
struct RuleBook {
    QDate day;
    std::vector<EligibilityRuleSet> sets; // those in force: the national one first
    std::vector<AwardRules> awards;

    const AwardRules* find(const QString& awardCode, TitleSubject subject) const;
    bool empty() const { return sets.empty(); }
};

// The rule book of the day: the national set in force (the latest starting
// one if several overlap) with each sector set in force replacing its titles.
RuleBook ruleBookOn(const EligibilityRuleData& data, QDate day);

// 31/12 of the year: the day a year's titles are judged unless told otherwise.
inline QDate defaultJudgingDay(int year) {
    return QDate(year, 12, 31);
}

// Why a rule's numbers cannot be stored: a negative or zero count or span
// where the kind needs one, a share above 100 %.
std::optional<QString> ruleRefusal(const EligibilityRule& rule);

} // namespace thidua::domain
