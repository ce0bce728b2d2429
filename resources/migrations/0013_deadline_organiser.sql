-- thidua schema version 13: a nomination deadline belongs to the organiser
-- that receives the dossiers. The national deadlines (Nghị định 98/2023,
-- Điều 32) bind everyone; a province's own (Bắc Ninh QĐ 86/2025, Điều 6)
-- binds only the nominations of units under that province. organiser is the
-- search key (no diacritics, lower case) of a name that the top unit of the
-- proposing unit's tree contains, "bac ninh" for "UBND tỉnh Bắc Ninh"; empty
-- for everyone. An organiser's own deadline wins over the national one.

CREATE TABLE nomination_deadline_new (
    award_code  TEXT    NOT NULL,
    organiser   TEXT    NOT NULL DEFAULT '',
    valid_from  TEXT    NOT NULL CHECK (date(valid_from, '+0 days') IS valid_from),
    years_after INTEGER NOT NULL CHECK (years_after IN (0, 1)),
    month       INTEGER NOT NULL CHECK (month BETWEEN 1 AND 12),
    day         INTEGER NOT NULL CHECK (day BETWEEN 1 AND 31),
    legal_basis TEXT    NOT NULL,
    verified    INTEGER NOT NULL DEFAULT 1 CHECK (verified IN (0, 1)),
    PRIMARY KEY (award_code, organiser, valid_from)
) WITHOUT ROWID;

INSERT INTO nomination_deadline_new
    (award_code, organiser, valid_from, years_after, month, day, legal_basis, verified)
SELECT award_code,
       CASE WHEN legal_basis LIKE '%Bắc Ninh%' THEN 'bac ninh' ELSE '' END,
       valid_from, years_after, month, day, legal_basis, verified
  FROM nomination_deadline;

DROP TABLE nomination_deadline;
ALTER TABLE nomination_deadline_new RENAME TO nomination_deadline;
