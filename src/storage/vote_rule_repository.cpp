#include "vote_rule_repository.h"

#include "query.h"

namespace thidua::storage {

Result<domain::VoteRules> VoteRuleRepository::rulesOn(QDate day) {
    domain::VoteRules rules;
    rules.quorum = {1, 1};
    auto thresholds = selectAll<std::pair<QString, domain::Share>>(
        db_,
        "SELECT t.title_code, t.numerator, t.denominator FROM vote_threshold t"
        " WHERE t.valid_from = (SELECT max(valid_from) FROM vote_threshold"
        "                       WHERE title_code = t.title_code AND valid_from <= ?)",
        [](const Statement& row) {
            return std::pair(row.text(0), domain::Share{static_cast<int>(row.int64(1)),
                                                        static_cast<int>(row.int64(2))});
        },
        day);
    if (!thresholds)
        return std::unexpected(thresholds.error());
    for (auto& [code, share] : *thresholds)
        rules.thresholds.emplace(code, share);
    auto quorum = selectAll<domain::Share>(
        db_,
        "SELECT numerator, denominator FROM vote_quorum WHERE meeting = 'award'"
        " AND valid_from <= ? ORDER BY valid_from DESC LIMIT 1",
        [](const Statement& row) {
            return domain::Share{static_cast<int>(row.int64(0)), static_cast<int>(row.int64(1))};
        },
        day);
    if (!quorum)
        return std::unexpected(quorum.error());
    if (!quorum->empty())
        rules.quorum = quorum->front();
    return rules;
}

Result<std::vector<domain::VoteRule>> VoteRuleRepository::all() {
    return selectAll<domain::VoteRule>(
        db_,
        "SELECT code, valid_from, numerator, denominator, legal_basis FROM ("
        " SELECT title_code AS code, valid_from, numerator, denominator, legal_basis"
        " FROM vote_threshold UNION ALL"
        " SELECT '', valid_from, numerator, denominator, legal_basis FROM vote_quorum"
        " WHERE meeting = 'award') ORDER BY code = '', code, valid_from",
        [](const Statement& row) {
            return domain::VoteRule{
                row.text(0), row.date(1),
                domain::Share{static_cast<int>(row.int64(2)), static_cast<int>(row.int64(3))},
                row.text(4)};
        });
}

Status VoteRuleRepository::put(const domain::VoteRule& rule) {
    if (rule.isQuorum())
        return exec(db_,
                    "INSERT OR REPLACE INTO vote_quorum (meeting, valid_from, numerator,"
                    " denominator, legal_basis) VALUES ('award', ?, ?, ?, ?)",
                    rule.validFrom, rule.share.numerator, rule.share.denominator, rule.legalBasis);
    return exec(db_,
                "INSERT OR REPLACE INTO vote_threshold (title_code, valid_from, numerator,"
                " denominator, legal_basis) VALUES (?, ?, ?, ?, ?)",
                rule.titleCode, rule.validFrom, rule.share.numerator, rule.share.denominator,
                rule.legalBasis);
}

} // namespace thidua::storage
