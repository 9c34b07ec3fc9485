//! What the screen shows, in one place: the round being worked on, the clerk's current
//! input per item (which may be newer than what is saved), and each item's save state.

import type { AnswerInput, Checklist, Language, Office, OfficeProfile, Part, Round, RoundScore } from "./bindings";
import type { CommandError } from "./api";
import type { SaveStatus } from "./saver";

export interface State {
  language: Language;
  phase: "loading" | "ready" | "failed";
  failure: CommandError | null;
  office: Office | null;
  rounds: Round[];
  checklist: Checklist | null;
  score: RoundScore | null;
  /** The clerk's current input per item id. */
  drafts: Map<string, AnswerInput>;
  saves: Map<string, SaveStatus>;
  /** The office profile form, while it is open. */
  officeDialog: OfficeDialog | null;
}

export interface OfficeDialog {
  draft: OfficeProfile;
  saving: boolean;
  error: CommandError | null;
}

/** The editable part of an office record. */
export function profileOf(office: Office): OfficeProfile {
  const { id: _id, updated_at: _updatedAt, ...profile } = office;
  return profile;
}

export function initialState(): State {
  return {
    language: "th",
    phase: "loading",
    failure: null,
    office: null,
    rounds: [],
    checklist: null,
    score: null,
    drafts: new Map(),
    saves: new Map(),
    officeDialog: null,
  };
}

export function emptyAnswer(): AnswerInput {
  return {
    status: "not_started",
    note: "",
    owner: "",
    due_date: null,
    sub_scores: {},
    value_number: null,
    value_text: null,
    not_applicable_reason: "",
  };
}

/** The drafts a freshly loaded checklist starts from: its saved answers. */
export function draftsFrom(checklist: Checklist): Map<string, AnswerInput> {
  const drafts = new Map<string, AnswerInput>();
  for (const answer of checklist.answers) {
    const { round_id: _round, item_id: itemId, updated_at: _at, updated_by: _by, ...content } = answer;
    drafts.set(itemId, { ...content, sub_scores: { ...content.sub_scores } });
  }
  return drafts;
}

/** The parts of the pack that this round assesses, in pack order. */
export function partsOfRound(checklist: Checklist, score: RoundScore): Part[] {
  const scored = new Set(score.parts.map((p) => p.part_id));
  return checklist.pack.parts.filter((part) => scored.has(part.id));
}
