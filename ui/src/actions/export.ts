//! Exporting a round's bundle: the plan is asked for again whenever an option changes (so
//! the size and file names are known before anything is written), then the Rust side
//! asks for the folder, writes, reads back and checks, and reports its progress.

import type { ActionContext, Actions } from "./index";
import { CommandError, toCommandError } from "../api";
import { type ExportDialog, exportOptionsOf, newExportDialog } from "../bundle-state";
import type { ExportProgress } from "../bindings";
import { t } from "../i18n";

type ExportActions = Pick<
  Actions,
  "openExport" | "setExportOption" | "setPartSize" | "startExport" | "cancelBundleJob" | "openExportFolder"
> & {
  exportProgress(progress: ExportProgress): void;
};

export function exportActions(context: ActionContext): ExportActions {
  const { api, state, rerender } = context;
  // Plans can come back out of order when options change quickly: only the newest counts.
  let newestPlan = 0;

  const openDialog = (): ExportDialog | null => (state.modal?.kind === "export_bundle" ? state.modal : null);

  const refreshPlan = (dialog: ExportDialog) => {
    const roundId = state.checklist?.round.id;
    const options = exportOptionsOf(dialog);
    const request = ++newestPlan;
    dialog.plan = null;
    dialog.planError = options
      ? null
      : new CommandError({ code: "INVALID_INPUT", message: { th: t("partSizeInvalid", "th"), en: t("partSizeInvalid", "en") } });
    rerender();
    if (!options || roundId === undefined) return;
    api.planBundle(roundId, options).then(
      (plan) => {
        if (request !== newestPlan) return;
        dialog.plan = plan;
        rerender();
      },
      (raw) => {
        if (request !== newestPlan) return;
        dialog.planError = toCommandError(raw);
        rerender();
      },
    );
  };

  return {
    openExport: () => {
      const round = state.checklist?.round;
      if (!round) return;
      const dialog = newExportDialog();
      state.modal = dialog;
      refreshPlan(dialog);
      api.roundBundles(round.id).then(
        (records) => {
          dialog.previous = records ?? [];
          rerender();
        },
        // The list of earlier bundles is a courtesy; the export works without it.
        () => {},
      );
    },
    setExportOption: (option, value) => {
      const dialog = openDialog();
      if (dialog?.step !== "options") return;
      // Reducing photos is remembered as the clerk's own choice, so e-mail parts no longer decide it.
      if (option === "reducePhotos") dialog.reduceChosen = value;
      else dialog[option] = value;
      dialog.error = null;
      refreshPlan(dialog);
    },
    setPartSize: (typed) => {
      const dialog = openDialog();
      if (dialog?.step !== "options") return;
      dialog.partSizeText = typed;
      refreshPlan(dialog);
    },
    startExport: () => {
      const dialog = openDialog();
      const roundId = state.checklist?.round.id;
      const options = dialog ? exportOptionsOf(dialog) : null;
      if (dialog?.step !== "options" || !dialog.plan || !options || roundId === undefined) return;
      dialog.step = "running";
      dialog.progress = null;
      dialog.error = null;
      rerender();
      void (async () => {
        try {
          // The bundle carries what is saved: answers still being typed go in first.
          await context.flushSaves();
          const result = await api.exportBundle(roundId, options);
          if (result) {
            dialog.result = result;
            dialog.step = "done";
          } else {
            // The folder dialog was cancelled: back to the options, nothing written.
            dialog.step = "options";
          }
        } catch (raw) {
          dialog.error = toCommandError(raw);
          dialog.step = "options";
        }
        rerender();
      })();
    },
    cancelBundleJob: () => void api.cancelBundleJob().catch(context.notifyError),
    // The shell opens the folder it wrote to; the UI never hands it a path.
    openExportFolder: () => void api.openExportFolder().catch(context.notifyError),
    exportProgress: (progress) => {
      const dialog = openDialog();
      if (dialog?.step !== "running") return;
      dialog.progress = progress;
      rerender();
    },
  };
}
