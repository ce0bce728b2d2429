-- thidua schema version 4: a word index over people's search keys, so that
-- typing a name finds its few matches among a million people at once.
--
-- A search keeps the people whose key has a word beginning with every word
-- typed (domain::vn::wordsMatch). When the index says the matches are few,
-- a list reads just those rows and sorts them; when they are many, it walks
-- the name order and stops after a page (storage/people_search.h).
--
-- External content: the index stores only its word lists; the keys stay in
-- person. detail=none keeps it small: a search asks which people hold a word,
-- never where in the name it stands. remove_diacritics 0 because search keys
-- have none left, and the tokenizer must cut them exactly where
-- domain::vn::searchWords cuts (at every character that is not a letter or
-- digit). Prefix indexes for one to six letters, as long as a Vietnamese
-- syllable but the rarest ("nghiêng"): a search typed letter by letter asks
-- for "n*", "ng*", "ngu*" … and for a prefix without its own index FTS5 first
-- merges the lists of every word so beginning ("tran"* AND "van"* AND "b"*
-- over a million people: 20 ms without, under 1 ms with; the index grows
-- from 8 to 18 MB).
CREATE VIRTUAL TABLE person_words USING fts5(
    search_key,
    content = 'person',
    content_rowid = 'id',
    tokenize = 'unicode61 remove_diacritics 0',
    detail = none,
    columnsize = 0,
    prefix = '1 2 3 4 5 6'
);

-- The walk in name order tests each name's search key. With the key in the
-- name index the test reads only the index, and SQLite fetches a person's row
-- only for the page's matches (a deferred seek) instead of for every name
-- passed on the way.
DROP INDEX person_sort;
CREATE INDEX person_sort ON person (sort_key, id, search_key);

CREATE TRIGGER person_words_insert AFTER INSERT ON person BEGIN
    INSERT INTO person_words (rowid, search_key) VALUES (new.id, new.search_key);
END;

CREATE TRIGGER person_words_delete AFTER DELETE ON person BEGIN
    INSERT INTO person_words (person_words, rowid, search_key)
    VALUES ('delete', old.id, old.search_key);
END;

CREATE TRIGGER person_words_update AFTER UPDATE OF search_key ON person BEGIN
    INSERT INTO person_words (person_words, rowid, search_key)
    VALUES ('delete', old.id, old.search_key);
    INSERT INTO person_words (rowid, search_key) VALUES (new.id, new.search_key);
END;

INSERT INTO person_words (person_words) VALUES ('rebuild');
