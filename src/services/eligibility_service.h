#pragma once

#include "eligibility.h"
#include "eligibility_judge.h"
#include "result.h"

#include <QDate>
#include <QHash>

#include <memory>
#include <vector>

namespace thidua::services {

struct ServiceContext;

// What to judge: one person, one unit (with its members read), or everyone;
// one title or form (its code) or, when empty, every one in force for the
// subject; the year and the judging day (31/12 of the year when invalid),
// which chooses the rule set.
struct EligibilityQuery {
    int year = 0;
    QDate day;
    domain::RowId personId = domain::NoId;
    domain::RowId unitId = domain::NoId;
    bool everyone = false;
    QString awardCode;
};

// The answers of one run, compact: a row holds its verdict and no finding
// or text (32 bytes, where a whole domain::Judgement took 104), and the run
// keeps the facts and the judge, which find a row's findings again and word
// its reasons only for the rows read (reasonsOf). Touching fresh memory for
// 735,000 answers cost more than judging them. Move-only, since the rows and
// the judge point into the rule book and the facts it owns.
struct EligibilityRun {
    struct Answer {
        const domain::AwardRules* rules = nullptr;
        int subject = 0; // in the facts' people, or units for a unit's row
        domain::Verdict verdict = domain::Verdict::NotEligible;
    };
    struct Row {
        domain::RowId personId = domain::NoId; // exactly one of the two is set
        domain::RowId unitId = domain::NoId;
        Answer judgement;

        const QString& awardCode() const { return judgement.rules->awardCode; }
        const QString& setCode() const { return judgement.rules->setCode; }
    };

    int year = 0;
    QDate day;
    domain::RuleBook book;
    domain::AwardNames names; // of titles and forms, by code
    std::vector<Row> rows;
    std::unique_ptr<domain::EligibilityFacts> facts;
    // Judging a row again gives the same findings: it only fills the judge's
    // caches of lower titles, whatever the order rows are read in.
    std::unique_ptr<domain::EligibilityJudge> judge;

    EligibilityRun() = default;
    EligibilityRun(EligibilityRun&&) = default;
    EligibilityRun& operator=(EligibilityRun&&) = default;
    EligibilityRun(const EligibilityRun&) = delete;
    EligibilityRun& operator=(const EligibilityRun&) = delete;

    std::vector<domain::Reason> reasonsOf(const Row& row) const;
};

// The eligibility engine over the workspace (domain/eligibility_judge.h): it
// reads every fact in bulk, one query per table, and judges in memory. The
// rules are data an administrator may edit; every edit is audited
// ("eligibility_rule") and announced (EligibilityRulesChanged) after commit.
class EligibilityService {
public:
    explicit EligibilityService(ServiceContext& context)
        : context_(context) {}

    // NotFound when no national rule set is in force on the judging day, or
    // the title has no rule for the subject; InvalidInput for a wrong query.
    Result<EligibilityRun> check(const EligibilityQuery& query);

    // The person a clerk means: a row id, or a full name (diacritics and case
    // ignored) that only one person has.
    Result<domain::RowId> findPerson(const QString& idOrName);
    // Full names of the people, and names of the units, of a run's rows.
    Result<QHash<domain::RowId, QString>> personNames(const EligibilityQuery& query);
    Result<QHash<domain::RowId, QString>> unitNames();

    Result<domain::EligibilityRuleData> rules();
    // name: a rule's key and a field, "ND152:CSTDBO.cstdcs.count"; the field
    // is years, count or verified (0 or 1). Refused by domain::ruleRefusal.
    Status setRule(const QString& name, int value);
    // A new condition of a title or form in a rule set: rule.key() names it,
    // new within its set, title and subject, and it comes after the title's
    // other conditions there. It needs a citation, a review rule its text,
    // and numbers domain::ruleRefusal accepts. Audited and announced as
    // setRule is.
    Status addRule(domain::EligibilityRule rule);

private:
    ServiceContext& context_;
};

} // namespace thidua::services
