#pragma once

#include "eligibility_rules.h"
#include "result.h"

namespace thidua::storage {

class Database;

// The eligibility rule sets and their rules (schema version 10).
class EligibilityRuleRepository {
public:
    explicit EligibilityRuleRepository(Database& db)
        : db_(db) {}

    Result<domain::EligibilityRuleData> all();
    // The numbers and the verified flag of the stored rule with the same set,
    // award, subject and name.
    Status updateNumbers(const domain::EligibilityRule& rule);
    Status insert(const domain::EligibilityRule& rule);

private:
    Database& db_;
};

} // namespace thidua::storage
