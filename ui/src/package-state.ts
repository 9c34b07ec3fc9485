//! What the province package's two dialogs hold (issue 16) and the rules they follow: the
//! editions offered newest first, the request an export sends, and when an office may
//! take a package in (a key it does not know waits until someone has phoned the province).

import type { CommandError } from "./api";
import type { PackagePreview, PackageRequest, PackageWritten, PackSummary, ReportDates, RoundKind } from "./bindings";
import type { WordKey } from "./i18n";

export const ROUND_KINDS: RoundKind[] = ["application", "maintenance-6-month", "maintenance-12-month"];

/** The province's dialog: which edition and which report dates go, then the file written. */
export interface PackageExportDialog {
  kind: "package_export";
  /** Choosing, waiting for the folder and the writing, or the file written. */
  step: "options" | "running" | "done";
  /** The editions installed, newest first; null while they are read. */
  packs: PackSummary[] | null;
  /** The edition chosen, as "pack id@version". */
  packKey: string;
  /** The overview's fiscal year: the report dates are this year's. */
  fiscalYear: number;
  /** The kinds of round whose report dates go along. */
  kinds: RoundKind[];
  /** Each kind's dates as the province holds them, shown beside its box. */
  dates: Partial<Record<RoundKind, ReportDates>>;
  written: PackageWritten | null;
  saving: boolean;
  error: CommandError | null;
}

/** An office's dialog: the file being chosen, what it would change, and the import. */
export interface PackageImportDialog {
  kind: "package_import";
  /** The shell's file dialog is open, the preview (or why there is none) is shown, or it is being taken in. */
  step: "choosing" | "preview" | "importing";
  preview: PackagePreview | null;
  /** The clerk has phoned the province and the fingerprint matches. */
  keyChecked: boolean;
  saving: boolean;
  error: CommandError | null;
}

export function newPackageExportDialog(fiscalYear: number): PackageExportDialog {
  return {
    kind: "package_export",
    step: "options",
    packs: null,
    packKey: "",
    fiscalYear,
    kinds: [...ROUND_KINDS],
    dates: {},
    written: null,
    saving: false,
    error: null,
  };
}

export function newPackageImportDialog(): PackageImportDialog {
  return { kind: "package_import", step: "choosing", preview: null, keyChecked: false, saving: false, error: null };
}

export const packKeyOf = (pack: { pack_id: string; pack_version: number }) => `${pack.pack_id}@${pack.pack_version}`;

/** Newest first: the latest year's criteria, and within it the highest version (an edition is numbered above what it came from). */
export function packsNewestFirst(packs: PackSummary[]): PackSummary[] {
  return [...packs].sort((a, b) => b.year_be - a.year_be || a.pack_id.localeCompare(b.pack_id) || b.pack_version - a.pack_version);
}

/** The request the dialog stands for: the chosen edition, and the ticked kinds in the year shown, in the usual order. */
export function packageRequestOf(dialog: PackageExportDialog): PackageRequest | null {
  const pack = dialog.packs?.find((p) => packKeyOf(p) === dialog.packKey);
  if (!pack) return null;
  return {
    pack_id: pack.pack_id,
    pack_version: pack.pack_version,
    report_dates: ROUND_KINDS.filter((kind) => dialog.kinds.includes(kind)).map((kind) => ({ fiscal_year_be: dialog.fiscalYear, kind })),
  };
}

/** A key not seen before, or not the one seen before: a person must check it by phone. */
export function needsKeyCheck(preview: PackagePreview): boolean {
  return preview.trust.state !== "known";
}

/** Whether the import button may be pressed: there is something to take in, and the key is trusted or checked. */
export function canImport(dialog: PackageImportDialog): boolean {
  const preview = dialog.preview;
  if (dialog.step !== "preview" || !preview || preview.already_taken) return false;
  return !needsKeyCheck(preview) || dialog.keyChecked;
}

/** What to do about a refusal, by its code: nothing was written either way. */
export function packageErrorHint(code: CommandError["code"]): WordKey | null {
  if (code === "BUNDLE_REFUSED") return "packageRefusedHint";
  if (code === "PACK_CONFLICT") return "packageConflictHint";
  return null;
}
