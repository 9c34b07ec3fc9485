//! The first run's question (issue 16): does this PC work for a district office or local
//! organisation, which assesses itself, or for the province office, which follows them?
//! A district PC then starts as before (its first round, the welcome form); a province PC
//! is named after its province, gets the province's districts on its roster, and opens
//! on the overview with no checklist of its own until it asks for one.

import type { ActionContext, Actions } from "./index";
import { CommandError } from "../api";
import type { RoleDialog } from "../desk-state";
import { localized } from "../i18n";

type RoleActions = Pick<Actions, "chooseRole" | "setRoleProvince" | "setAddDistricts" | "confirmRole">;

/** `start` carries on starting the app once the role is saved (reading rounds, and so on). */
export function roleActions(context: ActionContext, start: () => Promise<void>): RoleActions {
  const { api, state, rerender, notify } = context;
  const openDialog = (): RoleDialog | null => (state.modal?.kind === "role" ? state.modal : null);

  const saveAnswer = async (dialog: RoleDialog) => {
    const province = dialog.province;
    if (dialog.role === "province" && province === "") {
      throw new CommandError({ code: "INVALID_INPUT", message: localized("provinceRequired") });
    }
    if (dialog.role === "province") {
      // One call, as `gecc role province --province` makes it: the role, the office named
      // after the province (the profile form is not asked for), and its districts listed.
      const desk = await api.workForProvince(province, dialog.addDistricts);
      state.office = desk.office;
      if (desk.added) notify("info", localized("districtsAdded", { added: desk.added.added, already: desk.added.already }));
    } else {
      await api.setRole(dialog.role);
    }
    state.role = dialog.role;
  };

  return {
    chooseRole: (role) => {
      const dialog = openDialog();
      if (!dialog) return;
      dialog.role = role;
      dialog.error = null;
      rerender();
    },
    setRoleProvince: (province) => {
      const dialog = openDialog();
      if (!dialog) return;
      dialog.province = province;
      dialog.error = null;
      rerender();
    },
    setAddDistricts: (add) => {
      const dialog = openDialog();
      if (!dialog) return;
      dialog.addDistricts = add;
      rerender();
    },
    confirmRole: () => {
      const dialog = openDialog();
      if (!dialog || dialog.saving) return;
      void context
        .submitForm(dialog, () => saveAnswer(dialog))
        .then(() => {
          // Closed only when saved; a refusal stays in the dialog with its reason.
          if (state.modal === null && state.role !== null) return start();
        });
    },
  };
}
