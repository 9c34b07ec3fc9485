//! What the bundle dialogs and the province view hold, and the rules the screen follows
//! with them: the options an export or import sends (photos reduced for e-mail or not),
//! which checkboxes an import needs, which conflicts still wait for a choice, and when a
//! dialog must stay open.

import type { CommandError } from "./api";
import type {
  BundleRecord,
  BundleVerdict,
  ExportOptions,
  ExportPlan,
  ExportProgress,
  ExportResult,
  ImportOptions,
  ImportOutcome,
  ImportProgress,
  ItemConflict,
  ProblemCode,
  ProvinceStatus,
  RoundKind,
  Side,
} from "./bindings";
import type { MatrixScroll, ProvinceSort, ReportingFilter } from "./province-rows";
import { parseTypedNumber } from "./views/numbers";

/** The part size offered for e-mail: most mail servers take 25 MB, with room to spare. */
export const DEFAULT_PART_SIZE_MB = 20;

/** The longest side, in pixels, of a photo reduced for e-mail (the Rust side takes 320–10000). */
export const EMAIL_PHOTO_MAX_SIDE = 1600;

export interface ExportDialog {
  kind: "export_bundle";
  /** Choosing options (with the plan shown), writing and checking, or the result. */
  step: "options" | "running" | "done";
  summaryOnly: boolean;
  removePersonalData: boolean;
  splitting: boolean;
  /** The part size as typed, in MB. */
  partSizeText: string;
  /** Reducing photos as the clerk ticked or unticked it in this dialog; null follows e-mail parts. */
  reduceChosen: boolean | null;
  /** What the options would write; null while it is being asked for. */
  plan: ExportPlan | null;
  /** Why there is no plan: the part size as typed, or the Rust side's answer. */
  planError: CommandError | null;
  progress: ExportProgress | null;
  result: ExportResult | null;
  /** The bundles written or received for the round before. */
  previous: BundleRecord[];
  saving: boolean;
  error: CommandError | null;
}

export interface ImportDialog {
  kind: "import_bundles";
  /** Choosing, checking what was chosen, its verdicts, importing, and what importing did. */
  step: "choose" | "verifying" | "verdicts" | "importing" | "outcomes";
  verdicts: BundleVerdict[];
  allowUnsigned: boolean;
  acceptNewKey: boolean;
  adoptOffice: boolean;
  progress: ImportProgress | null;
  outcomes: ImportOutcome[];
  /** The side picked per conflicting item id. */
  choices: Record<string, Side>;
  saving: boolean;
  error: CommandError | null;
}

/** The province's matrix, which year and kind it is read for, and which of its rows show in what order. */
export interface ProvinceView {
  fiscalYear: number;
  kind: RoundKind;
  status: ProvinceStatus | null;
  loading: boolean;
  error: CommandError | null;
  /** The text typed to find offices by name or district. */
  query: string;
  reporting: ReportingFilter;
  /** The column clicked to order by; null keeps the store's order. */
  sort: ProvinceSort | null;
  /** Where a long table is scrolled, so only the rows in view are drawn. */
  scroll: MatrixScroll;
}

/** The overview for a year and kind, every office shown in the store's order. */
export function newProvinceView(fiscalYear: number, kind: RoundKind): ProvinceView {
  return {
    fiscalYear,
    kind,
    status: null,
    loading: false,
    error: null,
    query: "",
    reporting: "all",
    sort: null,
    scroll: { top: 0, height: 0, rowHeight: 0 },
  };
}

export function newExportDialog(): ExportDialog {
  return {
    kind: "export_bundle",
    step: "options",
    summaryOnly: false,
    removePersonalData: false,
    splitting: false,
    partSizeText: String(DEFAULT_PART_SIZE_MB),
    reduceChosen: null,
    plan: null,
    planError: null,
    progress: null,
    result: null,
    previous: [],
    saving: false,
    error: null,
  };
}

export function newImportDialog(): ImportDialog {
  return {
    kind: "import_bundles",
    step: "choose",
    verdicts: [],
    allowUnsigned: false,
    acceptNewKey: false,
    adoptOffice: false,
    progress: null,
    outcomes: [],
    choices: {},
    saving: false,
    error: null,
  };
}

/**
 * Whether photos travel reduced: on by default with e-mail parts, off for one file, the
 * clerk's own tick or untick kept; never in a summary, which carries no files.
 */
export function reducesPhotos(dialog: ExportDialog): boolean {
  return !dialog.summaryOnly && (dialog.reduceChosen ?? dialog.splitting);
}

/** The options the dialog stands for; null when the part size typed is not a whole number ≥ 1. */
export function exportOptionsOf(dialog: ExportDialog): ExportOptions | null {
  let partSize: number | null = null;
  if (dialog.splitting) {
    partSize = parseTypedNumber(dialog.partSizeText);
    if (partSize === null || !Number.isInteger(partSize) || partSize < 1) return null;
  }
  return {
    summary_only: dialog.summaryOnly,
    remove_personal_data: dialog.removePersonalData,
    part_size_mb: partSize,
    photo_max_side: reducesPhotos(dialog) ? EMAIL_PHOTO_MAX_SIDE : null,
  };
}

export function importOptionsOf(dialog: ImportDialog): ImportOptions {
  return {
    prefer: null,
    choices: { ...dialog.choices },
    allow_unsigned: dialog.allowUnsigned,
    accept_new_key: dialog.acceptNewKey,
    adopt_office: dialog.adoptOffice,
  };
}

/** Whether any verdict has a problem or warning of this code: its checkbox is offered then. */
export function hasFinding(verdicts: BundleVerdict[], code: ProblemCode): boolean {
  return verdicts.some((verdict) => [...verdict.problems, ...verdict.warnings].some((finding) => finding.code === code));
}

/** Whether a bundle would be imported: it verified, or its only problems are ones the clerk has overridden. */
export function importable(verdict: BundleVerdict, dialog: ImportDialog): boolean {
  if (verdict.ok) return true;
  if (verdict.problems.length === 0) return false;
  return verdict.problems.every(
    (problem) => (problem.code === "unsigned" && dialog.allowUnsigned) || (problem.code === "new_key" && dialog.acceptNewKey),
  );
}

/** Every conflict of the bundles that wait for a choice. */
export function pendingConflicts(dialog: ImportDialog): ItemConflict[] {
  return dialog.outcomes.filter((outcome) => outcome.status === "needs_choice").flatMap((outcome) => outcome.conflicts);
}

export function everyConflictChosen(dialog: ImportDialog): boolean {
  return pendingConflicts(dialog).every((conflict) => dialog.choices[conflict.item_id] !== undefined);
}

/**
 * The outcomes of importing again after choosing: a bundle imported by the first attempt
 * comes back "already imported" the second time, and keeps what it did the first time.
 */
export function mergeOutcomes(before: ImportOutcome[], after: ImportOutcome[]): ImportOutcome[] {
  return after.map((outcome) => {
    const earlier = before.find((b) => b.status === "imported" && b.verdict.digest !== null && b.verdict.digest === outcome.verdict.digest);
    return outcome.status === "already_imported" && earlier ? earlier : outcome;
  });
}

/**
 * A job runs in the dialog: it must stay open. A bundle job's dismiss button cancels it
 * instead; a restore cannot be stopped halfway, so its dialog simply waits.
 */
export function isBusy(modal: { kind: string; step?: string } | null): boolean {
  if (modal?.kind === "export_bundle") return modal.step === "running";
  if (modal?.kind === "import_bundles") return modal.step === "verifying" || modal.step === "importing";
  if (modal?.kind === "backups") return modal.step === "restoring";
  return false;
}
