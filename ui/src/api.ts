//! The one typed door to the Rust side: every command the shell offers, with the types
//! generated from Rust, and every failure turned into an `ErrorPayload` with a code.

import { invoke } from "@tauri-apps/api/core";
import type {
  AnswerInput,
  AnswerSaved,
  ApprovalInput,
  AttachReport,
  BackupInfo,
  BundleRecord,
  BundleVerdict,
  CarriedRound,
  CarryOver,
  Checklist,
  CriteriaPack,
  Deadline,
  DeadlineInput,
  DeskRole,
  ErrorPayload,
  EvidenceLink,
  ExportOptions,
  ExportPlan,
  ExportResult,
  Geography,
  ImportOptions,
  ImportOutcome,
  ItemHistory,
  KeyInfo,
  Language,
  NewRoundInput,
  Office,
  OfficeProfile,
  PackagePreview,
  PackageRequest,
  PackageWritten,
  PackMove,
  PackSummary,
  PageNumbers,
  PrintedDocumentName,
  PrintSource,
  ProvinceDesk,
  ProvinceStatus,
  ReportDate,
  ReportDates,
  RestoreReport,
  RosterAdded,
  RosterEntry,
  RosterOfficeInput,
  Round,
  RoundKind,
  Settings,
  Staff,
} from "./bindings";

/** The error every command rejects with: a stable code and a Thai/English message. */
export class CommandError extends Error {
  readonly payload: ErrorPayload;
  constructor(payload: ErrorPayload) {
    super(payload.message.en);
    this.payload = payload;
  }
  get code() {
    return this.payload.code;
  }
}

function isErrorPayload(value: unknown): value is ErrorPayload {
  const candidate = value as ErrorPayload | null;
  return (
    typeof candidate === "object" && candidate !== null && typeof candidate.code === "string" && typeof candidate.message?.th === "string"
  );
}

/** Whatever the IPC rejects with becomes a CommandError; unknown shapes are INTERNAL. */
export function toCommandError(raw: unknown): CommandError {
  if (raw instanceof CommandError) return raw;
  if (isErrorPayload(raw)) return new CommandError(raw);
  const text = raw instanceof Error ? raw.message : String(raw);
  return new CommandError({
    code: "INTERNAL",
    message: { th: `เกิดข้อผิดพลาดภายในโปรแกรม: ${text}`, en: `Internal error: ${text}` },
  });
}

/** The documents GECC Desk prints and what from, generated from crates/core/src/printing.rs. */
export type { PageNumbers, PrintedDocumentName, PrintSource };

/** How the document prints: Thai digits unless asked otherwise, and the page numbers' style. */
export interface PrintChoice {
  document: PrintedDocumentName;
  arabicDigits: boolean;
  pageNumbers: PageNumbers;
}

export type Invoke = <T>(command: string, args?: Record<string, unknown>) => Promise<T>;

/** Builds the API over an invoke function, so tests can supply their own. */
export function createApi(call: Invoke = invoke) {
  const run = async <T>(command: string, args?: Record<string, unknown>): Promise<T> => {
    try {
      return await call<T>(command, args);
    } catch (raw) {
      throw toCommandError(raw);
    }
  };
  return {
    getSettings: () => run<Settings>("get_settings"),
    setLanguage: (language: Language) => run<Settings>("set_language", { language }),
    getOffice: () => run<Office>("get_office"),
    setOffice: (input: OfficeProfile) => run<Office>("set_office", { input }),
    listRounds: () => run<Round[]>("list_rounds"),
    createRound: (input: NewRoundInput) => run<Round>("create_round", { input }),
    /** Opens a round as createRound does, carrying statuses, notes and evidence links from an earlier one. */
    createRoundFrom: (input: NewRoundInput, carry: CarryOver) => run<CarriedRound>("create_round_from", { input, carry }),
    getChecklist: (roundId: number) => run<Checklist>("get_checklist", { roundId }),
    saveAnswer: (roundId: number, itemId: string, input: AnswerInput) => run<AnswerSaved>("save_answer", { roundId, itemId, input }),
    itemHistory: (roundId: number, itemId: string) => run<ItemHistory>("item_history", { roundId, itemId }),
    submitRound: (roundId: number) => run<Round>("submit_round", { roundId }),
    approveRound: (roundId: number, approval: ApprovalInput) => run<Round>("approve_round", { roundId, approval }),
    unlockRound: (roundId: number, reason: string) => run<Round>("unlock_round", { roundId, reason }),
    /** Opens the system's file dialog (in Rust) and attaches what the clerk picks. */
    attachWithDialog: (roundId: number, itemId: string) => run<AttachReport>("attach_with_dialog", { roundId, itemId }),
    attachDropped: (dropId: number, roundId: number, itemId: string) => run<AttachReport>("attach_dropped", { dropId, roundId, itemId }),
    discardDrop: (dropId: number) => run<void>("discard_drop", { dropId }),
    cancelAttach: () => run<void>("cancel_attach"),
    setEvidenceType: (roundId: number, itemId: string, evidenceId: number, evidenceType: string) =>
      run<EvidenceLink>("set_evidence_type", { roundId, itemId, evidenceId, evidenceType }),
    detachEvidence: (roundId: number, itemId: string, evidenceId: number) => run<void>("detach_evidence", { roundId, itemId, evidenceId }),
    deleteEvidence: (evidenceId: number) => run<void>("delete_evidence", { evidenceId }),
    /** A JPEG preview; empty when the file has none. */
    evidenceThumbnail: (evidenceId: number) => run<ArrayBuffer>("evidence_thumbnail", { evidenceId }),
    openEvidence: (evidenceId: number) => run<void>("open_evidence", { evidenceId }),
    saveDeadline: (roundId: number, input: DeadlineInput) => run<Deadline>("save_deadline", { roundId, input }),
    deleteDeadline: (roundId: number, deadlineId: number) => run<void>("delete_deadline", { roundId, deadlineId }),
    listPacks: () => run<PackSummary[]>("list_packs"),
    /** Opens the system's file dialog (in Rust) and imports the pack picked; null if none. */
    importPack: () => run<PackSummary | null>("import_pack"),
    previewPackMove: (roundId: number, packId: string, packVersion: number) =>
      run<PackMove>("preview_pack_move", { roundId, packId, packVersion }),
    moveRoundToPack: (roundId: number, packId: string, packVersion: number) =>
      run<PackMove>("move_round_to_pack", { roundId, packId, packVersion }),
    getPack: (packId: string, packVersion: number) => run<CriteriaPack>("get_pack", { packId, packVersion }),
    nextPackVersion: (packId: string) => run<number>("next_pack_version", { packId }),
    /** Every problem that would stop the draft saving; empty when it would save. */
    checkPackDraft: (draft: CriteriaPack) => run<string[]>("check_pack_draft", { draft }),
    savePackDraft: (draft: CriteriaPack) => run<PackSummary>("save_pack_draft", { draft }),
    /** Asks where to save (in Rust) and writes the pack file; the path, or null. */
    exportPack: (packId: string, packVersion: number) => run<string | null>("export_pack", { packId, packVersion }),
    /** This PC's signing key; its fingerprint is read out on the phone to the province. */
    signingKey: () => run<KeyInfo>("signing_key"),
    /** The size, parts and file names an export would have, shown before it starts. */
    planBundle: (roundId: number, options: ExportOptions) => run<ExportPlan>("plan_bundle", { roundId, options }),
    roundBundles: (roundId: number) => run<BundleRecord[]>("round_bundles", { roundId }),
    /** Asks for a folder (in Rust), writes and reads back the bundle; null if the dialog was cancelled. */
    exportBundle: (roundId: number, options: ExportOptions) => run<ExportResult | null>("export_bundle", { roundId, options }),
    /** Stops the export or import under way; it removes what it had written. */
    cancelBundleJob: () => run<void>("cancel_bundle_job"),
    openExportFolder: () => run<void>("open_export_folder"),
    getStaff: () => run<Staff>("get_staff"),
    setStaff: (names: string[]) => run<Staff>("set_staff", { names }),
    choosePerson: (name: string | null) => run<Staff>("choose_person", { name }),
    /** Asks where to save (in Rust) and writes the diagnostics ZIP; its path, or null. */
    saveDiagnostics: () => run<string | null>("save_diagnostics"),
    /** Opens the file or folder dialog (in Rust), holds the picks there, verifies them; empty if cancelled. */
    chooseBundles: (folder: boolean) => run<BundleVerdict[]>("choose_bundles", { folder }),
    /** Imports the bundles held since the last chooseBundles, with the choices made. */
    importBundles: (options: ImportOptions) => run<ImportOutcome[]>("import_bundles", { options }),
    provinceStatus: (fiscalYearBe: number, kind: RoundKind) => run<ProvinceStatus>("province_status", { fiscalYearBe, kind }),
    /** Says whom this PC works for: a district office (or local organisation), or the province. */
    setRole: (role: DeskRole) => run<Settings>("set_role", { role }),
    workForProvince: (province: string, addDistricts: boolean) => run<ProvinceDesk>("work_for_province", { province, addDistricts }),
    /** Thailand's 77 provinces and their districts, shipped with the program. */
    getGeography: () => run<Geography>("get_geography"),
    getRoster: () => run<RosterEntry[]>("get_roster"),
    /** Lists every district of the province (by its Thai name); districts listed already stay. */
    addProvinceToRoster: (province: string) => run<RosterAdded>("add_province_to_roster", { province }),
    addOfficeToRoster: (input: RosterOfficeInput) => run<RosterEntry>("add_office_to_roster", { input }),
    /** Lists an office that sent a bundle without being on the roster, as itself. */
    addSenderToRoster: (officeId: number) => run<RosterEntry>("add_sender_to_roster", { officeId }),
    setRosterPhone: (id: number, phone: string) => run<RosterEntry>("set_roster_phone", { id, phone }),
    removeFromRoster: (id: number) => run<null>("remove_from_roster", { id }),
    /** The province's report dates of a year and kind: its own once edited, else the letter's. */
    getReportDates: (fiscalYearBe: number, kind: RoundKind) => run<ReportDates>("get_report_dates", { fiscalYearBe, kind }),
    setReportDates: (fiscalYearBe: number, kind: RoundKind, dates: ReportDate[]) =>
      run<ReportDates>("set_report_dates", { fiscalYearBe, kind, dates }),
    /** Asks for a folder (in Rust) and writes the province package there; null if the dialog was cancelled. */
    exportProvincePackage: (request: PackageRequest) => run<PackageWritten | null>("export_province_package", { request }),
    /** Asks for a package file (in Rust), holds it and says what taking it in would do; null if cancelled. */
    chooseProvincePackage: () => run<PackagePreview | null>("choose_province_package"),
    /** Takes in the package held since chooseProvincePackage (`acceptNewKey` once its fingerprint is checked by phone). */
    importProvincePackage: (acceptNewKey: boolean) => run<PackagePreview>("import_province_package", { acceptNewKey }),
    /** The database's backups, newest first. */
    listBackups: () => run<BackupInfo[]>("list_backups"),
    createBackup: () => run<BackupInfo>("create_backup"),
    /** Puts a backup in place of the database; the data it replaces is backed up first. */
    restoreBackup: (fileName: string) => run<RestoreReport>("restore_backup", { fileName }),
    /**
     * Renders the document to PDF in Rust and opens it with the system's PDF viewer
     * (`save` false), or asks where to save it (`save` true); the file written, or null
     * when the save dialog was cancelled.
     */
    printDocument: (source: PrintSource, choice: PrintChoice, save: boolean) =>
      run<string | null>("print_document", { source, ...choice, save }),
    /** Tells the shell every pending save is done, so the window may close. */
    closeWhenSaved: () => run<void>("close_when_saved"),
  };
}

export type Api = ReturnType<typeof createApi>;
