#pragma once

#include "conference_facts.h"

#include <map>
#include <utility>
#include <vector>

namespace thidua::reports {

// Counts awards by form or title, for collectives and people, year by year,
// and gives them back in precedence order: the tables of the conference
// reports, whether counted in the database or from the awards named.
class AwardCounter {
public:
    void add(const QString& code, const QString& name, const QString& level, int precedence,
             bool collective, int year, qint64 count);
    std::vector<AwardCount> byPrecedence() &&;

private:
    std::map<std::pair<int, QString>, AwardCount> counts_; // by precedence, then code
};

} // namespace thidua::reports
