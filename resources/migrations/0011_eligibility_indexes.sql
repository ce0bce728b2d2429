-- thidua schema version 11: covering indexes for eligibility, which reads
-- every grade and every standing award of a twelve-year window at once
-- (storage/eligibility_facts_repository.cpp). Read through these, SQLite
-- touches a fifth of the pages the tables take (the rows carry uuids, notes
-- and decisions), which on a large database is most of the time judging
-- everyone takes (docs/performance.md).

CREATE INDEX evaluation_person_grade ON evaluation (year, person_id, grade)
    WHERE person_id IS NOT NULL;
CREATE INDEX award_standing ON award (year, person_id, unit_id, award_code, revoked_by, kind);
