//! What taking a province package in would change (issue 16), as the office reads it
//! before saying yes: the edition and the one it is compared with, the items added and
//! removed, each part's items and points before → after, each of the office's rounds
//! that moves to the edition or stays (with why), and the report dates that come along.

import { html, nothing, type TemplateResult } from "lit";
import type { ItemChange, Language, PackagePreview, ReportDates } from "../bindings";
import { formatPoints, pick, roundKindWords, t, type WordKey } from "../i18n";
import { formatThaiDate } from "../thai-date";
import { arrowIcon } from "./icons";
import { thaiText } from "./thai-words";

function itemsView(items: ItemChange[], word: WordKey, name: string, language: Language): TemplateResult | typeof nothing {
  if (items.length === 0) return nothing;
  return html`<div class="package-items">
    <h4>${t(word, language, { count: items.length })}</h4>
    <ul data-items=${name}>
      ${items.map(
        (item) => html`<li data-item=${item.item_id}><span class="item-change-code">${item.code}</span>
          <span class="item-change-title">${thaiText(pick(item.title, language))}</span>
          <span class="tag tag-points">${formatPoints(item.points, language)} ${t("points", language)}</span></li>`,
      )}
    </ul>
  </div>`;
}

/** "3 → 6" (the arrow drawn, "becomes" said to a screen reader), the new number bold when it changes. */
function beforeAfter(before: number, after: number, language: Language): TemplateResult {
  const changed = before !== after;
  return html`<td class=${changed ? "changed" : ""}>${formatPoints(before, language)}
    ${arrowIcon()}<span class="visually-hidden">${t("becomes", language)}</span>
    ${changed ? html`<strong>${formatPoints(after, language)}</strong>` : formatPoints(after, language)}</td>`;
}

function partsView(preview: PackagePreview, language: Language): TemplateResult | typeof nothing {
  if (preview.parts.length === 0) return nothing;
  return html`<table class="package-parts" data-package-parts>
    <thead><tr><th scope="col">${t("partColumn", language)}</th><th scope="col">${t("itemsColumn", language)}</th><th scope="col">${t("pointsColumn", language)}</th></tr></thead>
    <tbody>${preview.parts.map(
      (part) => html`<tr data-part=${part.part_id}>
        <th scope="row">${thaiText(pick(part.title, language))}</th>
        ${beforeAfter(part.items_before, part.items_after, language)}
        ${beforeAfter(part.points_before, part.points_after, language)}
      </tr>`,
    )}</tbody>
  </table>`;
}

function roundsView(preview: PackagePreview, language: Language): TemplateResult {
  return html`<h4>${t("roundsAffected", language)}</h4>
    ${
      preview.rounds.length === 0
        ? html`<p class="muted" data-no-rounds>${t("noRoundsAffected", language)}</p>`
        : html`<ul class="package-rounds" data-package-rounds>${preview.rounds.map(
            (round) => html`<li data-round=${round.round_id} data-moves=${round.moves ? "yes" : "no"}>
              <strong>${t("fiscalYear", language)} ${round.fiscal_year_be} · ${pick(roundKindWords[round.kind], language)}</strong>:
              ${
                round.moves
                  ? t("roundMoves", language, { version: preview.pack_version })
                  : html`${t("roundStays", language, { version: round.pack_version })}${round.reason ? html` · <span class="muted">${thaiText(pick(round.reason, language))}</span>` : nothing}`
              }
            </li>`,
          )}</ul>`
    }`;
}

function datesLine(dates: ReportDates, language: Language): TemplateResult {
  const when = dates.dates.map((d) => `${formatThaiDate(d.date, language)} ${d.title}`).join(" · ");
  // Cut into words: the titles are the province's, typed in Thai.
  return html`<li data-dates=${`${dates.fiscal_year_be}/${dates.kind}`}>
    <strong>${t("fiscalYear", language)} ${dates.fiscal_year_be} · ${pick(roundKindWords[dates.kind], language)}</strong>:
    ${thaiText(when || t("noDatesYet", language))}</li>`;
}

function datesView(preview: PackagePreview, language: Language): TemplateResult {
  return html`<h4>${t("datesComing", language)}</h4>
    ${
      preview.report_dates.length === 0
        ? html`<p class="muted">${t("noDatesComing", language)}</p>`
        : html`<ul class="package-dates-list" data-package-dates>${preview.report_dates.map((dates) => datesLine(dates, language))}</ul>`
    }`;
}

/** Everything the package would change, the edition first. */
export function packageChanges(preview: PackagePreview, language: Language): TemplateResult {
  const noItemChanges = preview.items_added.length === 0 && preview.items_removed.length === 0;
  return html`<section class="package-changes thai-words" aria-labelledby="package-edition-heading">
    <h3 id="package-edition-heading" data-package-edition>
      ${thaiText(t("editionLine", language, { title: pick(preview.pack_title, language), version: preview.pack_version }))}
      ${preview.compared_version === null ? nothing : html`<span class="muted">(${t("fromVersion", language, { version: preview.compared_version })})</span>`}
    </h3>
    <div class="package-columns">
      <div>
        ${noItemChanges ? html`<p class="muted" data-same-items>${t("sameItems", language)}</p>` : nothing}
        ${itemsView(preview.items_added, "itemsAdded", "added", language)}
        ${itemsView(preview.items_removed, "itemsRemoved", "removed", language)}
      </div>
      <div>${partsView(preview, language)}</div>
    </div>
    ${roundsView(preview, language)}
    ${datesView(preview, language)}
  </section>`;
}
