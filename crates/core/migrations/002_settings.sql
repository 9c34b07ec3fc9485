-- Version 2: the user's preferences (for now the interface language), so that the
-- English switch survives a restart.
CREATE TABLE settings (
    key   TEXT PRIMARY KEY,
    value TEXT NOT NULL
) WITHOUT ROWID;
