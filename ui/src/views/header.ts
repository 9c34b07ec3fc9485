//! The top bar: which office and round this is (and, on a province PC, which province),
//! the way to import bundles, to the province's overview and to the backups, who is
//! working, and the language switch. The round switcher lists this office's rounds;
//! another office's round opened from the overview is shown but not listed.

import { html, nothing, type TemplateResult } from "lit";
import type { Actions } from "../actions";
import type { Language, Round } from "../bindings";
import { pick, roundKindWords, roundStateWords, t } from "../i18n";
import type { State } from "../state";
import { whoButton } from "./staff";

function roundLabel(round: Round, language: Language): string {
  return `${t("fiscalYear", language)} ${round.fiscal_year_be} · ${pick(roundKindWords[round.kind], language)}`;
}

function roundSwitcher(round: Round, state: State, actions: Actions): TemplateResult {
  const language = state.language;
  return html`<span class="round-label" data-round-id=${round.id}>
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
      ${
        round.office_is_local
          ? nothing
          : html`<option value=${round.id} selected disabled data-foreign-option>${round.office_name} (${t("receivedRound", language)})</option>`
      }
      ${state.rounds.map((r) => html`<option value=${r.id} ?selected=${r.id === round.id}>${roundLabel(r, language)}</option>`)}
      <option value="new">${t("newRound", language)}</option>
    </select>
    · ${t("criteriaOfYear", language)} ${round.pack_year_be}
    <span class="round-state state-${round.state}">${pick(roundStateWords[round.state], language)}</span>
  </span>`;
}

export function headerView(state: State, actions: Actions): TemplateResult {
  const language = state.language;
  const round = state.checklist?.round;
  const officeName = state.office?.name.trim() || t("unnamedOffice", language);
  const inProvince = state.view === "province";
  const province = state.role === "province" ? (state.office?.province ?? "").trim() : "";
  // Nothing is done before the first run's question is answered.
  const ready = state.phase === "ready" && state.modal?.kind !== "role";
  return html`<header class="topbar">
    <div class="brand">
      <span class="brand-name">${t("appName", language)}</span>
      <span class="brand-subtitle">${t("appSubtitle", language)}</span>
    </div>
    <div class="context">
      ${
        province !== ""
          ? html`<span class="desk-province" data-desk-province>${t("provinceNamed", language, { province: province.replace(/^จังหวัด/, "") })}</span>`
          : nothing
      }
      <button type="button" class="office-name" data-edit-office title=${t("editOffice", language)}
        @click=${() => actions.openOffice()}>${officeName}</button>
      ${round && !(inProvince && state.role === "province") ? roundSwitcher(round, state, actions) : nothing}
    </div>
    ${
      ready
        ? html`<div class="top-actions">
          ${whoButton(state, actions)}
          <button type="button" data-action="import-bundles" @click=${() => actions.openImport()}>${t("importBundles", language)}</button>
          ${
            // Back to the checklist only when there is one: a province PC may have none.
            inProvince && !state.checklist
              ? nothing
              : html`<button type="button" data-action=${inProvince ? "close-province" : "open-province"} aria-pressed=${inProvince ? "true" : "false"}
            @click=${() => (inProvince ? actions.closeProvince() : actions.openProvince())}>${t("provinceOverview", language)}</button>`
          }
          <button type="button" data-action="open-backups" @click=${() => actions.openBackups()}>${t("backups", language)}</button>
        </div>`
        : nothing
    }
    <button class="language-switch" type="button" lang=${language === "th" ? "en" : "th"}
      aria-label=${t("switchLanguageLabel", language)} @click=${() => actions.toggleLanguage()}>
      ${t("switchLanguage", language)}
    </button>
  </header>`;
}
