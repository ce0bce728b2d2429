-- thidua schema version 14: what a conference report says that the data
-- cannot, kept with the report. A note belongs to one report (kind) of one
-- scope (a cluster-year, a unit or an organiser, by uuid so that it follows
-- the row) for one year, and to one section of it: the shortcomings and
-- their causes, the lessons, the directions, the recommendations, and the
-- conference's own details (venue, chair, secretary, presenters, delegates).
-- The sections are named by the application; the schema keeps any.

CREATE TABLE report_note (
    report_kind TEXT    NOT NULL CHECK (report_kind IN ('tong-ket', 'so-ket', 'dien-hinh')),
    scope_kind  TEXT    NOT NULL CHECK (scope_kind IN ('cluster', 'unit', 'organiser')),
    scope_uuid  TEXT    NOT NULL,
    year        INTEGER NOT NULL,
    section     TEXT    NOT NULL CHECK (section <> ''),
    text        TEXT    NOT NULL,
    PRIMARY KEY (report_kind, scope_kind, scope_uuid, year, section)
) WITHOUT ROWID;
