//! The province's report dates (issue 16) for the year and kind the overview shows: the
//! department's letter gives them until the province sets its own. They decide who is
//! late and who has not sent, so the overview is read again once they are saved.

import type { ActionContext, Actions } from "./index";
import { CommandError, toCommandError } from "../api";
import type { ReportDate } from "../bindings";
import type { ReportDateRow, ReportDatesDialog } from "../desk-state";
import { t } from "../i18n";
import { readThaiDate, toTypedThaiDate } from "../thai-date";

type ReportDatesActions = Pick<
  Actions,
  "openReportDates" | "setReportDateRow" | "addReportDateRow" | "removeReportDateRow" | "saveReportDates"
>;

/** The rows as dates to save; a date that cannot be read is refused with its row named. */
export function reportDatesOf(rows: ReportDateRow[], today: string): ReportDate[] {
  return rows.map((row) => {
    const reading = readThaiDate(row.typedDate, today);
    if (reading.kind === "date") return { title: row.title.trim(), date: reading.iso };
    const [why, values] = reading.kind === "refused" ? [reading.why, reading.values] : (["notADate", {}] as const);
    throw new CommandError({
      code: "INVALID_INPUT",
      message: {
        th: `วันที่ "${row.typedDate}" ของ "${row.title}" ไม่ถูกต้อง: ${t(why, "th", values)}`,
        en: `The date "${row.typedDate}" of "${row.title}" is not valid: ${t(why, "en", values)}`,
      },
    });
  });
}

export function reportDatesActions(context: ActionContext, reloadProvince: () => void): ReportDatesActions {
  const { api, state, rerender } = context;
  const openDialog = (): ReportDatesDialog | null => (state.modal?.kind === "report_dates" ? state.modal : null);
  const rowsOf = () => openDialog()?.rows ?? null;

  return {
    openReportDates: () => {
      const province = state.province;
      if (!province) return;
      const dialog: ReportDatesDialog = {
        kind: "report_dates",
        fiscalYear: province.fiscalYear,
        roundKind: province.kind,
        rows: null,
        edited: false,
        saving: false,
        error: null,
      };
      state.modal = dialog;
      rerender();
      api.getReportDates(dialog.fiscalYear, dialog.roundKind).then(
        (dates) => {
          dialog.rows = dates.dates.map((date) => ({ title: date.title, typedDate: toTypedThaiDate(date.date) }));
          dialog.edited = dates.edited;
          rerender();
        },
        (raw) => {
          dialog.error = toCommandError(raw);
          rerender();
        },
      );
    },
    setReportDateRow: (index, field, value) => {
      const row = rowsOf()?.[index];
      if (!row) return;
      row[field] = value;
      rerender();
    },
    addReportDateRow: () => {
      rowsOf()?.push({ title: "", typedDate: "" });
      rerender();
    },
    removeReportDateRow: (index) => {
      rowsOf()?.splice(index, 1);
      rerender();
    },
    saveReportDates: () => {
      const dialog = openDialog();
      if (!dialog?.rows) return;
      const rows = dialog.rows;
      void context.submitForm(dialog, async () => {
        await api.setReportDates(dialog.fiscalYear, dialog.roundKind, reportDatesOf(rows, state.today));
        reloadProvince();
      });
    },
  };
}
