-- Version 7: the province's roster (the offices it expects bundles from, whether or not
-- one has arrived yet), and answers and evidence links carried over from an earlier round
-- of the same office.

CREATE TABLE roster (
    id            INTEGER PRIMARY KEY,
    kind          TEXT NOT NULL
                  CHECK (kind IN ('district_registration', 'local_administration', 'other')),
    province      TEXT NOT NULL CHECK (length(province) BETWEEN 1 AND 300),
    -- Empty for a local organisation added by name.
    district      TEXT NOT NULL DEFAULT '' CHECK (length(district) <= 300),
    -- The district's DOPA code (e.g. 9401) when it was chosen from the shipped list.
    district_code TEXT NOT NULL DEFAULT '' CHECK (length(district_code) <= 8),
    name          TEXT NOT NULL CHECK (length(name) BETWEEN 1 AND 300),
    phone         TEXT NOT NULL DEFAULT '' CHECK (length(phone) <= 300),
    -- The office whose bundles answer for this entry, when a person chose it ("add to
    -- the roster" on an office that sent without being listed); otherwise entries are
    -- matched to offices by province, district and name each time the overview is read.
    office_id     INTEGER UNIQUE REFERENCES offices (id),
    added_at      TEXT NOT NULL
);
CREATE UNIQUE INDEX roster_once ON roster (kind, province, district, name);

-- The round an answer or an evidence link was carried from when a round started from an
-- earlier one; cleared on the answer once someone saves it ("from round X" until touched).
ALTER TABLE answers ADD COLUMN carried_from_round INTEGER REFERENCES rounds (id);
ALTER TABLE evidence_links ADD COLUMN carried_from_round INTEGER REFERENCES rounds (id);
