//! GECC Desk acceptance tests: one binary, one module per part of the product, each
//! against real SQLite files on disk and the real `gecc` binary.
//!
//! Table of contents
//! - `store`: opening a database: WAL and durability settings, upgrading a database made
//!   by migration 1, refusing newer and foreign files without touching them.
//! - `packs`: the pack format: shipped and fixture packs against the JSON Schema, import,
//!   re-import, conflicting versions, invalid and hostile pack files.
//! - `rounds`: opening rounds: defaults (fiscal year, newest pack), duplicates, any pack.
//! - `answers`: saving answers: validation per answer kind, the append-only history,
//!   approved rounds refuse changes, answers survive closing and reopening.
//! - `diagnostics`: an internal error is logged with its cause; `gecc diagnostics` writes
//!   one ZIP (log, versions, the database's health) with no answer, note, name or file
//!   name in it, even when the database cannot be opened.
//! - `evidence`: evidence files: copied and hashed in one pass, stored once by hash with
//!   their original names, progress and cancel, detach and delete, evidence rules.
//! - `staff`: the office's staff list, the person working chosen from it and remembered,
//!   `gecc --by NAME`; that name in the history and in bundles that verify and import.
//! - `evidence_kinds`: `gecc attach` files evidence by its Thai name and names the kinds
//!   a file might be that the item still needs.
//! - `review`: submit, approve (locks the round), unlock with a reason; n/a needs a reason.
//! - `figures`: the figures behind outcome answers: tallies, sample size, who collected.
//! - `deadlines`: the round's calendar: default dates from the letters, edited by the
//!   office, the next one to count down to.
//! - `pack_move`: a round moves to a newer pack version; answers carry over by item id,
//!   removed items are listed and kept.
//! - `roster`: the province's own desk: every district of a province from the shipped
//!   list and local organisations by name, who has sent and who has not (however a clerk
//!   typed the district), the province's own report dates, an unlisted sender added,
//!   forms 1 and 2 over the whole roster, the first run's question, `gecc roster|status
//!   --not-sent|report-dates|role`.
//! - `province_package`: the province's signed criteria edition and report dates: who
//!   signed and what changes, an unknown or changed key asked about, anything changed
//!   after signing refused with nothing written, draft rounds moved with their answers,
//!   the office's own dates and edition kept, `gecc package export|show|import`.
//! - `carry_over`: a round started from an earlier one: links (no file copied), statuses
//!   and notes when asked, owners and due dates cleared, "from round X" until saved, old
//!   evidence named, maintenance rounds from the certified application, `gecc rounds new
//!   --from|--fresh`.
//! - `pack_editor`: an office's own edition of a pack: filled-in items, saved, moved to,
//!   exported and imported elsewhere.
//! - `office`: the office profile: saved, validated, and never a password.
//! - `bundles`: submission bundles: round trip byte for byte, twice changes nothing, replays,
//!   summaries, personal data removed, e-mail parts in any order, tampered, unsigned,
//!   future, malformed and hostile bundles refused with nothing written, CP874 names, two
//!   PCs of one office merging, the province's matrix.
//! - `bundle_trust`: a bundle is trusted for what it proves and nothing more: padded
//!   text, history and events a clerk could not save, records the database would refuse,
//!   unsigned bundles for pinned offices, ambiguous documents, tags, sizes and part
//!   markers, and messages that print Thai names as typed; refused by `gecc verify` and
//!   the import alike, with nothing written and no backup made.
//! - `bundle_report`: the self-assessment report PDF in every bundle (summaries and the
//!   first e-mail part too), listed in the manifest, without staff names when personal
//!   data is removed, and added by `gecc export`.
//! - `fat_stick`: a real FAT32 image (mkfs.vfat, mounted by fusefat) takes a bundle,
//!   and a file of 4 GiB is refused before anything is written.
//! - `bundle_faults`: a stick too small (a real 1 MB tmpfs), read-only, filling up half-way
//!   (EFBIG), pulled during the export, or an export killed half-way: a clear message and
//!   no bundle under its final name.
//! - `interop`: other tools read our bundles: Python's zipfile, unzip and 7-Zip list the
//!   Thai names exactly, bagit.py validates what they extract (and catches a flipped byte),
//!   our BagIt profile and JSON Schema hold, a bag made by bagit.py (with or without our
//!   sequence tag) imports when unsigned bags are allowed, never over a pinned key, every e-mail part unzipped into one folder is a valid bag, and the
//!   status CSV reads in Python with its BOM.
//! - `backups`: made before imports and pack moves, the newest kept, restored only when
//!   whole and ours (the replaced state is backed up first), missing evidence marked.
//! - `crash`: 200 SIGKILLs at seeded random moments of a worker that saves, attaches,
//!   exports and imports; after each: intact database, every acknowledged save kept, no
//!   evidence row without its file, no unverified bundle under a final name.
//! - `forms`: printed forms as PDF: every document for an empty round, a full round of 70
//!   items with long Thai notes and a province of 20 offices; pdftotext reads the office,
//!   the Thai date and the item titles in order; Arabic digits on request; the same bytes
//!   twice; `gecc report` from the command line.
//! - `clock`: one clock: a stopped clock dates the round, the answer, the backup and the
//!   bundle's bagging time (in the PC's time zone), and today is its date there.
//! - `cli`: `gecc packs`, `gecc rounds`, `gecc score`, `gecc answers` on a real database file,
//!   `--data-dir` and `GECC_DATA_DIR`; the data in the user profile, or beside a portable
//!   copy that has the marker file.
//! - `cli_round`: a whole round from the terminal alone: every item answered with
//!   `gecc answer` (status, note, owner, B.E. due date, sub-scores, figures, tallies),
//!   evidenced with `gecc attach`, exported, verified, printed, imported by a province.
//! - `long_paths`: a round kept, evidenced, backed up and exported in Thai-named folders
//!   deeper than 260 characters (also run under Wine, where that is Windows' rule).
//! - `tidy`: the IPC commands named alike in the shell, its manifest, its capability and
//!   the UI; no HTML written from strings in ui/; every file under assets/ used.
//! - `windows_names`: a bundle of evidence with device names, forbidden characters, names
//!   equal ignoring case (in any script) and very long names writes only names Windows
//!   can create, in paths under 260 characters, and imports with every original name
//!   intact; a bundle re-zipped with backslashes is refused.

mod support;

mod answers;
mod backups;
mod bundle_faults;
mod bundle_report;
mod bundle_support;
mod bundle_trust;
mod bundles;
mod carry_over;
mod cli;
mod cli_round;
mod clock;
mod crash;
mod deadlines;
mod diagnostics;
mod evidence;
mod evidence_kinds;
mod fat_stick;
mod figures;
mod forms;
mod forms_support;
mod interop;
mod long_paths;
mod office;
mod pack_editor;
mod pack_move;
mod packs;
mod printed_report;
mod province_package;
mod reduced_photos;
mod review;
mod roster;
mod rounds;
mod staff;
mod store;
mod tidy;
mod windows_names;
