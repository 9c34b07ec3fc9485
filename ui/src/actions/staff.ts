//! Who is working (issue 15, point 9): offices share PCs, so the person at the keyboard
//! picks their name from the office's staff list when the app starts (the one chosen last
//! time is picked already, so Enter carries on) and whenever they press their name in
//! the top bar; the list is edited in the same dialog. The shell records changes under
//! that name, not the PC's login.

import type { ActionContext, Actions } from "./index";
import type { CommandError } from "../api";
import type { Staff } from "../bindings";

export interface WhoDialog {
  kind: "who";
  /** The name picked; null for nobody ("ไม่ระบุ"). */
  chosen: string | null;
  /** The list as typed, one name a line; null while it is not being edited. */
  listText: string | null;
  saving: boolean;
  error: CommandError | null;
}

export function newWhoDialog(staff: Staff): WhoDialog {
  return {
    kind: "who",
    chosen: staff.current ?? null,
    // Nobody on the list yet: the list is what there is to fill in.
    listText: staff.names.length === 0 ? "" : null,
    saving: false,
    error: null,
  };
}

/** The names of a typed list, as the store will keep them (it trims and checks again). */
export function namesOf(listText: string): string[] {
  return [
    ...new Set(
      listText
        .split("\n")
        .map((line) => line.trim())
        .filter((line) => line !== ""),
    ),
  ];
}

export function staffActions(
  context: ActionContext,
): Pick<Actions, "openWho" | "chooseWho" | "editStaffList" | "setStaffList" | "confirmWho"> {
  const { api, state, rerender } = context;
  const openDialog = () => (state.modal?.kind === "who" ? state.modal : null);
  return {
    openWho: () => {
      state.modal = newWhoDialog(state.staff ?? { names: [], current: null });
      rerender();
    },
    chooseWho: (name) => {
      const dialog = openDialog();
      if (!dialog) return;
      dialog.chosen = name;
      rerender();
    },
    editStaffList: () => {
      const dialog = openDialog();
      if (!dialog) return;
      dialog.listText = (state.staff?.names ?? []).join("\n");
      rerender();
    },
    setStaffList: (text) => {
      const dialog = openDialog();
      if (!dialog) return;
      dialog.listText = text;
      const names = namesOf(text);
      if (dialog.chosen !== null && !names.includes(dialog.chosen)) dialog.chosen = null;
      rerender();
    },
    confirmWho: () => {
      const dialog = openDialog();
      if (!dialog) return;
      void context.submitForm(dialog, async () => {
        if (dialog.listText !== null) state.staff = await api.setStaff(namesOf(dialog.listText));
        const names = state.staff?.names ?? [];
        const chosen = dialog.chosen !== null && names.includes(dialog.chosen) ? dialog.chosen : null;
        state.staff = await api.choosePerson(chosen);
      });
    },
  };
}
