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

Result<std::vector<domain::AwardTally>> awardTallies(Database& db, int fromYear, int toYear,
                                                     const std::vector<domain::RowId>& units) {
    // From the units to their people and on to the awards by the (person,
    // year) and (unit, year) indexes: a province's report reads its own few
    // thousand awards, not the country's.
    static constexpr std::string_view Sql =
        "WITH scope(id) AS (SELECT value FROM json_each(?3)),"
        " counted AS ("
        "  SELECT a.year, a.award_code, 0 AS collective, p.unit_id, count(*) AS n"
        "  FROM scope s JOIN person p ON p.unit_id = s.id"
        "  JOIN award a ON a.person_id = p.id AND a.year BETWEEN ?1 AND ?2 AND a.revoked_by = ''"
        "  GROUP BY a.year, a.award_code, p.unit_id"
        "  UNION ALL"
        "  SELECT a.year, a.award_code, 1, a.unit_id, count(*)"
        "  FROM scope s JOIN award a ON a.unit_id = s.id AND a.year BETWEEN ?1 AND ?2"
        "   AND a.revoked_by = ''"
        "  GROUP BY a.year, a.award_code, a.unit_id)"
        " SELECT t.year, t.award_code, c.level, c.precedence, t.collective, t.unit_id, t.n"
        " FROM counted t JOIN award_catalogue c ON c.code = t.award_code";
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
        fromYear, toYear, idArray(units));
}

} // namespace thidua::storage
