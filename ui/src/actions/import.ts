//! Importing bundles: the Rust side opens the dialog and holds the files picked, checks
//! them without writing, and imports them with the clerk's overrides and, where both
//! sides changed an item, the side chosen per item. Afterwards the rounds, the round on
//! screen and the province's overview are brought up to date.

import type { ActionContext, Actions } from "./index";
import { toCommandError } from "../api";
import type { ImportOutcome, ImportProgress } from "../bindings";
import { type ImportDialog, importOptionsOf, isBusy, mergeOutcomes, newImportDialog, pendingConflicts } from "../bundle-state";

type ImportActions = Pick<
  Actions,
  "openImport" | "chooseBundles" | "importFolder" | "setImportOption" | "importBundles" | "setConflictChoice" | "chooseAllConflicts"
> & {
  importProgress(progress: ImportProgress): void;
};

export function importActions(context: ActionContext, reloadProvince: () => void): ImportActions {
  const { api, state, rerender } = context;

  const openDialog = (): ImportDialog | null => (state.modal?.kind === "import_bundles" ? state.modal : null);

  /** What changed here is shown at once: this office's rounds, the open round, the province. */
  const afterImport = async (outcomes: ImportOutcome[]) => {
    const imported = outcomes.filter((outcome) => outcome.status === "imported");
    if (imported.length === 0) return;
    await context.refreshRounds();
    const shown = state.checklist?.round.id;
    if (shown !== undefined && imported.some((outcome) => outcome.round_id === shown)) await context.showRound(shown);
    if (state.view === "province") reloadProvince();
  };

  const choose = async (dialog: ImportDialog, folder: boolean) => {
    if (isBusy(dialog)) return;
    dialog.step = "verifying";
    dialog.progress = null;
    dialog.error = null;
    rerender();
    try {
      const verdicts = await api.chooseBundles(folder);
      // A new choice replaces the one held in Rust, even an empty (cancelled) one.
      Object.assign(dialog, { ...newImportDialog(), verdicts, step: verdicts.length === 0 ? "choose" : "verdicts" });
    } catch (raw) {
      dialog.step = "choose";
      dialog.error = toCommandError(raw);
    }
    rerender();
  };

  return {
    openImport: () => {
      state.modal = newImportDialog();
      rerender();
    },
    chooseBundles: (folder) => {
      const dialog = openDialog();
      if (dialog) void choose(dialog, folder);
    },
    importFolder: () => {
      const dialog = newImportDialog();
      state.modal = dialog;
      void choose(dialog, true);
    },
    setImportOption: (option, value) => {
      const dialog = openDialog();
      if (!dialog || isBusy(dialog)) return;
      dialog[option] = value;
      rerender();
    },
    importBundles: () => {
      const dialog = openDialog();
      if (!dialog || isBusy(dialog)) return;
      const before = dialog.outcomes;
      dialog.step = "importing";
      dialog.progress = null;
      dialog.error = null;
      rerender();
      void (async () => {
        try {
          await context.flushSaves();
          const outcomes = await api.importBundles(importOptionsOf(dialog));
          dialog.outcomes = mergeOutcomes(before, outcomes);
          dialog.step = "outcomes";
          rerender();
          await afterImport(outcomes);
        } catch (raw) {
          dialog.error = toCommandError(raw);
          dialog.step = before.length > 0 ? "outcomes" : "verdicts";
        }
        rerender();
      })();
    },
    setConflictChoice: (itemId, side) => {
      const dialog = openDialog();
      if (!dialog) return;
      dialog.choices[itemId] = side;
      rerender();
    },
    chooseAllConflicts: (side) => {
      const dialog = openDialog();
      if (!dialog) return;
      for (const conflict of pendingConflicts(dialog)) dialog.choices[conflict.item_id] = side;
      rerender();
    },
    importProgress: (progress) => {
      const dialog = openDialog();
      if (!dialog || !isBusy(dialog)) return;
      dialog.progress = progress;
      rerender();
    },
  };
}
