//! The checklist of a round: the pack's completeness warning, then every part with its
//! sections, items and the blocks of items the pack declares but cannot list yet.

import { html, nothing, type TemplateResult } from "lit";
import type { Actions } from "../actions";
import type { Language, Part, UndisclosedItems } from "../bindings";
import { formatPoints, pick, t } from "../i18n";
import { partsOfRound, passesFilter, type State } from "../state";
import { filtersView } from "./filters";
import { itemView } from "./item";

function incompleteBanner(state: State): TemplateResult | typeof nothing {
  const { checklist, score, language } = state;
  // Only when this round's parts have items the pack cannot list yet.
  if (!checklist || !score || score.undisclosed_items === 0) return nothing;
  return html`<section class="banner banner-warning" role="note" data-pack-incomplete>
    <h2><span class="warning-mark" aria-hidden="true">!</span> ${t("incompleteTitle", language)}</h2>
    <p>${t("incompleteBody", language, {
      items: score.undisclosed_items,
      points: formatPoints(score.points.undisclosed, language),
    })}</p>
    <details>
      <summary>${t("source", language)}</summary>
      <p>${pick(checklist.pack.source.description, language)}</p>
      <ul>${checklist.pack.source.references.map((reference) => html`<li>${reference}</li>`)}</ul>
    </details>
  </section>`;
}

function ruleSummary(part: Part, language: Language): string {
  if (part.rule.gate) return language === "th" ? "ต้องผ่านทุกข้อ ไม่มีคะแนน" : "All must pass; no points";
  if (part.rule.points_per_item > 0) {
    const points = formatPoints(part.rule.points_per_item, language);
    return language === "th" ? `ข้อละ ${points} คะแนน` : `${points} points per item`;
  }
  return "";
}

function undisclosedBlock(block: UndisclosedItems, language: Language): TemplateResult {
  const level = block.level === "advanced" ? t("advancedLevel", language) : block.level === "basic" ? t("basicLevel", language) : "";
  return html`<div class="undisclosed" data-undisclosed>
    <p class="undisclosed-head">
      <strong>${t("undisclosedBlock", language)}</strong> ${level}
      · ${block.expected_items} ${t("items", language)} · ${formatPoints(block.points, language)} ${t("points", language)}
    </p>
    <p>${pick(block.note, language)}</p>
  </div>`;
}

/** How many more items may be drawn in this render (state.itemsDrawn). */
interface Budget {
  left: number;
}

function partView(state: State, actions: Actions, part: Part, budget: Budget): TemplateResult | typeof nothing {
  const language = state.language;
  const filtering = state.filter !== "all";
  // A part the items drawn so far do not reach yet is left for a later step.
  if (budget.left <= 0) return nothing;
  const sections = part.sections
    .map((section) => {
      const items = section.items.filter((item) => passesFilter(state, item.id)).slice(0, Math.max(budget.left, 0));
      budget.left -= items.length;
      return { section, items };
    })
    .filter(({ items }) => items.length > 0);
  if (filtering && sections.length === 0) return nothing;
  return html`<section class="part" id="part-${part.id}" data-part-id=${part.id} aria-labelledby="part-title-${part.id}">
    <header class="part-header">
      <h2 id="part-title-${part.id}">${pick(part.title, language)}</h2>
      <span class="rule">${ruleSummary(part, language)}</span>
    </header>
    ${sections.map(
      ({ section, items }) => html`<section class="section" data-section-id=${section.id}>
        <h3>${pick(section.title, language)}</h3>
        ${items.map((item) => itemView(state, actions, part, item))}
      </section>`,
    )}
    ${filtering ? nothing : part.undisclosed.map((block) => undisclosedBlock(block, language))}
  </section>`;
}

export function checklistView(state: State, actions: Actions): TemplateResult {
  if (!state.checklist || !state.score) return html``;
  const budget: Budget = { left: state.itemsDrawn ?? Number.POSITIVE_INFINITY };
  const parts = partsOfRound(state.checklist, state.score).map((part) => partView(state, actions, part, budget));
  return html`${incompleteBanner(state)}
    <h1 class="pack-title">${pick(state.checklist.pack.title, state.language)}</h1>
    ${filtersView(state, actions)}
    ${
      parts.every((part) => part === nothing)
        ? html`<p class="nothing-matches" data-nothing-matches>${t("nothingMatches", state.language)}</p>`
        : parts
    }`;
}
