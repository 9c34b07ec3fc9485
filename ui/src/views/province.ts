//! The province's overview: the year and kind of round chosen, the way in for the offices'
//! bundles, the roster and the report dates, how many offices have sent and the list of
//! those that have not to copy for the phone round, then a way to find offices in the
//! table of every office.

import { html, nothing, type TemplateResult } from "lit";
import type { Actions } from "../actions";
import type { RoundKind } from "../bindings";
import type { ProvinceView } from "../bundle-state";
import { sentCounts } from "../desk-state";
import { pick, roundKindWords, t } from "../i18n";
import type { State } from "../state";
import { fiscalYearBe, formatThaiDate } from "../thai-date";
import { provinceFilters } from "./province-filters";
import { provinceTable } from "./province-table";

const ROUND_KINDS: RoundKind[] = ["application", "maintenance-6-month", "maintenance-12-month"];

/** Years to choose from: a few around this one, and every year a round of this office has. */
function yearChoices(state: State, province: ProvinceView): number[] {
  const current = fiscalYearBe(state.today);
  const years = new Set([
    current + 1,
    current,
    current - 1,
    current - 2,
    province.fiscalYear,
    ...state.rounds.map((r) => r.fiscal_year_be),
  ]);
  return [...years].sort((a, b) => b - a);
}

function buttons(state: State, actions: Actions): TemplateResult {
  const language = state.language;
  // A province PC has no checklist of its own until it asks for one; a district PC goes back to its round.
  const back =
    state.role === "province"
      ? html`<button type="button" data-action="own-checklist" @click=${() => actions.openOwnChecklist()}>${t("ownChecklist", language)}</button>`
      : state.checklist
        ? html`<button type="button" data-action="close-province" @click=${() => actions.closeProvince()}>${t("backToChecklist", language)}</button>`
        : nothing;
  return html`<span class="province-buttons">
    <button type="button" class="primary" data-action="import-folder" @click=${() => actions.importFolder()}>${t("importFolder", language)}</button>
    <button type="button" data-action="open-roster" @click=${() => actions.openRoster()}>${t("roster", language)}</button>
    <button type="button" data-action="open-report-dates" @click=${() => actions.openReportDates()}>${t("reportDatesButton", language)}</button>
    <button type="button" data-action="print-forms" @click=${() => actions.openProvincePrint()}>${t("printForms", language)}</button>
    ${
      // The province fills the criteria in once and sends them to its offices.
      state.role === "province"
        ? html`<button type="button" data-action="send-package" @click=${() => actions.openPackageExport()}>${t("sendPackage", language)}</button>`
        : nothing
    }
    ${back}
  </span>`;
}

/** How many offices sent, with the copy button for those that did not; or how to list them. */
function summary(province: ProvinceView, state: State, actions: Actions): TemplateResult | typeof nothing {
  const status = province.status;
  if (!status) return nothing;
  const language = state.language;
  const counts = sentCounts(status.rows);
  const reportDates = status.report_dates;
  return html`${
    status.roster_size === 0
      ? html`<p class="province-hint" data-roster-hint>${t("rosterEmptyHint", language)}
          <button type="button" data-action="open-roster-hint" @click=${() => actions.openRoster()}>${t("roster", language)}…</button></p>`
      : nothing
  }
    <div class="province-summary">
      <p class="sent-counts" data-sent-counts>${t("sentCounts", language, counts)}</p>
      <button type="button" data-action="copy-unsent" ?disabled=${counts.unsent === 0} @click=${() => actions.copyUnsent()}>${t("copyUnsent", language)}</button>
      ${
        reportDates.length > 0
          ? html`<p class="muted report-dates-line">${t("reportDates", language)}: ${reportDates.map((date) => formatThaiDate(date, language)).join(", ")}</p>`
          : nothing
      }
    </div>`;
}

export function provinceView(state: State, actions: Actions): TemplateResult | typeof nothing {
  const province = state.province;
  if (!province) return nothing;
  const language = state.language;
  return html`<section class="province" data-province aria-labelledby="province-heading">
    <header class="province-top">
      <h1 id="province-heading">${t("provinceOverview", language)}</h1>
      <label class="form-field">
        <span>${t("fiscalYear", language)}</span>
        <select name="province-year" @change=${(e: Event) => actions.setProvinceFilter({ fiscalYear: Number((e.target as HTMLSelectElement).value) })}>
          ${yearChoices(state, province).map((year) => html`<option value=${year} ?selected=${year === province.fiscalYear}>${year}</option>`)}
        </select>
      </label>
      <label class="form-field">
        <span>${t("roundKind", language)}</span>
        <select name="province-kind" @change=${(e: Event) => actions.setProvinceFilter({ kind: (e.target as HTMLSelectElement).value as RoundKind })}>
          ${ROUND_KINDS.map((kind) => html`<option value=${kind} ?selected=${kind === province.kind}>${pick(roundKindWords[kind], language)}</option>`)}
        </select>
      </label>
      ${buttons(state, actions)}
    </header>
    ${summary(province, state, actions)}
    ${province.error ? html`<p class="form-error" role="alert" data-error-code=${province.error.code}>${pick(province.error.payload.message, language)}</p>` : nothing}
    ${provinceFilters(province, state, actions)}
    ${provinceTable(province, state, actions)}
  </section>`;
}
