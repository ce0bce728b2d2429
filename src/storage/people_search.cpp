#include "people_search.h"

#include "query.h"
#include "vietnamese_text.h"

#include <QStringList>

namespace thidua::storage {

Result<PeopleSearch> PeopleSearch::prepare(Database& db, const QString& typed) {
    PeopleSearch search;
    search.typed = typed;
    const QStringList words = domain::vn::searchWords(typed);
    if (words.isEmpty())
        return search;
    QStringList terms;
    for (const QString& word : words)
        terms.append(QLatin1Char('"') + word + QStringLiteral("\"*"));
    search.wordQuery = terms.join(QStringLiteral(" AND "));
    auto matches = selectInt(db,
                             "SELECT count(*) FROM (SELECT 1 FROM person_words"
                             " WHERE person_words MATCH ? LIMIT ?)",
                             search.wordQuery, FewMatchesLimit + 1);
    if (!matches)
        return std::unexpected(matches.error());
    search.plan = *matches <= FewMatchesLimit ? Plan::FewMatches : Plan::ManyMatches;
    return search;
}

std::string PeopleSearch::source(const ListScope& scope) const {
    switch (plan) {
    case Plan::Everyone:
        return "person p";
    case Plan::FewMatches:
        // CROSS JOIN keeps the index's matches as the outer loop; left to
        // itself SQLite may walk the name order and test every person.
        return "(SELECT rowid AS id FROM person_words WHERE person_words MATCH ?1) m"
               " CROSS JOIN person p ON p.id = m.id";
    case Plan::ManyMatches:
        // Over everyone, the name order is the list order, so the walk stops
        // after a page; a narrower scope starts from its unit's index instead.
        return scope.kind == ListScope::Kind::All ? "person p INDEXED BY person_sort" : "person p";
    }
    return "person p";
}

std::string PeopleSearch::condition() const {
    return plan == Plan::ManyMatches ? "vn_words_match(p.search_key, ?1)" : "1";
}

} // namespace thidua::storage
