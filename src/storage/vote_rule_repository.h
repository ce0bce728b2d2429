#pragma once

#include "ballot_session.h"
#include "result.h"
#include "vote_rule.h"

#include <QDate>

#include <vector>

namespace thidua::storage {

class Database;

// The vote thresholds and quorum of the rule data (schema 8), each the row in
// force on a day: the latest valid_from not after it.
class VoteRuleRepository {
public:
    explicit VoteRuleRepository(Database& db)
        : db_(db) {}

    // Every title's threshold, and the quorum of a meeting on awards. A day
    // before every row gives no thresholds and a quorum of all members.
    Result<domain::VoteRules> rulesOn(QDate day);

    // Every row: the titles' thresholds by title and day, then the quorum of
    // meetings on awards by day.
    Result<std::vector<domain::VoteRule>> all();
    // Adds the row, or replaces the one of the same title (or quorum) and day.
    Status put(const domain::VoteRule& rule);

private:
    Database& db_;
};

} // namespace thidua::storage
