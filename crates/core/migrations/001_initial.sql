-- GECC Desk schema, version 1. Never edit a released migration: add a new file.

-- Marks the file as a GECC Desk database ("GECC" in ASCII) so that another program's
-- SQLite file is refused instead of being written into.
PRAGMA application_id = 1195721539;

CREATE TABLE offices (
    id               INTEGER PRIMARY KEY,
    -- 1 for the office this installation works for; other rows arrive with bundles.
    is_local         INTEGER NOT NULL DEFAULT 0 CHECK (is_local IN (0, 1)),
    name             TEXT NOT NULL DEFAULT '',
    kind             TEXT NOT NULL DEFAULT 'district_registration'
                     CHECK (kind IN ('district_registration', 'local_administration', 'other')),
    province         TEXT NOT NULL DEFAULT '',
    district         TEXT NOT NULL DEFAULT '',
    officer_name     TEXT NOT NULL DEFAULT '',
    officer_position TEXT NOT NULL DEFAULT '',
    officer_phone    TEXT NOT NULL DEFAULT '',
    officer_email    TEXT NOT NULL DEFAULT '',
    -- The GECC Online user name. There is deliberately no password column.
    gecc_username    TEXT NOT NULL DEFAULT '',
    created_at       TEXT NOT NULL,
    updated_at       TEXT NOT NULL
);
CREATE UNIQUE INDEX offices_one_local ON offices (is_local) WHERE is_local = 1;

-- The exact bytes of every pack ever used, so a round can always be re-read
-- against the criteria it was assessed with.
CREATE TABLE criteria_packs (
    id           INTEGER PRIMARY KEY,
    pack_id      TEXT NOT NULL,
    pack_version INTEGER NOT NULL,
    year_be      INTEGER NOT NULL,
    title_th     TEXT NOT NULL,
    title_en     TEXT NOT NULL,
    sha256       TEXT NOT NULL UNIQUE,
    content      BLOB NOT NULL,
    origin       TEXT NOT NULL CHECK (origin IN ('builtin', 'imported')),
    installed_at TEXT NOT NULL,
    UNIQUE (pack_id, pack_version)
);

CREATE TABLE rounds (
    id             INTEGER PRIMARY KEY,
    office_id      INTEGER NOT NULL REFERENCES offices (id),
    pack_row_id    INTEGER NOT NULL REFERENCES criteria_packs (id),
    fiscal_year_be INTEGER NOT NULL CHECK (fiscal_year_be BETWEEN 2500 AND 2700),
    kind           TEXT NOT NULL
                   CHECK (kind IN ('application', 'maintenance-6-month', 'maintenance-12-month')),
    state          TEXT NOT NULL DEFAULT 'draft' CHECK (state IN ('draft', 'submitted', 'approved')),
    created_at     TEXT NOT NULL,
    UNIQUE (office_id, fiscal_year_be, kind)
);

CREATE TABLE answers (
    round_id     INTEGER NOT NULL REFERENCES rounds (id),
    item_id      TEXT NOT NULL,
    status       TEXT NOT NULL
                 CHECK (status IN ('not_started', 'in_progress', 'met', 'not_met', 'not_applicable')),
    note         TEXT NOT NULL DEFAULT '',
    owner        TEXT NOT NULL DEFAULT '',
    due_date     TEXT,
    -- A JSON object of sub-score id to points.
    sub_scores   TEXT NOT NULL DEFAULT '{}',
    value_number REAL,
    value_text   TEXT,
    updated_at   TEXT NOT NULL,
    updated_by   TEXT NOT NULL,
    PRIMARY KEY (round_id, item_id)
) WITHOUT ROWID;

-- Every change to an answer, before and after, as JSON. Append-only: the triggers
-- below refuse updates and deletes, so the history can be trusted.
CREATE TABLE answer_history (
    id         INTEGER PRIMARY KEY,
    round_id   INTEGER NOT NULL REFERENCES rounds (id),
    item_id    TEXT NOT NULL,
    before     TEXT,
    after      TEXT NOT NULL,
    changed_by TEXT NOT NULL,
    changed_at TEXT NOT NULL
);
CREATE INDEX answer_history_by_item ON answer_history (round_id, item_id, id);

CREATE TRIGGER answer_history_is_append_only_update BEFORE UPDATE ON answer_history
BEGIN
    SELECT RAISE(ABORT, 'answer_history is append-only');
END;

CREATE TRIGGER answer_history_is_append_only_delete BEFORE DELETE ON answer_history
BEGIN
    SELECT RAISE(ABORT, 'answer_history is append-only');
END;
