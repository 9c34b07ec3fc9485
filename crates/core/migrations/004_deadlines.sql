-- Version 4: the dates a round must meet (the application window, the province's report
-- dates), editable per office, and a round's move to another pack version in the log.

CREATE TABLE deadlines (
    id         INTEGER PRIMARY KEY,
    round_id   INTEGER NOT NULL REFERENCES rounds (id),
    title      TEXT NOT NULL CHECK (length(title) BETWEEN 1 AND 300),
    due_date   TEXT NOT NULL,
    done       INTEGER NOT NULL DEFAULT 0 CHECK (done IN (0, 1)),
    -- Where the date came from, e.g. the letter that set it.
    source     TEXT NOT NULL DEFAULT '',
    updated_at TEXT NOT NULL
);
CREATE INDEX deadlines_by_round ON deadlines (round_id, due_date);
