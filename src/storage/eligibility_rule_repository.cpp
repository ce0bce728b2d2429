#include "eligibility_rule_repository.h"

#include "query.h"

namespace thidua::storage {

namespace {

QString subjectCode(domain::TitleSubject subject) {
    return subject == domain::TitleSubject::Collective ? QStringLiteral("collective")
                                                       : QStringLiteral("individual");
}

} // namespace

Result<domain::EligibilityRuleData> EligibilityRuleRepository::all() {
    auto sets = selectAll<domain::EligibilityRuleSet>(
        db_,
        "SELECT code, name, legal_basis, layer, effective_from, effective_to, verified"
        " FROM eligibility_rule_set ORDER BY effective_from, code",
        [](const Statement& row) {
            return domain::EligibilityRuleSet{row.text(0),
                                              row.text(1),
                                              row.text(2),
                                              row.text(3) == QStringLiteral("sector")
                                                  ? domain::RuleLayer::Sector
                                                  : domain::RuleLayer::National,
                                              row.date(4),
                                              row.date(5),
                                              row.int64(6) != 0};
        });
    if (!sets)
        return std::unexpected(sets.error());
    auto rules = selectAll<domain::EligibilityRule>(
        db_,
        "SELECT set_code, award_code, subject, name, position, kind, years, count, code, text,"
        " citation, verified FROM eligibility_rule ORDER BY set_code, award_code, subject,"
        " position",
        [](const Statement& row) {
            domain::EligibilityRule rule;
            rule.setCode = row.text(0);
            rule.awardCode = row.text(1);
            rule.subject = row.text(2) == QStringLiteral("collective")
                               ? domain::TitleSubject::Collective
                               : domain::TitleSubject::Individual;
            rule.name = row.text(3);
            rule.position = static_cast<int>(row.int64(4));
            // An unknown kind (from a newer version) asks a person to look.
            rule.kind =
                domain::conditionKindFromCode(row.text(5)).value_or(domain::ConditionKind::Review);
            rule.years = static_cast<int>(row.int64(6));
            rule.count = static_cast<int>(row.int64(7));
            rule.code = row.text(8);
            rule.text = row.text(9);
            rule.citation = row.text(10);
            rule.verified = row.int64(11) != 0;
            return rule;
        });
    if (!rules)
        return std::unexpected(rules.error());
    return domain::EligibilityRuleData{std::move(*sets), std::move(*rules)};
}

Status EligibilityRuleRepository::updateNumbers(const domain::EligibilityRule& rule) {
    return exec(db_,
                "UPDATE eligibility_rule SET years = ?, count = ?, verified = ?"
                " WHERE set_code = ? AND award_code = ? AND subject = ? AND name = ?",
                rule.years, rule.count, rule.verified ? 1 : 0, rule.setCode, rule.awardCode,
                subjectCode(rule.subject), rule.name);
}

Status EligibilityRuleRepository::insert(const domain::EligibilityRule& rule) {
    return exec(db_,
                "INSERT INTO eligibility_rule (set_code, award_code, subject, name, position, kind,"
                " years, count, code, text, citation, verified)"
                " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                rule.setCode, rule.awardCode, subjectCode(rule.subject), rule.name, rule.position,
                domain::conditionKindCode(rule.kind), rule.years, rule.count, rule.code, rule.text,
                rule.citation, rule.verified ? 1 : 0);
}

} // namespace thidua::storage
