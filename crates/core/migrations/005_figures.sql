-- Version 5: the figures behind an answer (a JSON object of figure id to a number, a
-- text, or a tally of responses per rating level).
ALTER TABLE answers ADD COLUMN figures TEXT NOT NULL DEFAULT '{}';
