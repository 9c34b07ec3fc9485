//! The province's roster (issue 16): the offices it expects bundles from, in a dialog
//! where a phone number is corrected in place, an entry is taken off after a second
//! press, every district of a province is added at once and a local organisation by
//! name. The changes are made one after another, and each reads the overview again.

import type { ActionContext, Actions } from "./index";
import { CommandError, toCommandError } from "../api";
import type { Localized } from "../bindings";
import { emptyRosterDraft, newRosterDialog, type RosterDialog, type RosterPart } from "../desk-state";
import { localized } from "../i18n";

type RosterActions = Pick<
  Actions,
  | "openRoster"
  | "setRosterPhone"
  | "askRemoveFromRoster"
  | "removeFromRoster"
  | "setRosterProvince"
  | "addProvinceDistricts"
  | "setRosterDraft"
  | "addOfficeToRoster"
>;

/** Reads Thailand's provinces once, for the role question and the roster dialog. */
export function loadGeography(context: ActionContext): void {
  const { api, state, rerender } = context;
  if (state.geography) return;
  api.getGeography().then((geography) => {
    state.geography = geography;
    rerender();
  }, context.notifyError);
}

export function rosterActions(context: ActionContext, reloadProvince: () => void): RosterActions {
  const { api, state, rerender } = context;
  const openDialog = (): RosterDialog | null => (state.modal?.kind === "roster" ? state.modal : null);
  // A phone box left by clicking "add" runs two changes: the second waits for the first.
  let queue = Promise.resolve();

  /** Runs one change; what it did, or its error, shows beside the part it came from. */
  const change = (dialog: RosterDialog, part: RosterPart, run: () => Promise<Localized | null>) => {
    queue = queue.then(async () => {
      dialog.saving = true;
      dialog.error = null;
      dialog.errorAt = null;
      dialog.done = null;
      rerender();
      try {
        const done = await run();
        dialog.done = done ? { part, text: done } : null;
        dialog.entries = await api.getRoster();
        reloadProvince();
      } catch (raw) {
        dialog.error = toCommandError(raw);
        dialog.errorAt = part;
      } finally {
        dialog.saving = false;
        rerender();
      }
    });
  };

  return {
    openRoster: () => {
      const dialog = newRosterDialog(state.office?.province ?? "");
      state.modal = dialog;
      rerender();
      loadGeography(context);
      api.getRoster().then(
        (entries) => {
          dialog.entries = entries;
          rerender();
        },
        (raw) => {
          dialog.entries = [];
          dialog.error = toCommandError(raw);
          dialog.errorAt = "list";
          rerender();
        },
      );
    },
    setRosterPhone: (id, phone) => {
      const dialog = openDialog();
      const entry = dialog?.entries?.find((e) => e.id === id);
      if (!dialog || !entry || entry.phone === phone) return;
      change(dialog, "list", async () => {
        await api.setRosterPhone(id, phone);
        dialog.phoneSaved = id;
        return null;
      });
    },
    askRemoveFromRoster: (id) => {
      const dialog = openDialog();
      if (!dialog) return;
      dialog.removing = id;
      rerender();
    },
    removeFromRoster: (id) => {
      const dialog = openDialog();
      if (!dialog) return;
      dialog.removing = null;
      change(dialog, "list", async () => {
        await api.removeFromRoster(id);
        return null;
      });
    },
    setRosterProvince: (province) => {
      const dialog = openDialog();
      if (!dialog) return;
      dialog.province = province;
      rerender();
    },
    addProvinceDistricts: () => {
      const dialog = openDialog();
      if (!dialog) return;
      const province = dialog.province;
      change(dialog, "province", async () => {
        if (province.trim() === "") throw new CommandError({ code: "INVALID_INPUT", message: localized("provinceRequired") });
        const added = await api.addProvinceToRoster(province);
        return localized("districtsAdded", { added: added.added, already: added.already });
      });
    },
    setRosterDraft: (field, value) => {
      const dialog = openDialog();
      if (!dialog) return;
      dialog.draft = { ...dialog.draft, [field]: value };
      rerender();
    },
    addOfficeToRoster: () => {
      const dialog = openDialog();
      if (!dialog) return;
      const input = { ...dialog.draft };
      change(dialog, "office", async () => {
        const entry = await api.addOfficeToRoster(input);
        // Cleared only once listed: a refused name stays in its box to be corrected.
        dialog.draft = emptyRosterDraft();
        return localized("officeAdded", { name: entry.name });
      });
    },
  };
}
