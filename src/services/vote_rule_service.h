#pragma once

#include "result.h"
#include "vote_rule.h"

#include <vector>

namespace thidua::services {

struct ServiceContext;

// The vote rule data an administrator keeps up to date as the law changes:
// each title's threshold and the quorum of a meeting on awards, each a row in
// force from a day (domain/vote_rule.h). Every change is audited ("vote_rule")
// and announced (BallotChanged for every cluster) after commit; votes already
// held are measured again by the rule of their own day.
class VoteRuleService {
public:
    explicit VoteRuleService(ServiceContext& context)
        : context_(context) {}

    Result<std::vector<domain::VoteRule>> rules();
    // Adds the row, or replaces the one of the same title (or quorum) and
    // day. Refused by domain::voteRuleRefusal and for a title code the
    // catalogue does not have.
    Status set(domain::VoteRule rule);

private:
    ServiceContext& context_;
};

} // namespace thidua::services
