//! The first run's question (issue 16): does this PC work for a district office or local
//! organisation, which assesses itself, or for the province office, which follows them?
//! A district PC then starts as before (its first round, the welcome form); a province PC
//! is named after its province, gets the province's districts on its roster, and opens
//! on the overview with no checklist of its own until it asks for one.

import type { ActionContext, Actions } from "./index";
import { CommandError } from "../api";
import type { OfficeProfile } from "../bindings";
import { provinceOfficeName, type RoleDialog } from "../desk-state";
import { localized } from "../i18n";
import { profileOf } from "../state";

type RoleActions = Pick<Actions, "chooseRole" | "setRoleProvince" | "setAddDistricts" | "confirmRole">;

const BLANK_PROFILE: OfficeProfile = {
  name: "",
  kind: "other",
  province: "",
  district: "",
  officer_name: "",
  officer_position: "",
  officer_phone: "",
  officer_email: "",
  gecc_username: "",
};

/** `start` carries on starting the app once the role is saved (reading rounds, and so on). */
export function roleActions(context: ActionContext, start: () => Promise<void>): RoleActions {
  const { api, state, rerender, notify } = context;
  const openDialog = (): RoleDialog | null => (state.modal?.kind === "role" ? state.modal : null);

  const saveAnswer = async (dialog: RoleDialog) => {
    const province = dialog.province;
    if (dialog.role === "province" && province === "") {
      throw new CommandError({ code: "INVALID_INPUT", message: localized("provinceRequired") });
    }
    await api.setRole(dialog.role);
    if (dialog.role === "province") {
      // The profile form is not asked for: the province office's name says all the overview needs.
      const profile = state.office ? profileOf(state.office) : BLANK_PROFILE;
      state.office = await api.setOffice({ ...profile, name: provinceOfficeName(province), kind: "other", province });
      if (dialog.addDistricts) {
        const added = await api.addProvinceToRoster(province);
        notify("info", localized("districtsAdded", { added: added.added, already: added.already }));
      }
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
