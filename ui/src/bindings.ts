// Generated from crates/core by ts-rs (`cargo xtask codegen`). Do not edit by hand.

export type Localized = { th: string, en: string, };

export type ErrorCode = "DATABASE_TOO_NEW" | "NOT_A_DATABASE" | "STORAGE" | "IO" | "PACK_INVALID" | "PACK_FORMAT_TOO_NEW" | "PACK_CONFLICT" | "PACK_NOT_FOUND" | "ROUND_NOT_FOUND" | "ROUND_EXISTS" | "ROUND_LOCKED" | "ITEM_NOT_IN_PACK" | "INVALID_INPUT" | "INTERNAL";

export type ErrorPayload = { code: ErrorCode, message: Localized, };

export type OfficeKind = "district_registration" | "local_administration" | "other";

export type Office = { id: number, updated_at: string, name: string, kind: OfficeKind, province: string, district: string, officer_name: string, officer_position: string, officer_phone: string, officer_email: string, gecc_username: string, };

export type OfficeProfile = { name: string, kind: OfficeKind, province: string, district: string, officer_name: string, officer_position: string, officer_phone: string, officer_email: string, gecc_username: string, };

export type RoundKind = "application" | "maintenance-6-month" | "maintenance-12-month";

export type RoundState = "draft" | "submitted" | "approved";

export type Round = { id: number, office_id: number, office_name: string, pack_id: string, pack_version: number, pack_year_be: number, fiscal_year_be: number, kind: RoundKind, state: RoundState, created_at: string, };

export type NewRoundInput = { kind: RoundKind, fiscal_year_be: number | null, pack_id: string | null, pack_version: number | null, };

export type AnswerStatus = "not_started" | "in_progress" | "met" | "not_met" | "not_applicable";

export type Answer = { round_id: number, item_id: string, updated_at: string, updated_by: string, status: AnswerStatus, note: string, owner: string, 
/**
 * ISO date (YYYY-MM-DD, Common Era) or none.
 */
due_date: string | null, sub_scores: { [key in string]?: number }, value_number: number | null, value_text: string | null, };

export type AnswerInput = { status: AnswerStatus, note: string, owner: string, 
/**
 * ISO date (YYYY-MM-DD, Common Era) or none.
 */
due_date: string | null, sub_scores: { [key in string]?: number }, value_number: number | null, value_text: string | null, };

export type AnswerChange = { id: number, round_id: number, item_id: string, before: AnswerInput | null, after: AnswerInput, changed_by: string, changed_at: string, };

export type AnswerSaved = { answer: Answer, score: RoundScore, };

export type Checklist = { round: Round, pack: CriteriaPack, answers: Array<Answer>, score: RoundScore, };

export type PackSummary = { pack_id: string, pack_version: number, year_be: number, title: Localized, complete: boolean, builtin: boolean, sha256: string, parts: Array<PackPartSummary>, };

export type PackPartSummary = { part_id: string, title: Localized, listed_items: number, undisclosed_items: number, points: number, };

export type Settings = { language: Language, };

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
levels: Array<LevelBand>, parts: Array<Part>, };

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
points: number | null, title: Localized, guidance: Localized | null, typical_evidence: Localized | null, answer: AnswerKind, confidence: Confidence, };

export type AnswerKind = { "kind": "check" } | { "kind": "points", sub_scores: Array<SubScore>, } | { "kind": "number", unit: Localized | null, min: number | null, max: number | null, } | { "kind": "text" };

export type SubScore = { id: string, title: Localized, 
/**
 * The most this sub-score can give, where the criteria say so.
 */
max_points: number | null, };

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
next_level: string | null, points_to_next_level: number | null, pack_complete: boolean, };
