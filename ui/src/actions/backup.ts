//! Backups from the window: the list, backing up now, and restoring one. A restore
//! replaces everything the app holds, so every save typed so far is sent first (it lands
//! in the backup the restore makes of the current data) and everything on screen is read
//! again afterwards. The diagnostics file for whoever supports the office is saved from
//! the same dialog, where the program's own housekeeping lives.

import type { ActionContext, Actions } from "./index";
import { toCommandError } from "../api";
import type { BackupsDialog } from "../state";

type BackupActions = Pick<Actions, "openBackups" | "backUpNow" | "askRestore" | "cancelRestore" | "confirmRestore" | "saveDiagnostics">;

export function newBackupsDialog(): BackupsDialog {
  return { kind: "backups", step: "list", backups: null, chosen: null, created: null, report: null, saving: false, error: null };
}

export function backupActions(context: ActionContext): BackupActions {
  const { api, state, rerender } = context;

  const openDialog = (): BackupsDialog | null => (state.modal?.kind === "backups" ? state.modal : null);

  /** Reads the list again; the dialog shows what failed instead when it cannot. */
  const refreshList = async (dialog: BackupsDialog) => {
    try {
      dialog.backups = await api.listBackups();
    } catch (raw) {
      dialog.backups = dialog.backups ?? [];
      dialog.error = toCommandError(raw);
    }
  };

  return {
    openBackups: () => {
      const dialog = newBackupsDialog();
      state.modal = dialog;
      rerender();
      void refreshList(dialog).then(rerender);
    },
    backUpNow: () => {
      const dialog = openDialog();
      if (!dialog || dialog.saving || dialog.step === "restoring") return;
      dialog.saving = true;
      dialog.error = null;
      dialog.created = null;
      rerender();
      void (async () => {
        let made = null;
        try {
          await context.flushSaves();
          made = await api.createBackup();
        } catch (raw) {
          dialog.error = toCommandError(raw);
        }
        // The new backup is pointed at in the list, so both show together.
        await refreshList(dialog);
        dialog.created = made;
        dialog.saving = false;
        rerender();
      })();
    },
    askRestore: (fileName) => {
      const dialog = openDialog();
      const chosen = dialog?.backups?.find((backup) => backup.file_name === fileName);
      if (!dialog || !chosen || dialog.saving) return;
      Object.assign(dialog, { step: "confirm", chosen, error: null });
      rerender();
    },
    cancelRestore: () => {
      const dialog = openDialog();
      if (dialog?.step !== "confirm") return;
      Object.assign(dialog, { step: "list", chosen: null, error: null });
      rerender();
    },
    confirmRestore: () => {
      const dialog = openDialog();
      const chosen = dialog?.chosen;
      if (!dialog || !chosen || dialog.step !== "confirm") return;
      Object.assign(dialog, { step: "restoring", saving: true, error: null, created: null, report: null });
      rerender();
      void (async () => {
        try {
          await context.flushSaves();
          dialog.report = await api.restoreBackup(chosen.file_name);
        } catch (raw) {
          // The dialog goes back to the confirmation with the reason. Usually nothing
          // changed: the Rust side checks the backup first and renames its copy in last.
          dialog.error = toCommandError(raw);
        }
        // Whatever the store holds now is read again, even after a failure halfway, and
        // the list (with the backup the restore made) before the report is shown.
        await context.reloadEverything().catch(context.notifyError);
        await refreshList(dialog);
        dialog.step = dialog.report ? "restored" : "confirm";
        dialog.saving = false;
        rerender();
      })();
    },
    saveDiagnostics: () => {
      const dialog = openDialog();
      if (!dialog || dialog.saving) return;
      Object.assign(dialog, { saving: true, error: null, diagnosticsSaved: null });
      rerender();
      void (async () => {
        try {
          dialog.diagnosticsSaved = await api.saveDiagnostics();
        } catch (raw) {
          dialog.error = toCommandError(raw);
        }
        dialog.saving = false;
        rerender();
      })();
    },
  };
}
