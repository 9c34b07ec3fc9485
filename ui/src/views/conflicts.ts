//! Items changed both on this PC and in a bundle: each side's answer, who changed it and
//! when, side by side, with a choice per item and "the same for all" buttons.

import { html, nothing, type TemplateResult } from "lit";
import { live } from "lit/directives/live.js";
import type { Actions } from "../actions";
import type { AnswerInput, Item, ItemConflict, Language, Side } from "../bindings";
import { pick, statusWords, t } from "../i18n";
import type { State } from "../state";
import { formatMoment } from "../thai-date";

function findItem(state: State, itemId: string): Item | undefined {
  return state.checklist?.pack.parts
    .flatMap((part) => part.sections.flatMap((section) => section.items))
    .find((item) => item.id === itemId);
}

function sideView(conflict: ItemConflict, side: Side, chosen: Side | undefined, language: Language, actions: Actions): TemplateResult {
  const answer: AnswerInput | null = side === "mine" ? conflict.mine : conflict.theirs;
  const by = side === "mine" ? conflict.mine_updated_by : conflict.theirs_updated_by;
  const at = side === "mine" ? conflict.mine_updated_at : conflict.theirs_updated_at;
  const evidence = side === "mine" ? conflict.mine_evidence : conflict.theirs_evidence;
  return html`<td class="conflict-side ${chosen === side ? "chosen" : ""}">
    <label>
      <input type="radio" name="conflict-${conflict.item_id}" value=${side} .checked=${live(chosen === side)}
        @change=${() => actions.setConflictChoice(conflict.item_id, side)} />
      <span class="conflict-answer">
        <strong>${answer ? pick(statusWords[answer.status], language) : t("noAnswer", language)}</strong>
        ${answer?.note ? html`<span class="conflict-note">${answer.note}</span>` : nothing}
        <small>${by}${at ? ` · ${formatMoment(at, language)}` : ""} · ${t("evidenceCount", language, { count: evidence })}</small>
      </span>
    </label>
  </td>`;
}

export function conflictsView(conflicts: ItemConflict[], choices: Record<string, Side>, state: State, actions: Actions): TemplateResult {
  const language = state.language;
  return html`<section class="conflicts" data-conflicts aria-labelledby="conflicts-heading">
    <h3 id="conflicts-heading">${t("conflictsTitle", language)}</h3>
    <div class="conflict-all">
      <button type="button" data-action="all-mine" @click=${() => actions.chooseAllConflicts("mine")}>${t("useMineForAll", language)}</button>
      <button type="button" data-action="all-theirs" @click=${() => actions.chooseAllConflicts("theirs")}>${t("useTheirsForAll", language)}</button>
    </div>
    <table class="conflicts-table">
      <thead><tr><th scope="col">${t("item", language)}</th><th scope="col">${t("thisPc", language)}</th><th scope="col">${t("theBundle", language)}</th></tr></thead>
      <tbody>
        ${conflicts.map((conflict) => {
          const item = findItem(state, conflict.item_id);
          return html`<tr data-conflict=${conflict.item_id}>
            <th scope="row">${item ? html`<span class="conflict-code">${item.code}</span> ${pick(item.title, language)}` : conflict.item_id}</th>
            ${sideView(conflict, "mine", choices[conflict.item_id], language, actions)}
            ${sideView(conflict, "theirs", choices[conflict.item_id], language, actions)}
          </tr>`;
        })}
      </tbody>
    </table>
  </section>`;
}
