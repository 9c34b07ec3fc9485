//! The province overview's table: offices down, parts of the criteria across, each cell how
//! many items are decided (coloured by progress), then score, level, round state, the last
//! bundle and whether it was sent, late or not at all. A row opens that office's round,
//! read-only; an office that sent without being on the roster says so, with a way to add it.

import { html, nothing, type TemplateResult } from "lit";
import type { Actions } from "../actions";
import type { Language, OfficeRow, PartCell } from "../bindings";
import type { ProvinceView } from "../bundle-state";
import { formatPoints, levelWords, pick, roundStateWords, t } from "../i18n";
import type { State } from "../state";
import { formatThaiDate } from "../thai-date";

/** What the reporting badge says of a row, by what the office sent and when it was due. */
export type ReportingBadge = "local" | "sent" | "late" | "missing" | "not_sent";

export function reportingBadgeOf(row: OfficeRow): ReportingBadge {
  if (row.is_local) return "local";
  switch (row.reporting.state) {
    case "late":
      return "late";
    case "missing":
      return "missing";
    default:
      return row.bundles > 0 ? "sent" : "not_sent";
  }
}

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

function rowView(row: OfficeRow, partIds: string[], rosterSize: number, state: State, actions: Actions): TemplateResult {
  const language = state.language;
  const roundId = row.round_id;
  const open = () => roundId !== null && actions.openOfficeRound(roundId);
  return html`<tr class=${roundId !== null ? "opens-round" : ""} data-office-row=${row.office_id ?? nothing}
      data-roster-row=${row.roster_id ?? nothing} data-office-name=${row.office_name} tabindex=${roundId !== null ? "0" : nothing}
      @click=${open}
      @keydown=${(event: KeyboardEvent) => {
        if (event.key === "Enter") open();
      }}>
    <th scope="row">${row.office_name || t("unnamedOffice", language)}${row.is_local ? html` <small class="muted">(${t("thisOffice", language)})</small>` : nothing}${unlisted(row, rosterSize, language, actions)}</th>
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

export function provinceTable(province: ProvinceView, state: State, actions: Actions): TemplateResult {
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
        <th scope="col">${t("phone", language)}</th>
        ${status.columns.map((column) => html`<th scope="col" data-part-column=${column.part_id}>${pick(column.title, language)}</th>`)}
        <th scope="col">${t("scoreShort", language)}</th>
        <th scope="col">${t("levelShort", language)}</th>
        <th scope="col">${t("roundStateShort", language)}</th>
        <th scope="col">${t("lastBundle", language)}</th>
        <th scope="col">${t("bundleNumber", language)}</th>
        <th scope="col">${t("reporting", language)}</th>
      </tr></thead>
      <tbody>${status.rows.map((row) => rowView(row, partIds, status.roster_size, state, actions))}</tbody>
    </table>
  </div>`;
}
