#include "eligibility_facts_repository.h"

#include "query.h"

#include <string>

namespace thidua::storage {

namespace {

enum class Scoped { All, Person, Unit };

Scoped scopedBy(const FactsScope& scope) {
    return scope.personId != domain::NoId ? Scoped::Person
           : scope.unitId != domain::NoId ? Scoped::Unit
                                          : Scoped::All;
}

// The ids of the unit root and every unit below it, as a subquery: a unit's
// members come from its sub-units too (domain::gatherMembers).
std::string subtree(const char* root) {
    return std::string("(WITH RECURSIVE tree(id) AS (SELECT ") + root +
           " UNION SELECT u.id FROM unit u JOIN tree t ON u.parent_id = t.id)"
           " SELECT id FROM tree)";
}

// The people of the scope unit ?3 and its sub-units, as a subquery.
std::string peopleOfScopeUnit() {
    return "(SELECT id FROM person WHERE unit_id IN " + subtree("?3") + ")";
}

// The condition on a person column for the scope; ?3 is the scope's id.
std::string personFilter(Scoped scoped, const char* column) {
    const std::string name(column);
    switch (scoped) {
    case Scoped::All:
        return {};
    case Scoped::Person:
        return " AND " + name + " = ?3";
    case Scoped::Unit:
        return " AND " + name + " IN " + peopleOfScopeUnit();
    }
    return {};
}

// The codes eligibility knows as an SQL list: 'LDTT', 'CSTDCS', …
std::string knownCodes() {
    std::string list;
    for (QLatin1StringView code : domain::knownAwardCodes())
        list += (list.empty() ? "'" : ", '") + std::string(code.data(), code.size()) + "'";
    return list;
}

// The bit of a known code in column as an SQL expression (domain::awardBit).
std::string awardBitsOf(const char* column) {
    std::string sql = std::string("CASE ") + column;
    domain::AwardBits bit = 1;
    for (QLatin1StringView code : domain::knownAwardCodes()) {
        sql += " WHEN '" + std::string(code.data(), code.size()) + "' THEN " + std::to_string(bit);
        bit <<= 1;
    }
    return sql + " ELSE 0 END";
}

// Runs sql with ?1 the first year of the window, ?2 the year, for a scope ?3
// its id and ?4 the judging day, each where sql names it (SQLite refuses a
// value for a parameter beyond those named); calls onRow for every row.
template <typename RowFn>
Status eachRow(Database& db, const std::string& sql, const domain::EligibilityFacts& facts,
               domain::RowId scopeId, RowFn&& onRow) {
    auto statement = db.prepare(sql);
    if (!statement)
        return std::unexpected(statement.error());
    auto names = [&](const char* parameter) {
        return sql.find(parameter) != std::string::npos;
    };
    if (names("?1"))
        (*statement)->bind(1, facts.firstYear());
    if (names("?2"))
        (*statement)->bind(2, facts.year);
    if (scopeId != domain::NoId)
        (*statement)->bind(3, scopeId);
    if (names("?4"))
        (*statement)->bind(4, facts.day);
    return forEachRow(**statement, std::forward<RowFn>(onRow));
}

// The person (or else the unit) a row is about, if loaded.
domain::SubjectFacts* subjectOf(domain::EligibilityFacts& facts, const Statement& row,
                                int personColumn, int unitColumn) {
    const int person = row.isNull(personColumn) ? -1 : facts.personIndex(row.int64(personColumn));
    if (person >= 0)
        return &facts.people[static_cast<std::size_t>(person)];
    if (unitColumn < 0 || row.isNull(unitColumn))
        return nullptr;
    const int unit = facts.unitIndex(row.int64(unitColumn));
    return unit >= 0 ? &facts.units[static_cast<std::size_t>(unit)] : nullptr;
}

} // namespace

Result<domain::EligibilityFacts> EligibilityFactsRepository::load(int year, QDate day,
                                                                  const FactsScope& scope) {
    domain::EligibilityFacts facts;
    facts.year = year;
    facts.day = day;
    const Scoped scoped = scopedBy(scope);
    const domain::RowId scopeId = scoped == Scoped::Person ? scope.personId : scope.unitId;

    const std::string people = std::string("SELECT id, unit_id FROM person") +
                               (scoped == Scoped::All      ? ""
                                : scoped == Scoped::Person ? " WHERE id = ?1"
                                                           : " WHERE unit_id IN " + subtree("?1"));
    std::vector<domain::RowId> unitOfPerson;
    auto personRows = bound(db_, people);
    if (!personRows)
        return std::unexpected(personRows.error());
    if (scoped != Scoped::All)
        (*personRows)->bind(1, scopeId);
    if (auto ok =
            forEachRow(**personRows,
                       [&](const Statement& row) {
                           facts.people.emplace_back().id = row.int64(0);
                           unitOfPerson.push_back(row.isNull(1) ? domain::NoId : row.int64(1));
                       });
        !ok)
        return std::unexpected(ok.error());
    // A unit's scope loads its sub-units too, for their people's places.
    std::vector<domain::RowId> parentOfUnit;
    std::vector<bool> legalPersonality;
    if (scoped != Scoped::Person) {
        auto unitRows = bound(
            db_, "SELECT id, parent_id, has_legal_personality FROM unit" +
                     (scoped == Scoped::All ? std::string() : " WHERE id IN " + subtree("?1")));
        if (!unitRows)
            return std::unexpected(unitRows.error());
        if (scoped == Scoped::Unit)
            (*unitRows)->bind(1, scopeId);
        if (auto ok =
                forEachRow(**unitRows,
                           [&](const Statement& row) {
                               facts.units.emplace_back().id = row.int64(0);
                               parentOfUnit.push_back(row.isNull(1) ? domain::NoId : row.int64(1));
                               legalPersonality.push_back(row.int64(2) != 0);
                           });
            !ok)
            return std::unexpected(ok.error());
    }
    facts.index();
    std::vector<int> unitIndexOfPerson;
    unitIndexOfPerson.reserve(unitOfPerson.size());
    for (domain::RowId unit : unitOfPerson)
        unitIndexOfPerson.push_back(facts.unitIndex(unit));
    std::vector<domain::UnitPlace> places;
    places.reserve(parentOfUnit.size());
    for (std::size_t i = 0; i < parentOfUnit.size(); ++i)
        places.push_back({facts.unitIndex(parentOfUnit[i]), legalPersonality[i]});
    domain::gatherMembers(facts, unitIndexOfPerson, places);

    // The grade as its place in domain::Grade (HTXSNV first), so that no
    // text is made for 100,000 rows.
    const std::string grade = "CASE grade WHEN 'HTXSNV' THEN 0 WHEN 'HTTNV' THEN 1"
                              " WHEN 'HTNV' THEN 2 ELSE 3 END";
    auto addGrade = [&](const Statement& row) {
        if (domain::SubjectFacts* subject = subjectOf(facts, row, 0, 1))
            domain::addGrade(facts, *subject, static_cast<int>(row.int64(2)),
                             static_cast<domain::Grade>(row.int64(3)));
    };
    if (auto ok = eachRow(db_,
                          "SELECT person_id, NULL, year, " + grade +
                              " FROM evaluation WHERE person_id IS NOT NULL"
                              " AND year BETWEEN ?1 AND ?2" +
                              personFilter(scoped, "person_id"),
                          facts, scopeId, addGrade);
        !ok)
        return std::unexpected(ok.error());
    if (scoped != Scoped::Person)
        if (auto ok = eachRow(db_,
                              "SELECT NULL, unit_id, year, " + grade +
                                  " FROM evaluation WHERE unit_id IS NOT NULL"
                                  " AND year BETWEEN ?1 AND ?2" +
                                  (scoped == Scoped::Unit ? " AND unit_id = ?3" : ""),
                              facts, scopeId, addGrade);
            !ok)
            return std::unexpected(ok.error());

    // The grades of each person's unit in the year: from those loaded, or for
    // one person, whose unit's people are not, counted here.
    if (scoped != Scoped::Person)
        domain::countUnitGrades(facts, unitIndexOfPerson);
    else if (auto ok =
                 eachRow(db_,
                         "SELECT ?3, total(e.grade = 'HTXSNV'), count(*) FROM evaluation e"
                         " JOIN person p ON p.id = e.person_id WHERE e.person_id IS NOT NULL"
                         " AND e.year = ?2 AND e.grade IN ('HTXSNV', 'HTTNV')"
                         " AND p.unit_id = (SELECT unit_id FROM person WHERE id = ?3)",
                         facts, scopeId,
                         [&](const Statement& row) {
                             if (domain::SubjectFacts* person = subjectOf(facts, row, 0, -1)) {
                                 person->unitExcellent = static_cast<std::uint32_t>(row.int64(1));
                                 person->unitGood = static_cast<std::uint32_t>(row.int64(2));
                             }
                         });
             !ok)
        return std::unexpected(ok.error());

    // Standing awards that count toward higher ones: not revoked, neither
    // đột xuất nor chuyên đề (Nghị định 152/2025/NĐ-CP, Điều 4 khoản 3). Only
    // codes eligibility knows, as their bits, so that no text is made for the
    // half a million awards of a large database (read through the covering
    // index award_standing of schema 11).
    if (auto ok = eachRow(
            db_,
            "SELECT person_id, unit_id, " + awardBitsOf("award_code") +
                ", year FROM award WHERE revoked_by = '' AND kind NOT IN ('sudden', 'thematic')"
                " AND year <= ?2 AND award_code IN (" +
                knownCodes() + ")" +
                (scoped == Scoped::All ? std::string()
                 : scoped == Scoped::Person
                     ? std::string(" AND person_id = ?3")
                     : " AND (unit_id = ?3 OR person_id IN " + peopleOfScopeUnit() + ")"),
            facts, scopeId,
            [&](const Statement& row) {
                if (domain::SubjectFacts* subject = subjectOf(facts, row, 0, 1))
                    domain::addAward(facts, *subject, static_cast<domain::AwardBits>(row.int64(2)),
                                     static_cast<int>(row.int64(3)));
            });
        !ok)
        return std::unexpected(ok.error());

    // When each person joined, for the months worked in the year judged: the
    // first posting's start. A posting without a start is the one a person
    // held before their first transfer was recorded, so they joined earlier,
    // on a day unknown.
    if (auto ok = eachRow(db_,
                          "SELECT person_id, min(starts_on) FROM person_assignment"
                          " GROUP BY person_id HAVING count(*) = count(starts_on)" +
                              personFilter(scoped, "person_id"),
                          facts, scopeId,
                          [&](const Statement& row) {
                              if (domain::SubjectFacts* person = subjectOf(facts, row, 0, -1))
                                  person->joined = row.date(1);
                          });
        !ok)
        return std::unexpected(ok.error());

    if (auto ok =
            eachRow(db_,
                    "SELECT a.person_id, i.id, i.year, i.level, i.used_by_award_id IS NOT NULL"
                    " FROM initiative_author a JOIN initiative i ON i.id = a.initiative_id"
                    " WHERE i.year BETWEEN ?1 AND ?2" +
                        personFilter(scoped, "a.person_id"),
                    facts, scopeId,
                    [&](const Statement& row) {
                        if (domain::SubjectFacts* person = subjectOf(facts, row, 0, -1))
                            person->initiatives.push_back(
                                {row.int64(1), static_cast<int>(row.int64(2)),
                                 domain::initiativeLevelFromText(row.text(3))
                                     .value_or(domain::InitiativeLevel::Grassroots),
                                 row.int64(4) != 0});
                    });
        !ok)
        return std::unexpected(ok.error());

    if (auto ok =
            eachRow(db_,
                    // Up to the judging day, which may be after the year: one in force
                    // then holds the year back (domain::holdsBack).
                    "SELECT person_id, form, start_date, end_date FROM discipline"
                    " WHERE start_date <= ?4 AND (end_date IS NULL OR end_date >= ?1 || '-01-01')" +
                        personFilter(scoped, "person_id"),
                    facts, scopeId,
                    [&](const Statement& row) {
                        if (domain::SubjectFacts* person = subjectOf(facts, row, 0, -1))
                            domain::addDiscipline(facts, *person,
                                                  {domain::disciplineFormFromCode(row.text(1))
                                                       .value_or(domain::DisciplineForm::Reprimand),
                                                   row.date(2), row.date(3)});
                    });
        !ok)
        return std::unexpected(ok.error());

    if (scoped != Scoped::Person)
        if (auto ok =
                eachRow(db_,
                        "SELECT p.unit_id, p.title_code, b.yes, s.members FROM ballot_proposal p"
                        " JOIN cluster c ON c.id = p.cluster_id"
                        " JOIN ballot b ON b.session_id = p.session_id AND b.unit_id = p.unit_id"
                        "  AND b.title_code = p.title_code AND b.round = p.round"
                        " JOIN ballot_session s ON s.id = p.session_id"
                        " WHERE c.year = ?2" +
                            std::string(scoped == Scoped::Unit ? " AND p.unit_id = ?3" : ""),
                        facts, scopeId,
                        [&](const Statement& row) {
                            if (const int unit = facts.unitIndex(row.int64(0)); unit >= 0)
                                facts.units[static_cast<std::size_t>(unit)].votes.push_back(
                                    {domain::awardBit(row.text(1)), static_cast<int>(row.int64(2)),
                                     static_cast<int>(row.int64(3))});
                        });
            !ok)
            return std::unexpected(ok.error());
    return facts;
}

Result<QHash<domain::RowId, QString>>
EligibilityFactsRepository::personNames(const FactsScope& scope) {
    const Scoped scoped = scopedBy(scope);
    auto statement =
        bound(db_, std::string("SELECT id, family_name || ' ' || CASE middle_name WHEN '' THEN ''"
                               " ELSE middle_name || ' ' END || given_name FROM person") +
                       (scoped == Scoped::All      ? ""
                        : scoped == Scoped::Person ? " WHERE id = ?1"
                                                   : " WHERE unit_id = ?1"));
    if (!statement)
        return std::unexpected(statement.error());
    if (scoped != Scoped::All)
        (*statement)->bind(1, scoped == Scoped::Person ? scope.personId : scope.unitId);
    QHash<domain::RowId, QString> names;
    if (auto ok = forEachRow(
            **statement, [&](const Statement& row) { names.insert(row.int64(0), row.text(1)); });
        !ok)
        return std::unexpected(ok.error());
    return names;
}

Result<QHash<domain::RowId, QString>> EligibilityFactsRepository::unitNames() {
    auto rows = selectAll<std::pair<domain::RowId, QString>>(
        db_, "SELECT id, name FROM unit",
        [](const Statement& row) { return std::pair(row.int64(0), row.text(1)); });
    if (!rows)
        return std::unexpected(rows.error());
    QHash<domain::RowId, QString> names;
    for (auto& [id, name] : *rows)
        names.insert(id, std::move(name));
    return names;
}

} // namespace thidua::storage
