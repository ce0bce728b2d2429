#include "report_figures.h"

#include "query.h"

#include <QDate>

namespace thidua::storage {

Result<std::vector<domain::UnitHeadcount>> unitHeadcounts(Database& db, int year) {
    // The year's period is found once; the registrations are then read by
    // their (period, subject, title) indexes.
    static constexpr std::string_view Sql =
        "WITH y AS (SELECT id FROM period WHERE kind = 'year' AND start_date = ?1),"
        " staff AS (SELECT unit_id, count(*) AS people FROM person"
        "           WHERE unit_id IS NOT NULL GROUP BY unit_id),"
        " registered AS (SELECT p.unit_id, count(DISTINCT r.person_id) AS people"
        "           FROM registration r JOIN person p ON p.id = r.person_id"
        "           WHERE r.period_id IN (SELECT id FROM y) AND p.unit_id IS NOT NULL"
        "           GROUP BY p.unit_id),"
        " collective AS (SELECT unit_id, count(*) AS titles FROM registration"
        "           WHERE period_id IN (SELECT id FROM y) AND unit_id IS NOT NULL"
        "           GROUP BY unit_id)"
        " SELECT u.id, coalesce(s.people, 0), coalesce(g.people, 0), coalesce(c.titles, 0)"
        " FROM unit u LEFT JOIN staff s ON s.unit_id = u.id"
        " LEFT JOIN registered g ON g.unit_id = u.id"
        " LEFT JOIN collective c ON c.unit_id = u.id"
        " WHERE s.people IS NOT NULL OR c.titles IS NOT NULL";
    return selectAll<domain::UnitHeadcount>(
        db, Sql,
        [](const Statement& row) {
            return domain::UnitHeadcount{row.int64(0), row.int64(1), row.int64(2), row.int64(3)};
        },
        QDate(year, 1, 1));
}

Result<std::vector<domain::AwardTally>> awardTallies(Database& db, int fromYear, int toYear) {
    static constexpr std::string_view Sql =
        "SELECT a.year, a.award_code, c.level, c.precedence, a.person_id IS NULL,"
        " coalesce(a.unit_id, p.unit_id), count(*)"
        " FROM award a JOIN award_catalogue c ON c.code = a.award_code"
        " LEFT JOIN person p ON p.id = a.person_id"
        " WHERE a.year BETWEEN ?1 AND ?2 AND a.revoked_by = ''"
        " GROUP BY a.year, a.award_code, a.person_id IS NULL, coalesce(a.unit_id, p.unit_id)";
    return selectAll<domain::AwardTally>(
        db, Sql,
        [](const Statement& row) {
            return domain::AwardTally{static_cast<int>(row.int64(0)),
                                      row.text(1),
                                      row.text(2),
                                      static_cast<int>(row.int64(3)),
                                      row.int64(4) != 0,
                                      row.int64(5),
                                      row.int64(6)};
        },
        fromYear, toYear);
}

} // namespace thidua::storage
