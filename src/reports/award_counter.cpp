#include "award_counter.h"

namespace thidua::reports {

void AwardCounter::add(const QString& code, const QString& name, const QString& level,
                       int precedence, bool collective, int year, qint64 count) {
    AwardCount& award = counts_[{precedence, code}];
    award.awardName = name;
    award.level = level;
    award.precedence = precedence;
    (collective ? award.collectives : award.individuals)[year] += count;
}

std::vector<AwardCount> AwardCounter::byPrecedence() && {
    std::vector<AwardCount> ordered;
    ordered.reserve(counts_.size());
    for (auto& [key, award] : counts_)
        ordered.push_back(std::move(award));
    return ordered;
}

} // namespace thidua::reports
