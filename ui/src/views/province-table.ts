//! The province overview's table: offices down, parts of the criteria across, each cell how
//! many items are decided (coloured by progress), then score, level, round state, the last
//! bundle and whether it was sent, late or not at all. A row opens that office's round,
//! read-only; an office that sent without being on the roster says so, with a way to add it.
//! Four headers order the rows. A department's table (over WINDOW_THRESHOLD offices, issue
//! 18) scrolls in its own box and draws only the rows in view, with room kept for the rest.

import { html, nothing, type TemplateResult } from "lit";
import { ref } from "lit/directives/ref.js";
import { repeat } from "lit/directives/repeat.js";
import { styleMap } from "lit/directives/style-map.js";
import type { Actions } from "../actions";
import type { Language, OfficeRow, PartCell } from "../bindings";
import type { ProvinceView } from "../bundle-state";
import { formatPoints, levelWords, pick, roundStateWords, t } from "../i18n";
import { officeIndex, reportingBadgeOf, rowWindow, shownRows, WINDOW_THRESHOLD, type MatrixScroll, type SortKey } from "../province-rows";
import type { State } from "../state";
import { formatThaiDate } from "../thai-date";
import { sortIcon } from "./icons";

function reportingBadge(row: OfficeRow, language: Language): TemplateResult {
  const badge = reportingBadgeOf(row);
  const text =
    badge === "local"
      ? t("reportingLocal", language)
      : badge === "sent"
        ? t("reportingSent", language)
        : badge === "late"
          ? t("reportingLate", language, { days: row.reporting.state === "late" ? row.reporting.days : 0 })
          : badge === "missing"
            ? t("reportingMissing", language)
            : t("reportingNotSent", language);
  return html`<span class="reporting reporting-${badge}" data-reporting=${badge}>${text}</span>`;
}

/** The level's title from the pack on screen; the levels of every GECC pack otherwise. */
function levelText(row: OfficeRow, state: State): string {
  const language = state.language;
  if (row.gate === "failed") return t("noLevelGateFailed", language);
  if (!row.level) return "—";
  const band = state.checklist?.pack.levels.find((level) => level.id === row.level)?.title ?? levelWords[row.level];
  return band ? pick(band, language) : row.level;
}

function cellView(cell: PartCell | undefined, language: Language): TemplateResult {
  if (!cell) return html`<td class="part-cell">—</td>`;
  const title = `${formatPoints(cell.earned, language)}/${formatPoints(cell.total, language)} ${t("points", language)}`;
  return html`<td class="part-cell progress-${cell.progress}" data-part-cell=${cell.part_id} data-progress=${cell.progress} title=${title}>
    ${cell.decided}/${cell.listed}</td>`;
}

/** "Not on the roster", and its button, for an office that sent without being listed. */
function unlisted(row: OfficeRow, rosterSize: number, language: Language, actions: Actions): TemplateResult | typeof nothing {
  const officeId = row.office_id;
  if (rosterSize === 0 || row.roster_id !== null || row.is_local || officeId === null) return nothing;
  // The button sits in a row that opens a round: its own click and Enter stop here.
  const stop = (event: Event) => event.stopPropagation();
  return html`<span class="unlisted"><span class="not-on-roster" data-not-on-roster>${t("notOnRoster", language)}</span>
    <button type="button" class="link-button" data-action="add-sender" @keydown=${stop}
      @click=${(event: Event) => {
        stop(event);
        actions.addSenderToRoster(officeId);
      }}>${t("addToRoster", language)}</button></span>`;
}

/** A row; `rowIndex` is its place among all rows shown (header 1) when only some are drawn. */
function rowView(
  row: OfficeRow,
  partIds: string[],
  rosterSize: number,
  rowIndex: number | null,
  state: State,
  actions: Actions,
): TemplateResult {
  const language = state.language;
  const roundId = row.round_id;
  const open = () => roundId !== null && actions.openOfficeRound(roundId);
  return html`<tr class=${roundId !== null ? "opens-round" : ""} data-office-row=${row.office_id ?? nothing}
      data-roster-row=${row.roster_id ?? nothing} data-office-name=${row.office_name} tabindex=${roundId !== null ? "0" : nothing}
      aria-rowindex=${rowIndex ?? nothing}
      @click=${open}
      @keydown=${(event: KeyboardEvent) => {
        if (event.key === "Enter") open();
      }}>
    <th scope="row" title=${rowIndex !== null ? row.office_name : nothing}>${row.office_name || t("unnamedOffice", language)}${row.is_local ? html` <small class="muted">(${t("thisOffice", language)})</small>` : nothing}${unlisted(row, rosterSize, language, actions)}</th>
    <td class="district">${row.district}</td>
    <td class="phone" data-phone>${row.phone.trim() || "—"}</td>
    ${partIds.map((partId) =>
      cellView(
        row.parts.find((cell) => cell.part_id === partId),
        language,
      ),
    )}
    <td class="number" data-office-score>${row.round_id === null ? "—" : `${formatPoints(row.earned, language)}/${formatPoints(row.total, language)}`}</td>
    <td>${levelText(row, state)}</td>
    <td class="nowrap">${row.round_state ? pick(roundStateWords[row.round_state], language) : "—"}</td>
    <td class="nowrap" data-last-bundle>${row.last_bundle_at ? formatThaiDate(row.last_bundle_at, language) : "—"}</td>
    <td class="number">${row.last_sequence ?? "—"}</td>
    <td>${reportingBadge(row, language)}</td>
  </tr>`;
}

/** A header that orders the rows when pressed, saying (aria-sort) which way they are ordered now. */
function sortHeader(key: SortKey, label: string, province: ProvinceView, actions: Actions): TemplateResult {
  const sort = province.sort?.key === key ? province.sort : null;
  const direction = sort ? (sort.descending ? "descending" : "ascending") : null;
  return html`<th scope="col" aria-sort=${direction ?? nothing} data-sort-column=${key}>
    <button type="button" class="sort-button" data-sort=${key} @click=${() => actions.sortOffices(key)}>${label}${
      sort ? html`<span class="sort-arrow">${sortIcon(sort.descending)}</span>` : nothing
    }</button></th>`;
}

/** How far the box is scrolled past the header, how much of it shows rows, and how tall one row is. */
function measured(box: HTMLElement): MatrixScroll {
  const head = box.querySelector("thead")?.getBoundingClientRect().height ?? 0;
  const row = box.querySelector("tbody tr[aria-rowindex]")?.getBoundingClientRect().height ?? 0;
  return { top: box.scrollTop, height: Math.max(0, box.clientHeight - head), rowHeight: row };
}

// The box's size (the window's, the text size) is measured when it is first drawn and when it changes.
let watched: { box: Element; observer: ResizeObserver } | null = null;

function watchSize(actions: Actions) {
  return ref((box) => {
    if (!box || watched?.box === box || typeof ResizeObserver === "undefined") return;
    watched?.observer.disconnect();
    const observer = new ResizeObserver(() => {
      if (box.isConnected) actions.scrollOffices(measured(box as HTMLElement));
    });
    observer.observe(box);
    watched = { box, observer };
  });
}

/** The room the rows not drawn would take, hidden from screen readers (aria-rowindex numbers the rest). */
function spacer(height: number, columns: number): TemplateResult | typeof nothing {
  return height > 0
    ? html`<tr class="matrix-spacer" aria-hidden="true"><td colspan=${columns} style=${styleMap({ height: `${height}px` })}></td></tr>`
    : nothing;
}

export function provinceTable(province: ProvinceView, state: State, actions: Actions): TemplateResult {
  const language = state.language;
  const status = province.status;
  if (!status) return html`<p class="muted">${province.loading ? t("loading", language) : ""}</p>`;
  if (status.rows.length === 0) return html`<p class="province-empty" data-province-empty>${t("provinceEmpty", language)}</p>`;
  const partIds = status.columns.map((column) => column.part_id);
  const shown = shownRows(officeIndex(status), province.query, province.reporting, province.sort);
  // Whether the table is windowed goes by the whole roster, so typing in the box never changes the layout.
  const windowed = status.rows.length > WINDOW_THRESHOLD;
  const range = windowed
    ? rowWindow(shown.length, province.scroll, window.innerHeight)
    : { start: 0, end: shown.length, before: 0, after: 0 };
  const columns = partIds.length + 9;
  return html`<div class="table-scroll${windowed ? " windowed" : ""}" data-province-scroll
      @scroll=${windowed ? (event: Event) => actions.scrollOffices(measured(event.currentTarget as HTMLElement)) : nothing}
      ${windowed ? watchSize(actions) : nothing}>
    <table class="province-table" data-province-table aria-rowcount=${windowed ? shown.length + 1 : nothing}>
      <thead><tr aria-rowindex=${windowed ? 1 : nothing}>
        ${sortHeader("name", t("office", language), province, actions)}
        <th scope="col">${t("district", language)}</th>
        <th scope="col">${t("phone", language)}</th>
        ${status.columns.map((column) => html`<th scope="col" data-part-column=${column.part_id}>${pick(column.title, language)}</th>`)}
        ${sortHeader("score", t("scoreShort", language), province, actions)}
        <th scope="col">${t("levelShort", language)}</th>
        <th scope="col">${t("roundStateShort", language)}</th>
        ${sortHeader("last_bundle", t("lastBundle", language), province, actions)}
        <th scope="col">${t("bundleNumber", language)}</th>
        ${sortHeader("reporting", t("reporting", language), province, actions)}
      </tr></thead>
      <tbody>${spacer(range.before, columns)}${repeat(
        shown.slice(range.start, range.end),
        (row) => row,
        (row, at) => rowView(status.rows[row], partIds, status.roster_size, windowed ? range.start + at + 2 : null, state, actions),
      )}${spacer(range.after, columns)}</tbody>
    </table>
  </div>
  ${shown.length === 0 ? html`<p class="province-empty" data-province-no-match>${t("noOfficeFound", language)}</p>` : nothing}`;
}
