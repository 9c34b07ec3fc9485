//! The top bar: which office and round this is, and the language switch.

import { html, nothing, type TemplateResult } from "lit";
import type { Actions } from "../actions";
import { pick, roundKindWords, roundStateWords, t } from "../i18n";
import type { State } from "../state";

export function headerView(state: State, actions: Actions): TemplateResult {
  const language = state.language;
  const round = state.checklist?.round;
  const officeName = state.office?.name.trim() || t("unnamedOffice", language);
  return html`<header class="topbar">
    <div class="brand">
      <span class="brand-name">${t("appName", language)}</span>
      <span class="brand-subtitle">${t("appSubtitle", language)}</span>
    </div>
    <div class="context">
      <button type="button" class="office-name" data-edit-office title=${t("editOffice", language)}
        @click=${() => actions.openOffice()}>${officeName}</button>
      ${round
        ? html`<span class="round-label" data-round-id=${round.id}>
            <select class="round-select" aria-label=${t("chooseRound", language)}
              @change=${(event: Event) => {
                const select = event.target as HTMLSelectElement;
                if (select.value === "new") {
                  select.value = String(round.id);
                  actions.openNewRound();
                } else {
                  actions.switchRound(Number(select.value));
                }
              }}>
              ${state.rounds.map(
                (r) => html`<option value=${r.id} ?selected=${r.id === round.id}>
                  ${t("fiscalYear", language)} ${r.fiscal_year_be} · ${pick(roundKindWords[r.kind], language)}</option>`,
              )}
              <option value="new">${t("newRound", language)}</option>
            </select>
            · ${t("criteriaOfYear", language)} ${round.pack_year_be}
            <span class="round-state state-${round.state}">${pick(roundStateWords[round.state], language)}</span>
          </span>`
        : nothing}
    </div>
    <button class="language-switch" type="button" lang=${language === "th" ? "en" : "th"}
      aria-label=${t("switchLanguageLabel", language)} @click=${() => actions.toggleLanguage()}>
      ${t("switchLanguage", language)}
    </button>
  </header>`;
}
