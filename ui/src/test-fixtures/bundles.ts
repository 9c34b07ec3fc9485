//! Records for the bundle and province tests, shaped as the Rust side sends them: a ready
//! screen on a round of the 2568 pack, bundle verdicts, and import outcomes.

import type { Actions } from "../actions";
import type { BundleVerdict, Checklist, ImportOutcome, ItemConflict, Office, OfficeProfile, Round, RoundScore } from "../bindings";
import { emptyAnswer, initialState, type State } from "../state";
import { PACK_2568 } from "./pack";

/** Actions that do nothing, for tests that look only at what is rendered. */
export const noActions = new Proxy({}, { get: () => () => {} }) as Actions;

/** Actions that record every call by name, for tests of what a click asks for. */
export function recordingActions(): { actions: Actions; calls: Array<[string, unknown[]]> } {
  const calls: Array<[string, unknown[]]> = [];
  const actions = new Proxy(
    {},
    {
      get:
        (_, name) =>
        (...args: unknown[]) =>
          calls.push([String(name), args]),
    },
  ) as Actions;
  return { actions, calls };
}

/** An office profile with nothing typed yet (the welcome form's draft), with any fields given. */
export function profile(overrides: Partial<OfficeProfile> = {}): OfficeProfile {
  return {
    name: "",
    kind: "district_registration",
    province: "",
    district: "",
    officer_name: "",
    officer_position: "",
    officer_phone: "",
    officer_email: "",
    gecc_username: "",
    ...overrides,
  };
}

/** This PC's office before the welcome form is filled in, with any fields given. */
export function office(overrides: Partial<Office> = {}): Office {
  return { id: 1, updated_at: "", ...profile(), ...overrides };
}

export function round(overrides: Partial<Round> = {}): Round {
  return {
    id: 1,
    office_id: 1,
    office_name: "สำนักทะเบียนอำเภอเมืองปัตตานี",
    pack_id: "gecc-2568",
    pack_version: 2,
    pack_year_be: 2568,
    fiscal_year_be: 2570,
    kind: "application",
    state: "draft",
    created_at: "2026-11-22T00:00:00Z",
    approved_by_name: "",
    approved_by_position: "",
    approved_at: null,
    office_is_local: true,
    ...overrides,
  };
}

function score(): RoundScore {
  return {
    parts: ["physical", "quality", "outcome"].map((part_id) => ({
      part_id,
      listed_items: 0,
      not_started: 0,
      in_progress: 0,
      met: 0,
      not_met: 0,
      not_applicable: 0,
      points: { total: 0, earned: 0, open: 0, lost: 0, undisclosed: 0 },
      undisclosed_items: 0,
      gate: "no_gate" as const,
    })),
    gate: "open",
    points: { total: 100, earned: 0, open: 38, lost: 0, undisclosed: 62 },
    undisclosed_items: 25,
    level: null,
    reachable_level: "excellent",
    next_level: "basic",
    points_to_next_level: 70,
    cheapest_path: null,
    pack_complete: false,
  };
}

/** The checklist of `shown` on screen, with this office's `rounds` in the switcher. */
export function readyState(shown: Round = round(), rounds: Round[] = [round()]): State {
  const checklist: Checklist = {
    round: shown,
    pack: PACK_2568,
    answers: [],
    score: score(),
    evidence: [],
    links: [],
    item_evidence: [],
    deadlines: [],
    tallies: [],
    revision: 0,
  };
  const state = initialState("2026-11-22");
  state.phase = "ready";
  state.checklist = checklist;
  state.score = checklist.score;
  state.rounds = rounds;
  state.drafts.set("physical.service-hours", { ...emptyAnswer(), status: "met", note: "ติดป้ายเวลาเปิดให้บริการแล้ว" });
  return state;
}

export function verdict(overrides: Partial<BundleVerdict> = {}): BundleVerdict {
  return {
    files: ["สำนักทะเบียนอำเภอเมืองปัตตานี_2570_application_001.zip"],
    ok: true,
    problems: [],
    warnings: [],
    entries: [{ path: "data/assessment.json", size: 2048, ok: true }],
    digest: "d1".repeat(32),
    summary: {
      office_uid: "a".repeat(32),
      office_name: "สำนักทะเบียนอำเภอเมืองปัตตานี",
      province: "ปัตตานี",
      district: "เมืองปัตตานี",
      fiscal_year_be: 2570,
      kind: "application",
      state: "draft",
      sequence: 1,
      previous_digest: "",
      bagging_date: "2026-11-22T10:00:00+07:00",
      summary_only: false,
      personal_data_removed: false,
      pack: { id: "gecc-2568", version: 2, sha256: "0".repeat(64) },
      signer: { public_key: "AAAA", fingerprint: "4F2A-91C3-77DE-0B15" },
      parts: 1,
      evidence_files: 0,
      answers: 1,
    },
    checked_bytes: 4096,
    ...overrides,
  };
}

export function conflict(itemId: string, mineNote: string, theirsNote: string): ItemConflict {
  return {
    item_id: itemId,
    mine: { ...emptyAnswer(), status: "in_progress", note: mineNote },
    theirs: { ...emptyAnswer(), status: "met", note: theirsNote },
    mine_updated_at: "2026-11-21T03:00:00.000Z",
    mine_updated_by: "somsri",
    theirs_updated_at: "2026-11-22T03:00:00.000Z",
    theirs_updated_by: "somchai",
    mine_evidence: 1,
    theirs_evidence: 2,
    resolution: null,
  };
}

export function outcome(status: ImportOutcome["status"], overrides: Partial<ImportOutcome> = {}): ImportOutcome {
  return {
    status,
    verdict: verdict(),
    round_id: status === "imported" ? 5 : null,
    taken: [],
    conflicts: [],
    history_added: 0,
    events_added: 0,
    evidence_copied: 0,
    evidence_already_here: 0,
    ...overrides,
  };
}
