//! Printing: the dialog picks a document and how it reads, then the Rust side renders the
//! PDF and opens it with the system's PDF viewer, or saves it where the supervisor picks.
//! Rounds print their report, sign-off sheet and evidence index (and their office's forms
//! 1 and 2); the province overview prints forms 1 and 2 for every office.

import type { ActionContext, Actions } from "./index";
import { type PrintedDocumentName, type PrintSource, toCommandError } from "../api";
import type { PrintDialog } from "../state";

type PrintActions = Pick<Actions, "openPrint" | "openProvincePrint" | "setPrintChoice" | "printNow">;

const ROUND_DOCUMENTS: PrintedDocumentName[] = ["report", "signoff", "evidence", "form1", "form2"];
const PROVINCE_DOCUMENTS: PrintedDocumentName[] = ["form1", "form2"];

export function newPrintDialog(source: PrintSource, documents: PrintedDocumentName[]): PrintDialog {
  return {
    kind: "print",
    source,
    documents,
    choice: { document: documents[0], arabicDigits: false, pageNumbers: "dashes" },
    written: null,
    saving: false,
    error: null,
  };
}

export function printActions(context: ActionContext): PrintActions {
  const { api, state, rerender } = context;
  const openDialog = (): PrintDialog | null => (state.modal?.kind === "print" ? state.modal : null);

  return {
    openPrint: () => {
      const round = state.checklist?.round;
      if (!round) return;
      state.modal = newPrintDialog({ roundId: round.id }, ROUND_DOCUMENTS);
      rerender();
    },
    openProvincePrint: () => {
      const province = state.province;
      if (!province) return;
      state.modal = newPrintDialog({ fiscalYearBe: province.fiscalYear, kind: province.kind }, PROVINCE_DOCUMENTS);
      rerender();
    },
    setPrintChoice: (change) => {
      const dialog = openDialog();
      if (!dialog || dialog.saving) return;
      // The last file written stays listed: removing the line would shrink the centred
      // dialog and move the choices under the pointer between two clicks.
      dialog.choice = { ...dialog.choice, ...change };
      dialog.error = null;
      rerender();
    },
    printNow: async (save) => {
      const dialog = openDialog();
      if (!dialog || dialog.saving) return;
      dialog.saving = true;
      dialog.error = null;
      dialog.written = null;
      rerender();
      // What is on screen is what prints: every answer typed so far is saved first.
      await context.flushSaves();
      try {
        const path = await api.printDocument(dialog.source, dialog.choice, save);
        dialog.written = path ? { path, saved: save } : null;
      } catch (raw) {
        dialog.error = toCommandError(raw);
      } finally {
        dialog.saving = false;
        rerender();
      }
    },
  };
}
