//! The report dates dialog (issue 16): the province's dates for the overview's year and
//! kind of round, each a title and a date typed as offices write it (day/month/B.E.
//! year, read back beside the box), with whether they are still the department's letter.

import { html, nothing, type TemplateResult } from "lit";
import { live } from "lit/directives/live.js";
import type { Actions } from "../actions";
import type { ReportDatesDialog } from "../desk-state";
import { pick, roundKindWords, t } from "../i18n";
import type { State } from "../state";
import { plusIcon } from "./icons";
import { modalView } from "./modal";
import { dateReading } from "./round-modals";

function rowsView(dialog: ReportDatesDialog, state: State, actions: Actions): TemplateResult {
  const language = state.language;
  const rows = dialog.rows ?? [];
  return html`${
    rows.length === 0
      ? html`<p class="muted" data-no-report-dates>${t("noReportDates", language)}</p>`
      : html`<table class="deadline-editor" data-report-dates>
        <thead><tr><th>${t("deadlineTitle", language)}</th><th>${t("deadlineDate", language)}</th><th></th></tr></thead>
        <tbody>${rows.map(
          (row, index) => html`<tr data-report-date=${index}>
            <td><input type="text" name="title" maxlength="300" aria-label=${t("deadlineTitle", language)} .value=${live(row.title)}
              @input=${(e: Event) => actions.setReportDateRow(index, "title", (e.target as HTMLInputElement).value)} /></td>
            <td><input type="text" name="date" inputmode="numeric" placeholder="31/01/2570" aria-label=${t("deadlineDate", language)}
              .value=${live(row.typedDate)}
              @input=${(e: Event) => actions.setReportDateRow(index, "typedDate", (e.target as HTMLInputElement).value)} />
              ${dateReading(row.typedDate, state)}</td>
            <td><button type="button" class="link-button" data-action="remove-report-date"
              @click=${() => actions.removeReportDateRow(index)}>${t("remove", language)}</button></td>
          </tr>`,
        )}</tbody>
      </table>`
  }
    <button type="button" class="attach-button" data-action="add-report-date" @click=${() => actions.addReportDateRow()}>${plusIcon()} ${t("addReportDate", language)}</button>`;
}

export function reportDatesModal(dialog: ReportDatesDialog, state: State, actions: Actions): TemplateResult {
  const language = state.language;
  const loaded = dialog.rows !== null;
  const body = loaded
    ? html`<p class=${dialog.edited ? "muted" : "welcome"} data-report-dates-source=${dialog.edited ? "edited" : "letter"}>
        ${t(dialog.edited ? "reportDatesEdited" : "reportDatesDefault", language)}</p>
      ${rowsView(dialog, state, actions)}`
    : html`${dialog.error ? nothing : html`<p class="muted">${t("loading", language)}</p>`}`;
  return modalView(
    {
      id: "report-dates",
      title: t("reportDatesTitle", language, { year: dialog.fiscalYear, kind: pick(roundKindWords[dialog.roundKind], language) }),
      body,
      confirm: loaded ? "save" : undefined,
      onConfirm: actions.saveReportDates,
      saving: dialog.saving,
      error: dialog.error,
    },
    language,
    actions,
  );
}
