-- thidua schema version 15: which awards a conference hands over, as rule
-- data beside each title and form. Lao động tiên tiến and Tập thể lao động
-- tiên tiến are recognised in each unit by its head and are not called up at
-- a conference; everything above them is. An organiser whose practice differs
-- changes the flag, not the program.

ALTER TABLE title ADD COLUMN presented_at_conference INTEGER NOT NULL DEFAULT 1
    CHECK (presented_at_conference IN (0, 1));
ALTER TABLE commendation_form ADD COLUMN presented_at_conference INTEGER NOT NULL DEFAULT 1
    CHECK (presented_at_conference IN (0, 1));

UPDATE title SET presented_at_conference = 0 WHERE code IN ('LDTT', 'TTLDTT');

DROP VIEW award_catalogue;
CREATE VIEW award_catalogue AS
    SELECT code, name, abbreviation, 'title' AS category, subject, level, precedence,
           legal_basis, valid_from, valid_to, presented_at_conference
      FROM title
    UNION ALL
    SELECT code, name, abbreviation, 'form', NULL, level, precedence,
           legal_basis, valid_from, valid_to, presented_at_conference
      FROM commendation_form;
