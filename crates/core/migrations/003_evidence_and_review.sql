-- Version 3: evidence files and their links to items, the reason an item does not apply,
-- and the review of a round (submit, approve, unlock) with its own append-only log.

ALTER TABLE answers ADD COLUMN not_applicable_reason TEXT NOT NULL DEFAULT '';

-- One row per distinct file content. The file itself lives in the evidence folder under
-- its SHA-256; the name it had on the clerk's computer is kept here, as it was.
CREATE TABLE evidence_files (
    id            INTEGER PRIMARY KEY,
    sha256        TEXT NOT NULL UNIQUE CHECK (length(sha256) = 64),
    original_name TEXT NOT NULL,
    size          INTEGER NOT NULL CHECK (size >= 0),
    format        TEXT NOT NULL,
    added_at      TEXT NOT NULL,
    added_by      TEXT NOT NULL
);

-- Which file supports which item of which round, and as what kind of evidence
-- (a photo, an order, minutes...), as the pack's evidence types name them.
CREATE TABLE evidence_links (
    round_id      INTEGER NOT NULL REFERENCES rounds (id),
    item_id       TEXT NOT NULL,
    evidence_id   INTEGER NOT NULL REFERENCES evidence_files (id),
    evidence_type TEXT NOT NULL DEFAULT '',
    linked_at     TEXT NOT NULL,
    linked_by     TEXT NOT NULL,
    PRIMARY KEY (round_id, item_id, evidence_id)
) WITHOUT ROWID;
CREATE INDEX evidence_links_by_file ON evidence_links (evidence_id);

-- What happened to an item besides its answer (evidence attached or detached, its type
-- changed), and to a round (submitted, approved, unlocked). Append-only, like the
-- answer history.
CREATE TABLE events (
    id         INTEGER PRIMARY KEY,
    round_id   INTEGER NOT NULL REFERENCES rounds (id),
    item_id    TEXT,
    kind       TEXT NOT NULL,
    detail     TEXT NOT NULL DEFAULT '{}',
    actor      TEXT NOT NULL,
    at         TEXT NOT NULL
);
CREATE INDEX events_by_item ON events (round_id, item_id, id);

CREATE TRIGGER events_are_append_only_update BEFORE UPDATE ON events
BEGIN
    SELECT RAISE(ABORT, 'events are append-only');
END;

CREATE TRIGGER events_are_append_only_delete BEFORE DELETE ON events
BEGIN
    SELECT RAISE(ABORT, 'events are append-only');
END;

-- Who approved a round and when; filled on approval, cleared on unlock (the events keep
-- every approval).
ALTER TABLE rounds ADD COLUMN approved_by_name TEXT NOT NULL DEFAULT '';
ALTER TABLE rounds ADD COLUMN approved_by_position TEXT NOT NULL DEFAULT '';
ALTER TABLE rounds ADD COLUMN approved_at TEXT;
