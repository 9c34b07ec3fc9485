//! The province's overview: offices down, parts of the criteria across, each cell how many
//! items are decided (coloured by progress), then score, level, round state, the last
//! bundle and whether it came in time. A row opens that office's round, read-only.

import { html, nothing, type TemplateResult } from "lit";
import type { Actions } from "../actions";
import type { Language, OfficeRow, PartCell, Reporting, RoundKind } from "../bindings";
import type { ProvinceView } from "../bundle-state";
import { formatPoints, pick, roundKindWords, roundStateWords, t } from "../i18n";
import type { State } from "../state";
import { fiscalYearBe, formatThaiDate } from "../thai-date";

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

function reportingBadge(reporting: Reporting, language: Language): TemplateResult {
  const text =
    reporting.state === "on_time"
      ? t("reportingOnTime", language)
      : reporting.state === "late"
        ? t("reportingLate", language, { days: reporting.days })
        : reporting.state === "missing"
          ? t("reportingMissing", language)
          : t("reportingNotDue", language);
  return html`<span class="reporting reporting-${reporting.state}" data-reporting=${reporting.state}>${text}</span>`;
}

function levelText(row: OfficeRow, state: State): string {
  const language = state.language;
  if (row.gate === "failed") return t("noLevelGateFailed", language);
  if (!row.level) return "—";
  const band = state.checklist?.pack.levels.find((level) => level.id === row.level);
  return band ? pick(band.title, language) : row.level;
}

function cellView(cell: PartCell | undefined, language: Language): TemplateResult {
  if (!cell) return html`<td class="part-cell">—</td>`;
  const title = `${formatPoints(cell.earned, language)}/${formatPoints(cell.total, language)} ${t("points", language)}`;
  return html`<td class="part-cell progress-${cell.progress}" data-part-cell=${cell.part_id} data-progress=${cell.progress} title=${title}>
    ${cell.decided}/${cell.listed}</td>`;
}

function rowView(row: OfficeRow, partIds: string[], state: State, actions: Actions): TemplateResult {
  const language = state.language;
  const roundId = row.round_id;
  const open = () => roundId !== null && actions.openOfficeRound(roundId);
  return html`<tr class=${roundId !== null ? "opens-round" : ""} data-office-row=${row.office_id} tabindex=${roundId !== null ? "0" : nothing}
      @click=${open}
      @keydown=${(event: KeyboardEvent) => {
        if (event.key === "Enter") open();
      }}>
    <th scope="row">${row.office_name || t("unnamedOffice", language)}${row.is_local ? html` <small class="muted">(${t("thisOffice", language)})</small>` : nothing}</th>
    <td>${row.district}</td>
    ${partIds.map((partId) =>
      cellView(
        row.parts.find((cell) => cell.part_id === partId),
        language,
      ),
    )}
    <td class="number" data-office-score>${formatPoints(row.earned, language)}/${formatPoints(row.total, language)}</td>
    <td>${levelText(row, state)}</td>
    <td>${row.round_state ? pick(roundStateWords[row.round_state], language) : "—"}</td>
    <td data-last-bundle>${row.last_bundle_at ? formatThaiDate(row.last_bundle_at, language) : "—"}</td>
    <td class="number">${row.last_sequence ?? "—"}</td>
    <td>${reportingBadge(row.reporting, language)}</td>
  </tr>`;
}

function tableView(province: ProvinceView, state: State, actions: Actions): TemplateResult {
  const language = state.language;
  const status = province.status;
  if (!status) return html`<p class="muted">${province.loading ? t("loading", language) : ""}</p>`;
  if (status.rows.length === 0) return html`<p class="province-empty" data-province-empty>${t("provinceEmpty", language)}</p>`;
  const partIds = status.columns.map((column) => column.part_id);
  return html`<div class="table-scroll">
    <table class="province-table" data-province-table>
      <thead><tr>
        <th scope="col">${t("office", language)}</th>
        <th scope="col">${t("district", language)}</th>
        ${status.columns.map((column) => html`<th scope="col" data-part-column=${column.part_id}>${pick(column.title, language)}</th>`)}
        <th scope="col">${t("scoreShort", language)}</th>
        <th scope="col">${t("levelShort", language)}</th>
        <th scope="col">${t("roundStateShort", language)}</th>
        <th scope="col">${t("lastBundle", language)}</th>
        <th scope="col">${t("bundleNumber", language)}</th>
        <th scope="col">${t("reporting", language)}</th>
      </tr></thead>
      <tbody>${status.rows.map((row) => rowView(row, partIds, state, actions))}</tbody>
    </table>
  </div>`;
}

export function provinceView(state: State, actions: Actions): TemplateResult | typeof nothing {
  const province = state.province;
  if (!province) return nothing;
  const language = state.language;
  const reportDates = province.status?.report_dates ?? [];
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
      <span class="province-buttons">
        <button type="button" class="primary" data-action="import-folder" @click=${() => actions.importFolder()}>${t("importFolder", language)}</button>
        <button type="button" data-action="print-forms" @click=${() => actions.openProvincePrint()}>${t("printForms", language)}</button>
        <button type="button" data-action="close-province" @click=${() => actions.closeProvince()}>${t("backToChecklist", language)}</button>
      </span>
    </header>
    ${
      reportDates.length > 0
        ? html`<p class="muted">${t("reportDates", language)}: ${reportDates.map((date) => formatThaiDate(date, language)).join(", ")}</p>`
        : nothing
    }
    ${province.error ? html`<p class="form-error" role="alert" data-error-code=${province.error.code}>${pick(province.error.payload.message, language)}</p>` : nothing}
    ${tableView(province, state, actions)}
  </section>`;
}
