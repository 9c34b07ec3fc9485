//! The province's overview: every office on the roster or heard from, for one fiscal year
//! and kind of round; a way from an office's row to its round in the ordinary checklist;
//! the offices not sent copied for the phone round; the province office's own checklist;
//! and finding, ordering and scrolling the rows of a department's 10,000 offices (issue 18).

import type { ActionContext, Actions } from "./index";
import { toCommandError } from "../api";
import { newProvinceView, type ProvinceView } from "../bundle-state";
import { copyText } from "../clipboard";
import { unsentLines } from "../desk-state";
import { localized } from "../i18n";
import { nextSort, officeIndex, prepareNameOrder, rowWindow, shownRows, WINDOW_THRESHOLD } from "../province-rows";
import { fiscalYearBe } from "../thai-date";

type ProvinceActions = Pick<
  Actions,
  | "openProvince"
  | "closeProvince"
  | "setProvinceFilter"
  | "openOfficeRound"
  | "openOwnChecklist"
  | "copyUnsent"
  | "addSenderToRoster"
  | "findOffices"
  | "showReporting"
  | "sortOffices"
  | "scrollOffices"
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
        // The name order after the first rows are painted, while the clerk reads them (tens of ms for a department).
        if (status.rows.length > WINDOW_THRESHOLD) {
          setTimeout(() => {
            if (state.province?.status === status) prepareNameOrder(status);
          }, 250);
        }
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

  // Other rows, or the same in another order: the table starts again at its top.
  const showFromTop = (change: (province: ProvinceView) => void) => {
    const province = state.province;
    if (!province) return;
    change(province);
    province.scroll = { ...province.scroll, top: 0 };
    rerender();
    // After the redraw, which the rerender asked for first.
    requestAnimationFrame(() => {
      const box = document.querySelector<HTMLElement>("[data-province-scroll]");
      if (box) box.scrollTop = 0;
    });
  };

  return {
    reloadProvince,
    openProvince: () => {
      if (!state.province) {
        // The round on screen says which year and kind the clerk is working on.
        const round = state.checklist?.round;
        state.province = newProvinceView(round?.fiscal_year_be ?? fiscalYearBe(state.today), round?.kind ?? "application");
      } else {
        // The table's box is made anew at its top: the rows drawn start there too.
        state.province.scroll = { ...state.province.scroll, top: 0 };
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
    findOffices: (query) =>
      showFromTop((province) => {
        province.query = query;
      }),
    showReporting: (reporting) =>
      showFromTop((province) => {
        province.reporting = reporting;
      }),
    sortOffices: (key) =>
      showFromTop((province) => {
        province.sort = nextSort(province.sort, key);
      }),
    scrollOffices: (scroll) => {
      const province = state.province;
      if (!province?.status) return;
      const before = province.scroll;
      province.scroll = scroll;
      // A scroll within the rows drawn already, beyond them by OVERSCAN, needs no redraw.
      const total = shownRows(officeIndex(province.status), province.query, province.reporting, province.sort).length;
      const [was, is] = [rowWindow(total, before, window.innerHeight), rowWindow(total, scroll, window.innerHeight)];
      if (was.start !== is.start || was.end !== is.end || Math.abs(before.rowHeight - scroll.rowHeight) > 0.5) rerender();
    },
    addSenderToRoster: (officeId) => {
      api.addSenderToRoster(officeId).then((entry) => {
        notify("info", localized("officeAdded", { name: entry.name }));
        reloadProvince();
      }, notifyError);
    },
  };
}
