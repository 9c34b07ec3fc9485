//! The checklist's filters: everything, what is not done, what is overdue, what has no
//! evidence or not the evidence its rule asks for, what is not met. Each shows how many
//! items it has.

import { html, type TemplateResult } from "lit";
import type { Actions } from "../actions";
import { t, type WordKey } from "../i18n";
import { filterCounts, type Filter, type State } from "../state";

const FILTERS: Array<[Filter, WordKey]> = [
  ["all", "filterAll"],
  ["open", "filterOpen"],
  ["overdue", "filterOverdue"],
  ["no_evidence", "filterNoEvidence"],
  ["evidence_missing", "filterEvidenceMissing"],
  ["not_met", "filterNotMet"],
];

export function filtersView(state: State, actions: Actions): TemplateResult {
  const counts = filterCounts(state);
  const language = state.language;
  return html`<fieldset class="filters" role="radiogroup">
    <legend>${t("filterLabel", language)}</legend>
    ${FILTERS.map(
      ([filter, word]) => html`<label class="filter-option" data-filter=${filter}>
        <input type="radio" name="filter" value=${filter} .checked=${state.filter === filter} @change=${() => actions.setFilter(filter)} />
        <span>${t(word, language)} <span class="count">${counts[filter]}</span></span>
      </label>`,
    )}
  </fieldset>`;
}
