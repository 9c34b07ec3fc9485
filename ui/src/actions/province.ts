//! The province's overview: every office on the roster or heard from, for one fiscal year
//! and kind of round; a way from an office's row to its round in the ordinary checklist;
//! the offices not sent copied for the phone round; and the province office's own checklist.

import type { ActionContext, Actions } from "./index";
import { toCommandError } from "../api";
import type { ProvinceView } from "../bundle-state";
import { copyText } from "../clipboard";
import { unsentLines } from "../desk-state";
import { localized } from "../i18n";
import { fiscalYearBe } from "../thai-date";

type ProvinceActions = Pick<
  Actions,
  "openProvince" | "closeProvince" | "setProvinceFilter" | "openOfficeRound" | "openOwnChecklist" | "copyUnsent" | "addSenderToRoster"
> & {
  reloadProvince(): void;
};

export function provinceActions(context: ActionContext): ProvinceActions {
  const { api, state, rerender, notify, notifyError } = context;
  // The year or kind can change again before the matrix arrives: only the newest counts.
  let newest = 0;

  const reloadProvince = () => {
    const province = state.province;
    if (!province) return;
    const request = ++newest;
    province.loading = true;
    province.error = null;
    rerender();
    api.provinceStatus(province.fiscalYear, province.kind).then(
      (status) => {
        if (request !== newest) return;
        province.status = status;
        province.loading = false;
        rerender();
      },
      (raw) => {
        if (request !== newest) return;
        province.status = null;
        province.error = toCommandError(raw);
        province.loading = false;
        rerender();
      },
    );
  };

  return {
    reloadProvince,
    openProvince: () => {
      if (!state.province) {
        // The round on screen says which year and kind the clerk is working on.
        const round = state.checklist?.round;
        const province: ProvinceView = {
          fiscalYear: round?.fiscal_year_be ?? fiscalYearBe(state.today),
          kind: round?.kind ?? "application",
          status: null,
          loading: false,
          error: null,
        };
        state.province = province;
      }
      state.view = "province";
      reloadProvince();
    },
    closeProvince: () => {
      state.view = "checklist";
      rerender();
    },
    setProvinceFilter: (filter) => {
      if (!state.province) return;
      Object.assign(state.province, filter);
      reloadProvince();
    },
    openOfficeRound: (roundId) => {
      state.modal = null;
      state.view = "checklist";
      context.showRound(roundId).catch(notifyError);
    },
    openOwnChecklist: () => {
      const open = async () => {
        // Rounds come newest first; a province that never asked for one gets this year's now.
        let own = state.rounds[0];
        if (!own) {
          own = await api.createRound({ kind: "application", fiscal_year_be: null, pack_id: null, pack_version: null });
          await context.refreshRounds();
        }
        await context.showRound(own.id);
        state.view = "checklist";
        rerender();
      };
      open().catch(notifyError);
    },
    copyUnsent: () => {
      const lines = unsentLines(state.province?.status?.rows ?? [], state.language);
      if (lines.length === 0) return;
      copyText(lines.join("\n")).then(
        () => notify("info", localized("copiedUnsent", { count: lines.length })),
        () => notify("error", localized("copyFailed")),
      );
    },
    addSenderToRoster: (officeId) => {
      api.addSenderToRoster(officeId).then((entry) => {
        notify("info", localized("officeAdded", { name: entry.name }));
        reloadProvince();
      }, notifyError);
    },
  };
}
