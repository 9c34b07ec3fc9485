// Generated from crates/core by ts-rs (`cargo xtask codegen`). Do not edit by hand.

export type Localized = { th: string, en: string, };

export type ErrorCode = "DATABASE_TOO_NEW" | "NOT_A_DATABASE" | "STORAGE" | "IO" | "PACK_INVALID" | "PACK_FORMAT_TOO_NEW" | "PACK_CONFLICT" | "PACK_NOT_FOUND" | "ROUND_NOT_FOUND" | "ROUND_EXISTS" | "ROUND_LOCKED" | "ITEM_NOT_IN_PACK" | "INVALID_INPUT" | "CANCELLED" | "NOT_A_FILE" | "DISK_FULL" | "EVIDENCE_CORRUPT" | "EVIDENCE_NOT_FOUND" | "EVIDENCE_IN_USE" | "ROUND_STATE_CHANGE" | "BUNDLE_REFUSED" | "FILE_IN_USE" | "FILE_TOO_LARGE" | "INTERNAL";

export type ErrorPayload = { code: ErrorCode, message: Localized, };

export type OfficeKind = "district_registration" | "local_administration" | "other";

export type Office = { id: number, updated_at: string, name: string, kind: OfficeKind, province: string, district: string, officer_name: string, officer_position: string, officer_phone: string, officer_email: string, gecc_username: string, };

export type OfficeProfile = { name: string, kind: OfficeKind, province: string, district: string, officer_name: string, officer_position: string, officer_phone: string, officer_email: string, gecc_username: string, };

export type RoundKind = "application" | "maintenance-6-month" | "maintenance-12-month";

export type RoundState = "draft" | "submitted" | "approved";

export type Round = { id: number, office_id: number, office_name: string, pack_id: string, pack_version: number, pack_year_be: number, fiscal_year_be: number, kind: RoundKind, state: RoundState, created_at: string, 
/**
 * Who approved the round (name and position as typed at approval), when approved.
 */
approved_by_name: string, approved_by_position: string, approved_at: string | null, 
/**
 * False for a round received from another office (read-only here).
 */
office_is_local: boolean, };

export type NewRoundInput = { kind: RoundKind, fiscal_year_be: number | null, pack_id: string | null, pack_version: number | null, };

export type CarryOver = { from_round: number, 
/**
 * Each item's status (with its sub-scores and why it does not apply).
 */
statuses: boolean, 
/**
 * Each item's note.
 */
notes: boolean, 
/**
 * Items whose every evidence file was added before this day (YYYY-MM-DD) are named
 * for a new photo.
 */
evidence_before: string | null, };

export type CarriedRound = { round: Round, from_round: number, answers: number, links: number, 
/**
 * Items of the earlier round the new round's criteria no longer have.
 */
left_behind: Array<string>, 
/**
 * Items whose evidence is older than `evidence_before`.
 */
stale_evidence: Array<string>, };

export type AnswerStatus = "not_started" | "in_progress" | "met" | "not_met" | "not_applicable";

export type Answer = { round_id: number, item_id: string, updated_at: string, updated_by: string, 
/**
 * The round this answer was carried from when the round started from an earlier one,
 * until someone saves it ("from round X").
 */
carried_from_round: number | null, status: AnswerStatus, note: string, owner: string, 
/**
 * ISO date (YYYY-MM-DD, Common Era) or none.
 */
due_date: string | null, sub_scores: { [key in string]?: number }, value_number: number | null, value_text: string | null, 
/**
 * Why the item does not apply; required before a round with such items is submitted.
 */
not_applicable_reason: string, 
/**
 * The figures behind the answer, by the pack's figure id.
 */
figures: { [key in string]?: FigureValue }, };

export type AnswerInput = { status: AnswerStatus, note: string, owner: string, 
/**
 * ISO date (YYYY-MM-DD, Common Era) or none.
 */
due_date: string | null, sub_scores: { [key in string]?: number }, value_number: number | null, value_text: string | null, 
/**
 * Why the item does not apply; required before a round with such items is submitted.
 */
not_applicable_reason: string, 
/**
 * The figures behind the answer, by the pack's figure id.
 */
figures: { [key in string]?: FigureValue }, };

export type AnswerChange = { id: number, round_id: number, item_id: string, before: AnswerInput | null, after: AnswerInput, changed_by: string, changed_at: string, };

export type AnswerSaved = { answer: Answer, score: RoundScore, tallies: Array<TallySummary>, 
/**
 * Which state of the round's answers the score and tallies describe. Saves of
 * different items can finish in any order; the UI keeps the highest revision.
 */
revision: number, };

export type Checklist = { round: Round, pack: CriteriaPack, answers: Array<Answer>, score: RoundScore, 
/**
 * Every file linked to an item of this round.
 */
evidence: Array<EvidenceFile>, links: Array<EvidenceLink>, 
/**
 * Evidence per item of the round's parts, in pack order.
 */
item_evidence: Array<ItemEvidence>, deadlines: Array<Deadline>, 
/**
 * What each tally of the round comes to.
 */
tallies: Array<TallySummary>, 
/**
 * The revision of the round's answers this checklist shows (see `AnswerSaved`).
 */
revision: number, };

export type ApprovalInput = { name: string, position: string, };

export type AttachProgress = { file_index: number, file_count: number, name: string, done: number, total: number, };

export type AttachFailure = { name: string, error: ErrorPayload, };

export type AttachReport = { attached: Array<EvidenceLink>, failed: Array<AttachFailure>, 
/**
 * The clerk cancelled; files after the one being copied were not attached.
 */
cancelled: boolean, 
/**
 * Files whose kind to ask about (`Store::kind_questions`), once the files are
 * registered; none when the request named the kind.
 */
questions: Array<KindQuestion>, };

export type KindQuestion = { evidence_id: number, name: string, 
/**
 * The kind the file was filed as (kept when the clerk does not choose).
 */
guessed: string, 
/**
 * The kinds the item's rule still needs that the file might be, then the guess.
 */
choices: Array<string>, };

export type FileFormat = "jpeg" | "png" | "gif" | "webp" | "heic" | "bmp" | "tiff" | "pdf" | "word" | "excel" | "powerpoint" | "text" | "video" | "archive" | "other";

export type EvidenceFile = { id: number, sha256: string, 
/**
 * The name the file had on the clerk's computer, exactly as it was.
 */
original_name: string, size: number, format: FileFormat, added_at: string, added_by: string, 
/**
 * A photo received reduced for e-mail: the original it was made from.
 */
reduced_from: ReducedFrom | null, };

export type ReducedFrom = { sha256: string, size: number, 
/**
 * The original's pixel size, upright.
 */
width: number, height: number, };

export type EvidenceLink = { round_id: number, item_id: string, evidence_id: number, 
/**
 * One of the pack's evidence type ids, or empty while the clerk has not said.
 */
evidence_type: string, linked_at: string, linked_by: string, 
/**
 * The earlier round this link was carried from (the file is the same stored file).
 */
carried_from_round: number | null, };

export type EvidenceRule = { "op": "type", id: string, } | { "op": "all", of: Array<EvidenceRule>, } | { "op": "any", of: Array<EvidenceRule>, };

export type ItemEvidence = { item_id: string, files: number, rule: EvidenceRule | null, 
/**
 * What the rule still needs; none when satisfied or when there is no rule.
 */
unmet: EvidenceRule | null, 
/**
 * Every file of the item is older than the day chosen when the round was started
 * from an earlier one: time for a new photo.
 */
needs_new_photo: boolean, };

export type EventKind = "evidence_attached" | "evidence_detached" | "evidence_type_changed" | "round_submitted" | "round_approved" | "round_unlocked" | "pack_changed";

export type RoundEvent = { id: number, round_id: number, item_id: string | null, kind: EventKind, 
/**
 * Details by kind: the file and type for evidence, name and position for an
 * approval, the reason for an unlock.
 */
detail: Record<string, unknown>, actor: string, at: string, };

export type ItemHistory = { answers: Array<AnswerChange>, events: Array<RoundEvent>, };

export type DroppedFiles = { drop_id: number, names: Array<string>, 
/**
 * Where they were dropped, in physical pixels from the top left of the window.
 */
x: number, y: number, };

export type Deadline = { id: number, round_id: number, title: string, 
/**
 * ISO date (Common Era).
 */
due_date: string, done: boolean, 
/**
 * Where the date came from, for dates filled in from an example letter.
 */
source: string, };

export type DeadlineInput = { id: number | null, title: string, due_date: string, done: boolean, };

export type PackMove = { from_pack_id: string, from_version: number, to_pack_id: string, to_version: number, 
/**
 * Answered items that are in the new version too: their answers carry over by id.
 */
carried_over: number, 
/**
 * Items with answers or evidence that the new version no longer has. Their answers
 * are kept in the database and listed here, never silently dropped.
 */
removed: Array<RemovedItem>, 
/**
 * Items new in this version, to be answered.
 */
added: Array<string>, };

export type RemovedItem = { item_id: string, code: string, title: Localized, status: AnswerStatus, files: number, };

export type CheapestPath = { 
/**
 * The level aimed at: the next one above what is earned.
 */
level: string, steps: Array<PathStep>, 
/**
 * Whether the steps reach the level; not when even every listed open item falls
 * short (the rest is in items the pack does not list yet).
 */
reaches: boolean, 
/**
 * Points still missing after every step, when they do not reach.
 */
points_short: number, };

export type PathStep = { item_id: string, points: number, 
/**
 * A gate item: worth no points, but the level needs it met.
 */
gate: boolean, };

export type DragPosition = { x: number, y: number, };

export type PackSummary = { pack_id: string, pack_version: number, year_be: number, title: Localized, complete: boolean, builtin: boolean, sha256: string, parts: Array<PackPartSummary>, };

export type PackPartSummary = { part_id: string, title: Localized, listed_items: number, undisclosed_items: number, points: number, };

export type Settings = { language: Language, 
/**
 * Whom this PC works for; `None` until the first run asks (an installation that
 * already has an office name works for a district office).
 */
role: DeskRole | null, };

export type DeskRole = "district" | "province";

export type Staff = { names: Array<string>, current: string | null, };

export type Language = "th" | "en";

export type CriteriaPack = { 
/**
 * Always "gecc-criteria-pack".
 */
format: string, 
/**
 * Version of the file format, not of the criteria.
 */
format_version: number, 
/**
 * Stable identifier of the criteria set, e.g. "gecc-2568".
 */
pack_id: string, 
/**
 * Revision of this pack id; a corrected list gets a higher number.
 */
pack_version: number, 
/**
 * The GECC year (Buddhist era) these criteria are for.
 */
year_be: number, title: Localized, source: PackSource, 
/**
 * Certification levels, lowest first.
 */
levels: Array<LevelBand>, 
/**
 * The kinds of evidence items ask for (format version 2).
 */
evidence_types: Array<EvidenceType>, parts: Array<Part>, };

export type EvidenceType = { id: string, title: Localized, 
/**
 * Files of these formats get this type when attached, until the clerk changes it.
 */
formats: Array<FileFormat>, };

export type PackSource = { description: Localized, completeness: Completeness, references: Array<string>, };

export type Completeness = "complete" | "incomplete";

export type LevelBand = { id: string, title: Localized, min_points: number, };

export type PartKind = "physical" | "quality" | "outcome" | "readiness" | "maintenance";

export type Part = { id: string, kind: PartKind, title: Localized, 
/**
 * The kinds of round this part is assessed in.
 */
round_kinds: Array<RoundKind>, rule: PartRule, sections: Array<Section>, 
/**
 * Items the criteria are known to contain but whose wording is not known yet.
 */
undisclosed: Array<UndisclosedItems>, };

export type PartRule = { 
/**
 * Every item must be met, or the application is not assessed further.
 */
gate: boolean, 
/**
 * Points of an item that does not state its own.
 */
points_per_item: number, };

export type UndisclosedItems = { level: ItemLevel | null, expected_items: number, points: number, note: Localized, };

export type Section = { id: string, code: string, title: Localized, items: Array<Item>, };

export type ItemLevel = "basic" | "advanced";

export type Confidence = "official" | "confirmed" | "inferred" | "synthetic";

export type Item = { id: string, 
/**
 * The code shown to people, e.g. "2.12".
 */
code: string, level: ItemLevel | null, 
/**
 * Overrides the part's `points_per_item`.
 */
points: number | null, title: Localized, guidance: Localized | null, typical_evidence: Localized | null, answer: AnswerKind, confidence: Confidence, 
/**
 * Which evidence the item needs, e.g. `photo & (order | minutes)` (format version 2).
 */
evidence_rule: string | null, 
/**
 * The figures behind the answer, e.g. responses per rating (format version 2).
 */
figures: Array<Figure>, };

export type AnswerKind = { "kind": "check" } | { "kind": "points", sub_scores: Array<SubScore>, } | { "kind": "number", unit: Localized | null, min: number | null, max: number | null, } | { "kind": "text" };

export type KeyInfo = { 
/**
 * The 32-byte Ed25519 public key in standard Base64.
 */
public_key: string, 
/**
 * Four groups of four hex digits, e.g. `4F2A-91C3-77DE-0B15`.
 */
fingerprint: string, };

export type ExportOptions = { 
/**
 * No evidence files: the answers and the list of files only, for a quick e-mail.
 */
summary_only: boolean, 
/**
 * Staff names, phones and e-mail replaced, for sharing outside the office.
 */
remove_personal_data: boolean, 
/**
 * Split into e-mail-sized parts of at most this many megabytes (1 MB = 1,000,000
 * bytes, as mail servers count); none writes one file.
 */
part_size_mb: number | null, 
/**
 * Photos re-encoded with their longest side at most this many pixels (upright, no
 * EXIF), each recorded with the original it was made from; none carries every file
 * as it was attached.
 */
photo_max_side: number | null, };

export type ExportPlan = { bytes: number, 
/**
 * What the same bundle would take with every file as attached (equal to `bytes`
 * when photos are not reduced).
 */
bytes_as_attached: number, 
/**
 * Photos that will travel reduced.
 */
reduced_photos: number, 
/**
 * Some reduced sizes are estimates (those photos are reduced when the export runs).
 */
estimated: boolean, evidence_files: number, parts: number, sequence: number, file_names: Array<string>, };

export type ExportPhase = "reducing" | "writing" | "checking";

export type ExportProgress = { phase: ExportPhase, done: number, total: number, };

export type ExportResult = { files: Array<string>, folder: string, bytes: number, sequence: number, digest: string, fingerprint: string, 
/**
 * Every part was read back from the target and every hash matched.
 */
verified: boolean, 
/**
 * Photos carried reduced, each naming its original.
 */
reduced_photos: number, };

export type BundleVerdict = { 
/**
 * The archive files this bundle came in (one, or every part).
 */
files: Array<string>, 
/**
 * True when nothing in `problems`: the bundle may be imported.
 */
ok: boolean, problems: Array<Finding>, 
/**
 * Worth knowing, not a reason to refuse (an unsigned bag; already imported).
 */
warnings: Array<Finding>, entries: Array<EntryCheck>, 
/**
 * SHA-256 of the tag manifest: the bundle's name in logs and on forms.
 */
digest: string | null, summary: BundleSummary | null, checked_bytes: number, };

export type Finding = { file: string, entry: string, code: ProblemCode, message: Localized, };

export type ProblemCode = "unsafe_archive" | "missing_part" | "not_a_bag" | "bag_declaration" | "bag_info" | "manifest" | "missing_file" | "extra_file" | "checksum_mismatch" | "payload_oxum" | "signature" | "unsigned" | "format_too_new" | "document" | "unknown_pack" | "replay" | "new_key" | "already_imported" | "document_too_large" | "duplicate_key" | "duplicate_tag" | "bag_info_mismatch" | "evidence_size" | "part_digest" | "padded_text" | "invalid_record" | "unsigned_for_pinned_office";

export type EntryCheck = { path: string, size: number, ok: boolean, };

export type BundleSummary = { office_uid: string, office_name: string, province: string, district: string, fiscal_year_be: number, kind: RoundKind, state: RoundState, 
/**
 * `GECC-Bundle-Sequence`; 0 for an unsigned bag made by another tool, which has none.
 */
sequence: number, previous_digest: string, bagging_date: string, summary_only: boolean, personal_data_removed: boolean, pack: PackRef, 
/**
 * None for a bag without our signature (e.g. made by bagit.py).
 */
signer: KeyInfo | null, parts: number, evidence_files: number, answers: number, };

export type PackRef = { id: string, version: number, sha256: string, };

export type ImportOptions = { 
/**
 * For conflicts without a choice: keep this PC's answer or take the bundle's.
 */
prefer: Side | null, 
/**
 * Per item id, the side chosen after seeing the conflicts.
 */
choices: { [key in string]?: Side }, 
/**
 * Import a bag without our signature (e.g. one made by bagit.py).
 */
allow_unsigned: boolean, 
/**
 * Trust a key this PC has not seen for the bundle's office (after a phone check).
 */
accept_new_key: boolean, 
/**
 * This PC works for the bundle's office too (a second PC, or home and office).
 */
adopt_office: boolean, };

export type ImportOutcome = { status: ImportStatus, verdict: BundleVerdict, round_id: number | null, 
/**
 * Items whose answer now comes from the bundle.
 */
taken: Array<string>, conflicts: Array<ItemConflict>, history_added: number, events_added: number, evidence_copied: number, evidence_already_here: number, };

export type ImportStatus = "imported" | "already_imported" | "needs_choice" | "refused";

export type ImportProgress = { bundle_index: number, bundle_count: number, done: number, total: number, };

export type ItemConflict = { item_id: string, mine: AnswerInput | null, theirs: AnswerInput | null, mine_updated_at: string, mine_updated_by: string, theirs_updated_at: string, theirs_updated_by: string, mine_evidence: number, theirs_evidence: number, 
/**
 * What was decided (by a choice or `--prefer`), if anything.
 */
resolution: Side | null, };

export type Side = "mine" | "theirs";

export type BundleRecord = { round_id: number, 
/**
 * "exported" or "imported".
 */
direction: string, sequence: number, 
/**
 * SHA-256 of the bag's tag manifest: names the bundle, split or not.
 */
digest: string, previous_digest: string, 
/**
 * The Base64 public key that signed it (empty for an unsigned bag).
 */
signer_key: string, 
/**
 * When the bag was made (the exporter's clock), RFC 3339.
 */
bagging_date: string, summary_only: boolean, file_name: string, at: string, };

export type ProvinceStatus = { fiscal_year_be: number, kind: RoundKind, columns: Array<PartColumn>, 
/**
 * The report dates the rows are measured against (ISO dates).
 */
report_dates: Array<string>, 
/**
 * How many offices are on the roster (0: every office heard from is listed).
 */
roster_size: number, rows: Array<OfficeRow>, };

export type PartColumn = { part_id: string, title: Localized, };

export type PartProgress = "not_started" | "in_progress" | "decided";

export type PartCell = { part_id: string, progress: PartProgress, decided: number, listed: number, met: number, earned: number, total: number, };

export type Reporting = { "state": "not_due" } | { "state": "on_time" } | { "state": "late", days: number, } | { "state": "missing" };

export type OfficeRow = { 
/**
 * The office a bundle came from; `None` for a roster entry nothing has come from.
 */
office_id: number | null, 
/**
 * The roster entry this row is; `None` for an office that sent without being listed.
 */
roster_id: number | null, office_name: string, province: string, district: string, 
/**
 * The number to call: the roster's, else the one in the office's own profile.
 */
phone: string, is_local: boolean, round_id: number | null, round_state: RoundState | null, parts: Array<PartCell>, earned: number, total: number, level: string | null, gate: GateState | null, last_bundle_at: string | null, last_sequence: number | null, bundles: number, reporting: Reporting, };

export type RosterEntry = { id: number, kind: OfficeKind, name: string, province: string, district: string, 
/**
 * The district's DOPA code when chosen from the shipped list; empty otherwise.
 */
district_code: string, phone: string, 
/**
 * The office chosen to answer for this entry (see `add_sender_to_roster`).
 */
office_id: number | null, added_at: string, };

export type RosterOfficeInput = { name: string, kind: OfficeKind, 
/**
 * This PC's province when left empty.
 */
province: string, district: string, phone: string, };

export type RosterAdded = { province: string, added: number, 
/**
 * Districts already on the roster.
 */
already: number, };

export type ProvinceDesk = { settings: Settings, office: Office, 
/**
 * The districts added, when asked for.
 */
added: RosterAdded | null, };

export type ReportDate = { title: string, 
/**
 * YYYY-MM-DD.
 */
date: string, };

export type ReportDates = { fiscal_year_be: number, kind: RoundKind, 
/**
 * Earliest first.
 */
dates: Array<ReportDate>, 
/**
 * False while they are the last known letter's dates, not the province's own.
 */
edited: boolean, };

export type Geography = { 
/**
 * Where the list comes from (package and version).
 */
source: string, licence: string, provinces: Array<Province>, };

export type Province = { code: string, name_th: string, name_en: string, districts: Array<District>, };

export type District = { 
/**
 * The DOPA code: the province's two digits and the district's two (e.g. 9401).
 */
code: string, name_th: string, name_en: string, };

export type PackageRequest = { pack_id: string, pack_version: number, 
/**
 * Which years and kinds of round to send the report dates of.
 */
report_dates: Array<DatesChoice>, };

export type DatesChoice = { fiscal_year_be: number, kind: RoundKind, };

export type PackagePreview = { province: string, fingerprint: string, trust: PackageKeyTrust, bagging_time: string, pack_id: string, pack_version: number, pack_title: Localized, 
/**
 * The edition compared with (the one this office's rounds use), if any.
 */
compared_version: number | null, items_added: Array<ItemChange>, items_removed: Array<ItemChange>, parts: Array<PartChange>, rounds: Array<PackageRound>, report_dates: Array<ReportDates>, 
/**
 * The same package was taken in before: nothing would change.
 */
already_taken: boolean, };

export type PackageKeyTrust = { "state": "known" } | { "state": "new" } | { "state": "changed", known_fingerprint: string, };

export type ItemChange = { item_id: string, code: string, title: Localized, points: number, };

export type PartChange = { part_id: string, title: Localized, items_before: number, items_after: number, points_before: number, points_after: number, };

export type PackageRound = { round_id: number, fiscal_year_be: number, kind: RoundKind, pack_version: number, moves: boolean, 
/**
 * Why it stays where it is, when it does.
 */
reason: Localized | null, };

export type PackageWritten = { path: string, file_name: string, fingerprint: string, bytes: number, };

export type BackupInfo = { file_name: string, reason: BackupReason, 
/**
 * When it was made (UTC, RFC 3339).
 */
created_at: string, bytes: number, };

export type BackupReason = "start" | "before-import" | "before-pack-move" | "before-restore" | "manual";

export type RestoreReport = { restored: BackupInfo, 
/**
 * The backup of the database as it was just before the restore.
 */
previous: BackupInfo, 
/**
 * Evidence files the restored database names that are no longer on disk.
 */
missing_evidence: number, };

export type SubScore = { id: string, title: Localized, 
/**
 * The most this sub-score can give, where the criteria say so.
 */
max_points: number | null, };

export type Figure = { "kind": "number", id: string, title: Localized, unit: Localized | null, min: number | null, max: number | null, } | { "kind": "text", id: string, title: Localized, } | { "kind": "tally", id: string, title: Localized, levels: Array<TallyLevel>, };

export type TallyLevel = { id: string, title: Localized, 
/**
 * What one response at this level is worth on the scale.
 */
weight: number, };

export type FigureValue = number | string | { [key in string]?: number };

export type TallySummary = { item_id: string, figure_id: string, responses: number, 
/**
 * None when nobody has responded yet.
 */
percent: number | null, };

export type GateState = "no_gate" | "open" | "passed" | "failed";

export type Points = { 
/**
 * Every point, listed and undisclosed items together.
 */
total: number, earned: number, 
/**
 * Points of listed items not decided yet.
 */
open: number, 
/**
 * Points of decided items that were not earned.
 */
lost: number, 
/**
 * Points of declared items whose wording the pack does not have.
 */
undisclosed: number, };

export type PartScore = { part_id: string, listed_items: number, not_started: number, in_progress: number, met: number, not_met: number, not_applicable: number, points: Points, undisclosed_items: number, gate: GateState, };

export type RoundScore = { parts: Array<PartScore>, gate: GateState, points: Points, undisclosed_items: number, 
/**
 * The level the earned points reach, if the gate has not failed.
 */
level: string | null, 
/**
 * The best level still reachable if every open and undisclosed point were earned.
 */
reachable_level: string | null, 
/**
 * The next level above `level` and the points still needed for it.
 */
next_level: string | null, points_to_next_level: number | null, 
/**
 * The fewest open items that would reach the next level.
 */
cheapest_path: CheapestPath | null, pack_complete: boolean, };

export type PrintedDocumentName = "report" | "signoff" | "evidence" | "form1" | "form2";

export type PageNumbers = "dashes" | "of-total";

export type PrintSource = { roundId: number, } | { fiscalYearBe: number, kind: RoundKind, };
