//! What the screen shows, in one place: the round being worked on, the clerk's current
//! input per item (which may be newer than what is saved), each item's save state, the
//! open dialog, the filter, attaching in progress, the province's overview, and whom
//! this PC works for.

import type {
  AnswerInput,
  AttachProgress,
  BackupInfo,
  Checklist,
  CriteriaPack,
  DeskRole,
  Geography,
  ItemEvidence,
  ItemHistory,
  KeyInfo,
  Staff,
  Language,
  Localized,
  Item,
  Office,
  OfficeProfile,
  PackMove,
  PackSummary,
  Part,
  Round,
  RestoreReport,
  RoundKind,
  RoundScore,
} from "./bindings";
import type { CommandError, PrintChoice, PrintedDocumentName, PrintSource } from "./api";
import type { ExportDialog, ImportDialog, ProvinceView } from "./bundle-state";
import type { EvidenceKindDialog } from "./evidence-kind";
import type { ReportDatesDialog, RoleDialog, RosterDialog } from "./desk-state";
import type { CarryChoice } from "./carry-over";
import type { PackageExportDialog, PackageImportDialog } from "./package-state";
import type { WhoDialog } from "./actions/staff";
import type { PasteBox } from "./paste-rows";
import type { SaveStatus } from "./saver";

/** Which items the checklist shows. */
export type Filter = "all" | "open" | "overdue" | "no_evidence" | "evidence_missing" | "not_met";

interface FormState {
  saving: boolean;
  error: CommandError | null;
}

export type Modal =
  | ({ kind: "office"; draft: OfficeProfile; firstRun: boolean } & FormState)
  | ({ kind: "new_round"; roundKind: RoundKind; fiscalYear: string; packKey: string; carry: CarryChoice } & FormState)
  | ({ kind: "pack_move"; toPackId: string; toVersion: number; preview: PackMove | null } & FormState)
  | ({ kind: "deadlines"; rows: DeadlineRow[] } & FormState)
  | ({ kind: "submit" } & FormState)
  | ({ kind: "approve"; name: string; position: string } & FormState)
  | ({ kind: "unlock"; reason: string } & FormState)
  | ({ kind: "history"; itemId: string; history: ItemHistory | null } & FormState)
  | ({ kind: "detach"; itemId: string; evidenceId: number; alsoDelete: boolean } & FormState)
  | BackupsDialog
  | PrintDialog
  | ExportDialog
  | ImportDialog
  | EvidenceKindDialog
  | WhoDialog
  | RoleDialog
  | RosterDialog
  | ReportDatesDialog
  | PackageExportDialog
  | PackageImportDialog;

/** The backups: the list, a restore waiting to be confirmed, and what the last restore did. */
export interface BackupsDialog extends FormState {
  kind: "backups";
  /** Looking at the list, confirming a restore, restoring, or restored (the report shown). */
  step: "list" | "confirm" | "restoring" | "restored";
  /** Newest first; null while the list is read. */
  backups: BackupInfo[] | null;
  /** The backup the clerk asked to restore. */
  chosen: BackupInfo | null;
  /** The backup just made with "back up now", so the list can point at it. */
  created: BackupInfo | null;
  report: RestoreReport | null;
  /** Where the diagnostics file was just saved, to say where to find it for the e-mail. */
  diagnosticsSaved?: string | null;
}

/** The print dialog: which document, how its numbers read, and the file last written. */
export interface PrintDialog extends FormState {
  kind: "print";
  source: PrintSource;
  /** The documents this source prints: a round's three and its office's forms, or forms 1 and 2. */
  documents: PrintedDocumentName[];
  choice: PrintChoice;
  /** The PDF just opened or saved. */
  written: { path: string; saved: boolean } | null;
}

/** A row of the calendar editor: a saved deadline (with id) or a new one. */
export interface DeadlineRow {
  id: number | null;
  title: string;
  /** The date as typed, day/month/B.E. year. */
  typedDate: string;
  done: boolean;
  removed: boolean;
}

/**
 * What was typed in a number or date box, kept apart from the draft so that no redraw
 * replaces it (a save finishing elsewhere, or a value the box cannot read yet). `checked`
 * is set once a date box has been left, when a date that cannot be read is said so.
 */
export interface TypedBox {
  text: string;
  checked: boolean;
}

/** The key of a box in `State.typed`: an item's box ("outcome.x/sub:method"), or the pack editor's. */
export function boxKey(owner: string, box: string): string {
  return `${owner}/${box}`;
}

export interface Notice {
  id: number;
  kind: "error" | "info";
  text: Localized;
}

export interface State {
  language: Language;
  phase: "loading" | "ready" | "failed";
  /**
   * How many items the checklist draws: a screenful at start, so the first screen is up
   * at once, then more a step at a time until all are (null); see ui/src/main.ts.
   */
  itemsDrawn: number | null;
  /** How many times the previews were forgotten (after a restore): they are asked for anew. */
  previewsForgotten: number;
  failure: CommandError | null;
  office: Office | null;
  rounds: Round[];
  packs: PackSummary[];
  checklist: Checklist | null;
  score: RoundScore | null;
  /** The clerk's current input per item id. */
  drafts: Map<string, AnswerInput>;
  /** Text typed in number and date boxes, by `boxKey`; shown instead of the draft's value. */
  typed: Map<string, TypedBox>;
  saves: Map<string, SaveStatus>;
  filter: Filter;
  modal: Modal | null;
  /** A running attach: which item, and how far. */
  attaching: { itemId: string; progress: AttachProgress | null } | null;
  notices: Notice[];
  /** Preview URLs by evidence id; null when the file has none. */
  thumbnails: Map<number, string | null>;
  /** The item files are being dragged over. */
  dropTarget: string | null;
  /** Today's ISO date, for what is overdue. */
  today: string;
  /** The pack editor, while open: the edition being made and what would stop it saving. */
  editor: PackEditor | null;
  /** What the main area shows: the round's checklist, or the province's overview. */
  view: "checklist" | "province";
  /** The province's overview, once opened; it keeps its year and kind when left. */
  province: ProvinceView | null;
  /** This PC's signing key, once asked for (the office profile shows its fingerprint). */
  signingKey: KeyInfo | null;
  /** The office's staff and who is working now; null until read. */
  staff: Staff | null;
  /** Whom this PC works for; null until the first run's question is answered. */
  role: DeskRole | null;
  /** Thailand's provinces and districts, once asked for (the role question, the roster). */
  geography: Geography | null;
}

export interface PackEditor {
  draft: CriteriaPack;
  /** The pack it started from, e.g. "gecc-2568 v2". */
  basedOn: string;
  problems: string[] | null;
  saving: boolean;
  /** The edition once saved, for export. */
  saved: { packId: string; version: number } | null;
  /** The pack as opened: what its parts declared, and the ids it had (they never change). */
  base: CriteriaPack;
  /** The box for pasting a part's items from the manual, while open. */
  paste: PasteBox | null;
  /** The item whose evidence rule is being chosen, while its chooser is open. */
  ruleOpen: RuleEditing | null;
}

/** An item's evidence-rule chooser: the row, whether it shows the rule as typed tokens, and the and/or switch. */
export interface RuleEditing {
  partId: string;
  sectionId: string;
  index: number;
  advanced: boolean;
  join: "all" | "any";
}

/**
 * Items drawn first: a window's height in items of 200 px, the height of an item without
 * a note or files (the first starts lower still, below the title and the filters), so
 * a window of any size opens full; the fewer, the sooner it can be used.
 */
export function firstScreenItems(windowHeight: number): number {
  return Math.max(3, Math.ceil(windowHeight / 200));
}
/** Items added at a time after the first screen, each a short task so typing and clicks get through between them. */
export const ITEMS_PER_STEP = 16;

export function initialState(today: string): State {
  return {
    language: "th",
    phase: "loading",
    itemsDrawn: null,
    previewsForgotten: 0,
    failure: null,
    office: null,
    rounds: [],
    packs: [],
    checklist: null,
    score: null,
    drafts: new Map(),
    typed: new Map(),
    saves: new Map(),
    filter: "all",
    modal: null,
    attaching: null,
    notices: [],
    thumbnails: new Map(),
    dropTarget: null,
    today,
    editor: null,
    view: "checklist",
    province: null,
    signingKey: null,
    staff: null,
    role: null,
    geography: null,
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
    figures: {},
  };
}

/** The drafts a freshly loaded checklist starts from: its saved answers. */
export function draftsFrom(checklist: Checklist): Map<string, AnswerInput> {
  const drafts = new Map<string, AnswerInput>();
  for (const answer of checklist.answers) {
    // Where an answer was carried from is the checklist's to show, not part of what is saved.
    const { round_id: _round, item_id: itemId, updated_at: _at, updated_by: _by, carried_from_round: _from, ...content } = answer;
    drafts.set(itemId, { ...content, sub_scores: { ...content.sub_scores }, figures: { ...content.figures } });
  }
  return drafts;
}

/**
 * Whether a round's answers, evidence, review and calendar may change here: only while
 * it is a draft of this office's own. A round received from another office is read-only
 * (the core refuses its edits with ROUND_LOCKED).
 */
export function isEditable(round: Round | null | undefined): boolean {
  return round?.state === "draft" && round.office_is_local;
}

/** This office's rounds, for the round switcher; rounds received from others are left out. */
export function localRounds(rounds: Round[]): Round[] {
  return rounds.filter((round) => round.office_is_local);
}

/** The editable part of an office record. */
export function profileOf(office: Office): OfficeProfile {
  const { id: _id, updated_at: _updatedAt, ...profile } = office;
  return profile;
}

/** The parts of the pack that this round assesses, in pack order. */
export function partsOfRound(checklist: Checklist, score: RoundScore): Part[] {
  const scored = new Set(score.parts.map((p) => p.part_id));
  return checklist.pack.parts.filter((part) => scored.has(part.id));
}

/** Every item of the checklist's pack (the most the checklist could draw). */
export function itemCount(checklist: Checklist): number {
  return checklist.pack.parts.reduce((sum, part) => sum + part.sections.reduce((n, section) => n + section.items.length, 0), 0);
}

export function itemEvidence(state: State, itemId: string): ItemEvidence | undefined {
  return state.checklist?.item_evidence.find((e) => e.item_id === itemId);
}

/**
 * The items that fail a part's gate (not met, in a part whose gate has failed), in pack
 * order: a failed gate stops every level, so the clerk must be able to find them.
 */
export function gateFailures(state: State): Item[] {
  const failed = new Set(state.score?.parts.filter((part) => part.gate === "failed").map((part) => part.part_id));
  return (state.checklist?.pack.parts ?? [])
    .filter((part) => failed.has(part.id))
    .flatMap((part) => part.sections.flatMap((section) => section.items))
    .filter((item) => state.drafts.get(item.id)?.status === "not_met");
}

/** Whether an item is shown under `filter` (the current one unless given). */
export function passesFilter(state: State, itemId: string, filter: Filter = state.filter): boolean {
  const answer = state.drafts.get(itemId) ?? emptyAnswer();
  const decided = answer.status === "met" || answer.status === "not_met" || answer.status === "not_applicable";
  const needsReason = answer.status === "not_applicable" && answer.not_applicable_reason.trim() === "";
  const evidence = itemEvidence(state, itemId);
  switch (filter) {
    case "all":
      return true;
    case "open":
      return !decided || needsReason;
    case "overdue":
      return !decided && answer.due_date !== null && answer.due_date < state.today;
    case "no_evidence":
      return (evidence?.files ?? 0) === 0;
    case "evidence_missing":
      return evidence?.unmet != null;
    case "not_met":
      return answer.status === "not_met";
  }
}

/** How many items of the round each filter shows. */
export function filterCounts(state: State): Record<Filter, number> {
  const counts: Record<Filter, number> = { all: 0, open: 0, overdue: 0, no_evidence: 0, evidence_missing: 0, not_met: 0 };
  for (const evidence of state.checklist?.item_evidence ?? []) {
    for (const filter of Object.keys(counts) as Filter[]) {
      if (passesFilter(state, evidence.item_id, filter)) counts[filter] += 1;
    }
  }
  return counts;
}
