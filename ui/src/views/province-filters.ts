//! Finding offices in the province overview (issue 18): a box for part of an office's name or
//! district, a choice of offices by what they sent (each with how many), and how many rows
//! the two leave, said to screen readers as it changes. Useful for 15 offices, needed for
//! a department's 9,000.

import { html, nothing, type TemplateResult } from "lit";
import { live } from "lit/directives/live.js";
import type { Actions } from "../actions";
import type { ProvinceView } from "../bundle-state";
import { formatCount, t, type WordKey } from "../i18n";
import { officeIndex, shownRows, type ReportingFilter } from "../province-rows";
import type { State } from "../state";

const CHOICES: Array<[ReportingFilter, WordKey]> = [
  ["all", "showAllOffices"],
  ["not_sent", "showNotSent"],
  ["late", "showLate"],
  ["sent", "showSent"],
];

export function provinceFilters(province: ProvinceView, state: State, actions: Actions): TemplateResult | typeof nothing {
  const status = province.status;
  if (!status || status.rows.length === 0) return nothing;
  const language = state.language;
  const index = officeIndex(status);
  const shown = shownRows(index, province.query, province.reporting, province.sort).length;
  const narrowed = province.query.trim() !== "" || province.reporting !== "all";
  return html`<div class="matrix-filters" data-matrix-filters>
    <label class="form-field matrix-find">
      <span>${t("findOffice", language)}</span>
      <input type="search" name="find-office" autocomplete="off" .value=${live(province.query)}
        @input=${(event: Event) => actions.findOffices((event.target as HTMLInputElement).value)} />
    </label>
    <label class="form-field">
      <span>${t("filterLabel", language)}</span>
      <select name="show-reporting" @change=${(event: Event) => actions.showReporting((event.target as HTMLSelectElement).value as ReportingFilter)}>
        ${CHOICES.map(
          ([choice, word]) =>
            html`<option value=${choice} ?selected=${choice === province.reporting}>${t(word, language)} (${formatCount(index.counts[choice], language)})</option>`,
        )}
      </select>
    </label>
    <p class="matrix-shown" role="status" data-matrix-shown>${
      narrowed ? t("officesShown", language, { shown: formatCount(shown, language), total: formatCount(index.rows.length, language) }) : ""
    }</p>
  </div>`;
}
