-- Version 6: submission bundles. An office keeps one identity across its PCs (a random
-- id carried in every bundle), each installation signs with its own Ed25519 key, and
-- every bundle sent or received is logged so that replays are refused.

-- Offices are matched across PCs by this id, never by their local row number.
ALTER TABLE offices ADD COLUMN uid TEXT;
UPDATE offices SET uid = lower(hex(randomblob(16))) WHERE uid IS NULL;
CREATE UNIQUE INDEX offices_by_uid ON offices (uid);

-- This installation: its signing key (a private key, kept only here; never a password).
CREATE TABLE installation (
    id          INTEGER PRIMARY KEY CHECK (id = 1),
    signing_key BLOB NOT NULL CHECK (length(signing_key) = 32),
    created_at  TEXT NOT NULL
);

-- The public keys seen on bundles of each office. A key is trusted for its office once
-- someone confirmed its fingerprint (by phone) or accepted it on import.
CREATE TABLE office_keys (
    office_id     INTEGER NOT NULL REFERENCES offices (id),
    public_key    TEXT NOT NULL,
    fingerprint   TEXT NOT NULL,
    first_seen_at TEXT NOT NULL,
    PRIMARY KEY (office_id, public_key)
) WITHOUT ROWID;

-- Every bundle this installation wrote or took in. The digest is the SHA-256 of the
-- bag's tag manifest, which covers every byte of the bundle through the manifests.
CREATE TABLE bundles (
    id              INTEGER PRIMARY KEY,
    round_id        INTEGER NOT NULL REFERENCES rounds (id),
    direction       TEXT NOT NULL CHECK (direction IN ('exported', 'imported')),
    sequence        INTEGER NOT NULL CHECK (sequence >= 1),
    digest          TEXT NOT NULL CHECK (length(digest) = 64),
    previous_digest TEXT NOT NULL DEFAULT '',
    signer_key      TEXT NOT NULL DEFAULT '',
    bagging_date    TEXT NOT NULL,
    summary_only    INTEGER NOT NULL CHECK (summary_only IN (0, 1)),
    file_name       TEXT NOT NULL,
    at              TEXT NOT NULL
);
CREATE INDEX bundles_by_round ON bundles (round_id, sequence);
CREATE UNIQUE INDEX bundles_once ON bundles (round_id, direction, digest);

-- Evidence known from a summary-only bundle: the metadata arrived, the file did not.
ALTER TABLE evidence_files ADD COLUMN received INTEGER NOT NULL DEFAULT 1 CHECK (received IN (0, 1));
