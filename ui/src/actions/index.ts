//! What the clerk and the supervisor can do on the screen; views call these and never
//! touch state or the Rust side directly.

import type { Api, PrintChoice } from "../api";
import type { AnswerStatus, CriteriaPack, DeskRole, Localized, OfficeProfile, RosterOfficeInput, RoundKind, Side } from "../bindings";
import type { CarryChoice } from "../carry-over";
import type { ReportDateRow } from "../desk-state";
import type { DeadlineRow, Filter, Modal, RuleEditing, State } from "../state";
import type { PasteRow } from "../paste-rows";
import type { MatrixScroll, ReportingFilter, SortKey } from "../province-rows";

export interface Actions {
  setStatus(itemId: string, status: AnswerStatus): void;
  setNote(itemId: string, note: string): void;
  setNotApplicableReason(itemId: string, reason: string): void;
  setOwner(itemId: string, owner: string): void;
  /** Keeps a due date being typed (nothing is saved until the box is left). */
  typeDueDate(itemId: string, typed: string): void;
  /**
   * Takes the date as typed (day/month/B.E. year) when the box is left; a date that
   * cannot be read is kept in the box and the reason shown beside it.
   */
  setDueDate(itemId: string, typed: string): void;
  /**
   * Keeps the text typed in a number box (key from `boxKey`), so no redraw replaces it;
   * runs `apply` (which saves the value) when it reads as a value, else only redraws so
   * the box shows why it cannot be saved.
   */
  keepTyped(key: string, text: string, apply: (() => void) | null): void;
  setSubScore(itemId: string, subScoreId: string, value: number | null): void;
  setNumber(itemId: string, value: number | null): void;
  setText(itemId: string, text: string): void;
  /** Sets a number or text figure; null clears it. */
  setFigure(itemId: string, figureId: string, value: number | string | null): void;
  setTallyCount(itemId: string, figureId: string, levelId: string, count: number | null): void;
  /** Sends any change still waiting for the typing delay (on leaving a field). */
  flush(): void;
  retry(itemId: string): void;

  toggleLanguage(): void;
  setFilter(filter: Filter): void;
  dismissNotice(id: number): void;
  closeModal(): void;

  openOffice(): void;
  setOfficeField(field: keyof OfficeProfile, value: string): void;
  saveOffice(): void;

  askSubmit(): void;
  submit(): void;
  openApprove(): void;
  setApproval(field: "name" | "position", value: string): void;
  approve(): void;
  openUnlock(): void;
  setUnlockReason(reason: string): void;
  unlock(): void;

  openHistory(itemId: string): void;

  attachFiles(itemId: string): void;
  cancelAttach(): void;
  setEvidenceType(itemId: string, evidenceId: number, evidenceType: string): void;
  /** Picks a kind in the question asked after an attach. */
  chooseEvidenceKind(evidenceId: number, kind: string): void;
  /** Saves the kinds picked after an attach (the guesses stay where nothing was picked). */
  confirmEvidenceKinds(): void;
  openEvidence(evidenceId: number): void;
  askDetach(itemId: string, evidenceId: number): void;
  setAlsoDelete(alsoDelete: boolean): void;
  confirmDetach(): void;
  loadThumbnail(evidenceId: number): void;

  switchRound(roundId: number): void;
  openNewRound(): void;
  setNewRound(field: "roundKind" | "fiscalYear" | "packKey", value: string): void;
  /** Changes what the new round starts from: an earlier round (or none) and what comes along. */
  setCarry(change: Partial<Omit<CarryChoice, "chosen">>): void;
  /** Opens the round, from the earlier round chosen if any, and says what came along. */
  createRound(): void;
  importPack(): void;
  openPackMove(packId: string, version: number): void;
  confirmPackMove(): void;
  openDeadlines(): void;
  setDeadlineRow(index: number, field: keyof Omit<DeadlineRow, "id">, value: string | boolean): void;
  addDeadlineRow(): void;
  saveDeadlines(): void;

  /** Opens the pack editor on an edition of the current round's pack. */
  openPackEditor(): void;
  closePackEditor(): void;
  /** Changes the draft; the editor re-renders. */
  updateDraft(change: (draft: CriteriaPack) => void): void;
  addDraftItem(partId: string, sectionId: string): void;
  removeDraftItem(partId: string, sectionId: string, index: number): void;
  /** Lists one of the part's declared-but-unlisted items as a real item to fill in. */
  fillUndisclosed(partId: string, blockIndex: number): void;
  checkDraft(): void;
  saveDraft(): void;
  exportPack(packId: string, version: number): void;
  /** Opens the box for pasting a part's items from the manual; null closes it. */
  openPaste(partId: string | null): void;
  /** Reads the pasted text into the preview (one draft item per number). */
  setPasteText(text: string): void;
  /** Changes a previewed item before it is added: its section, level or points. */
  setPastedRow(index: number, change: Partial<Pick<PasteRow, "sectionId" | "level" | "points">>): void;
  /** Adds the previewed new items, each taken off the part's declared-but-unlisted items. */
  addPastedItems(): void;
  /** Changes an item's number; a new item's stable id follows it. */
  setDraftItemCode(partId: string, sectionId: string, index: number, code: string): void;
  /** Opens an item's evidence-rule chooser (or its text box); null closes it. */
  openRuleChooser(at: RuleEditing | null): void;

  /** Opens the export dialog for the round on screen and shows what it would write. */
  openExport(): void;
  /** Changes an export option and asks for the plan again; reducing photos is the clerk's choice from then on. */
  setExportOption(option: "summaryOnly" | "removePersonalData" | "splitting" | "reducePhotos", value: boolean): void;
  setPartSize(typed: string): void;
  startExport(): void;
  /** Stops the export or import under way; the Rust side removes what it had written. */
  cancelBundleJob(): void;
  /** Opens the "who is working" dialog. */
  openWho(): void;
  chooseWho(name: string | null): void;
  editStaffList(): void;
  setStaffList(text: string): void;
  /** Saves the staff list (if edited) and who is working. */
  confirmWho(): void;
  /** Opens the folder the last export wrote to, in the PC's file manager. */
  openExportFolder(): void;

  openImport(): void;
  /** Asks (in the system's dialog) for bundle files or a whole folder, and checks them. */
  chooseBundles(folder: boolean): void;
  /** Opens the import dialog straight on the folder dialog: the province's usual way in. */
  importFolder(): void;
  setImportOption(option: "allowUnsigned" | "acceptNewKey" | "adoptOffice", value: boolean): void;
  importBundles(): void;
  setConflictChoice(itemId: string, side: Side): void;
  chooseAllConflicts(side: Side): void;

  openProvince(): void;
  closeProvince(): void;
  setProvinceFilter(filter: { fiscalYear: number } | { kind: RoundKind }): void;
  /** Shows an office's round (read-only when it came from another office) in the checklist. */
  openOfficeRound(roundId: number): void;
  /** Shows the province office's own checklist: its newest round, or a new one for this fiscal year. */
  openOwnChecklist(): void;
  /** Copies the offices that sent nothing, one line each with the number to call. */
  copyUnsent(): void;
  /** Lists an office that sent a bundle without being on the roster, then reads the overview again. */
  addSenderToRoster(officeId: number): void;
  /** Shows the offices whose name or district holds the text (case and spaces aside). */
  findOffices(query: string): void;
  /** Shows every office, or those not sent, sent late, or sent. */
  showReporting(reporting: ReportingFilter): void;
  /** Orders the offices by a column; the same column again turns the order round. */
  sortOffices(key: SortKey): void;
  /** The overview's long table was scrolled or resized: draws the rows now in view. */
  scrollOffices(scroll: MatrixScroll): void;

  /** Picks an answer to the first run's question of whom this PC works for. */
  chooseRole(role: DeskRole): void;
  setRoleProvince(province: string): void;
  setAddDistricts(add: boolean): void;
  /**
   * Saves the answer. A province PC is also named after its province, gets the
   * province's districts on its roster (when ticked) and opens on the overview.
   */
  confirmRole(): void;

  openRoster(): void;
  /** Saves an entry's phone number (when its box is left). */
  setRosterPhone(id: number, phone: string): void;
  /** Asks to confirm taking an entry off the roster; null takes the question back. */
  askRemoveFromRoster(id: number | null): void;
  removeFromRoster(id: number): void;
  setRosterProvince(province: string): void;
  addProvinceDistricts(): void;
  setRosterDraft(field: keyof RosterOfficeInput, value: string): void;
  addOfficeToRoster(): void;

  /** Opens the report dates of the year and kind the overview shows. */
  openReportDates(): void;
  setReportDateRow(index: number, field: keyof ReportDateRow, value: string): void;
  addReportDateRow(): void;
  removeReportDateRow(index: number): void;
  saveReportDates(): void;

  /** Opens the province's dialog to send its criteria edition and report dates to the offices. */
  openPackageExport(): void;
  setPackageEdition(packKey: string): void;
  setPackageDates(kind: RoundKind, send: boolean): void;
  /** Asks (in the shell) for a folder and writes the signed package there. */
  exportPackage(): void;
  /** Asks (in the shell) for a province package and shows what taking it in would change. */
  choosePackage(): void;
  /** The clerk has checked the package's key fingerprint with the province by phone. */
  setKeyChecked(checked: boolean): void;
  importPackage(): void;

  /** Opens the print dialog for the round on screen. */
  openPrint(): void;
  /** Opens the print dialog for forms 1 and 2 of every office in the province overview. */
  openProvincePrint(): void;
  setPrintChoice(change: Partial<PrintChoice>): void;
  /** Renders the chosen document and opens it to print, or (save) asks where to save it. */
  printNow(save: boolean): void;

  /** Opens the backups dialog and reads the list. */
  openBackups(): void;
  backUpNow(): void;
  /** Asks to confirm restoring the backup of this file name. */
  askRestore(fileName: string): void;
  cancelRestore(): void;
  /** Restores the backup asked about, then reads everything on screen again. */
  confirmRestore(): void;
  /** Asks where to save (in Rust) and writes the diagnostics ZIP for whoever supports the office. */
  saveDiagnostics(): void;
}

/** What the controller lends the modules that carry out one group of actions. */
export interface ActionContext {
  api: Api;
  state: State;
  rerender(): void;
  /** Shows a message; information goes by itself after a few seconds unless `keep` (a list to act on). */
  notify(kind: "error" | "info", text: Localized, keep?: boolean): void;
  notifyError(raw: unknown): void;
  /** Waits until every answer typed so far is saved. */
  flushSaves(): Promise<void>;
  /** Loads a round's checklist and shows it. */
  showRound(roundId: number): Promise<void>;
  /** Reloads this office's rounds for the round switcher. */
  refreshRounds(): Promise<void>;
  /** Reloads the round on screen (after evidence or review changes), keeping drafts being typed. */
  reload(): Promise<void>;
  /** Reads again everything on screen (after a restore); the round shown stays if it still exists. */
  reloadEverything(): Promise<void>;
  /** Runs a dialog's command, keeping the dialog open with the error if it fails. */
  submitForm<M extends Modal>(modal: M, run: () => Promise<unknown>): Promise<void>;
}
