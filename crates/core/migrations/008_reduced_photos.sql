-- Version 8: photos reduced for e-mail. A file received as a reduced copy names the
-- original it was made from (its SHA-256, size and upright pixel size), so the app can
-- say "reduced from an original of 4.2 MB" and put the original in its place on the same
-- items when a full bundle brings it. Null for every other file.

ALTER TABLE evidence_files ADD COLUMN reduced_from_sha256 TEXT
    CHECK (reduced_from_sha256 IS NULL OR length(reduced_from_sha256) = 64);
ALTER TABLE evidence_files ADD COLUMN reduced_from_size INTEGER
    CHECK (reduced_from_size IS NULL OR reduced_from_size >= 0);
ALTER TABLE evidence_files ADD COLUMN reduced_from_width INTEGER
    CHECK (reduced_from_width IS NULL OR reduced_from_width > 0);
ALTER TABLE evidence_files ADD COLUMN reduced_from_height INTEGER
    CHECK (reduced_from_height IS NULL OR reduced_from_height > 0);
CREATE INDEX evidence_files_by_original ON evidence_files (reduced_from_sha256)
    WHERE reduced_from_sha256 IS NOT NULL;
