//! What a round holds when it is submitted or approved: the items not yet decided, those
//! without any evidence file, and the level the score reaches (or that it is below the
//! first), each item a link to it, so nobody signs a round without seeing its gaps.

import { html, nothing, type TemplateResult } from "lit";
import type { Actions } from "../actions";
import type { Item } from "../bindings";
import { noLevelGateFailedOr, pick, t, type WordKey } from "../i18n";
import { emptyAnswer, itemEvidence, partsOfRound, type State } from "../state";

/** How many items a list names before "and N more". */
const SHOWN = 8;

function itemList(key: string, word: WordKey, items: Item[], state: State, actions: Actions): TemplateResult | typeof nothing {
  if (items.length === 0) return nothing;
  const language = state.language;
  const more = items.length - SHOWN;
  return html`<div class="review-list" data-review-list=${key}>
    <p><strong>${t(word, language, { count: items.length })}</strong></p>
    <ul>
      ${items
        .slice(0, SHOWN)
        .map(
          (item) =>
            html`<li><a href="#item-${item.id}" data-review-item=${item.id} @click=${() => actions.closeModal()}>${item.code} ${pick(item.title, language)}</a></li>`,
        )}
      ${more > 0 ? html`<li class="muted">${t("andMore", language, { count: more })}</li>` : nothing}
    </ul>
  </div>`;
}

export function reviewSummary(state: State, actions: Actions): TemplateResult | typeof nothing {
  const { checklist, score } = state;
  if (!checklist || !score) return nothing;
  const language = state.language;
  const items = partsOfRound(checklist, score).flatMap((part) => part.sections.flatMap((section) => section.items));
  const undecided = items.filter((item) => {
    const answer = state.drafts.get(item.id) ?? emptyAnswer();
    if (answer.status === "not_applicable") return answer.not_applicable_reason.trim() === "";
    return answer.status !== "met" && answer.status !== "not_met";
  });
  const withoutEvidence = items.filter((item) => (itemEvidence(state, item.id)?.files ?? 0) === 0);
  const level = checklist.pack.levels.find((band) => band.id === score.level);
  return html`<section class="review-summary" data-review-summary>
    <p data-review-level>${t("level", language)}: <strong>${level ? pick(level.title, language) : noLevelGateFailedOr(score.gate, language)}</strong></p>
    ${undecided.length === 0 && withoutEvidence.length === 0 ? html`<p>${t("nothingOpen", language)}</p>` : nothing}
    ${itemList("undecided", "undecidedItems", undecided, state, actions)}
    ${itemList("no-evidence", "itemsWithoutEvidence", withoutEvidence, state, actions)}
  </section>`;
}
