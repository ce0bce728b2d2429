#pragma once

#include "list_scope.h"
#include "result.h"

#include <QString>

#include <string>

namespace thidua::storage {

class Database;

// How a list finds the people whose names hold every word typed
// (domain::vn::wordsMatch) among up to a million: the word index person_words
// says at once whether the matches are few or many. Few matches are read
// straight from the index and sorted; many are found by walking the name
// order and testing each name, which fills a page after a short walk because
// so many names match. Either way a keystroke costs milliseconds.
struct PeopleSearch {
    enum class Plan {
        Everyone,    // nothing typed
        FewMatches,  // the index lists them all: read those rows and sort
        ManyMatches, // walk the name order and test each name
    };
    // Up to this many matches are read from the index and sorted.
    static constexpr int FewMatchesLimit = 4000;

    Plan plan = Plan::Everyone;
    QString typed;
    QString wordQuery; // the FTS5 query: "nguyen"* AND "nga"*

    // Reads at most FewMatchesLimit + 1 rows of the word index.
    static Result<PeopleSearch> prepare(Database& db, const QString& typed);

    // The FROM item that gives "p", the people a list starts from.
    std::string source(const ListScope& scope) const;
    // The condition on "p" that keeps the matches ("1" when source() already did).
    std::string condition() const;
    // What the list binds to ?1, which source() and condition() use.
    QString parameter() const { return plan == Plan::FewMatches ? wordQuery : typed; }
};

} // namespace thidua::storage
