//! The whole window: header, review bar, the score and parts beside the checklist (or the
//! province's overview across the whole width, which needs no round of its own), the open
//! dialog, and messages.

import { html, type TemplateResult } from "lit";
import type { Actions } from "../actions";
import { pick, t } from "../i18n";
import type { State } from "../state";
import { checklistView } from "./checklist";
import { headerView } from "./header";
import { modalsView } from "./modals";
import { noticesView } from "./notices";
import { packEditorView } from "./pack-editor";
import { provinceView } from "./province";
import { reviewBarView } from "./review";
import { scoreView } from "./score";
import { calendarView, packView, pathView } from "./sidebar";

export function appView(state: State, actions: Actions): TemplateResult {
  const language = state.language;
  if (state.phase === "failed" && state.failure) {
    return html`${headerView(state, actions)}
      <main class="failure" role="alert">
        <h1>${t("cannotOpen", language)}</h1>
        <p data-error-code=${state.failure.code}>${pick(state.failure.payload.message, language)}</p>
        <p class="muted">${t("diagnosticsIntro", language)}</p>
        <p><button type="button" data-action="open-diagnostics" @click=${() => actions.openBackups()}>${t("saveDiagnostics", language)}…</button></p>
      </main>
      ${modalsView(state, actions)}`;
  }
  if (state.phase === "loading") return html`<p class="boot">${t("loading", language)}</p>`;
  // While a dialog is open the page behind it takes no focus or clicks (with the Tab trap
  // in modal.ts, for webviews that ignore inert).
  const behindDialog = state.modal !== null;
  if (state.view === "province") {
    return html`<div class="page" ?inert=${behindDialog}>${headerView(state, actions)}
      <main id="province" class="province-page">${provinceView(state, actions)}</main></div>
      ${noticesView(state, actions)}
      ${modalsView(state, actions)}`;
  }
  if (!state.checklist || !state.score) {
    // No round is open yet: the first run's question, or a province PC on its way to the overview.
    return html`<div class="page" ?inert=${behindDialog}>${headerView(state, actions)}<main class="boot"></main></div>
      ${noticesView(state, actions)}
      ${modalsView(state, actions)}`;
  }
  return html`
    <div class="page" ?inert=${behindDialog}>
    <a class="skip-link" href="#checklist">${t("skipToChecklist", language)}</a>
    ${headerView(state, actions)}
    <div class="layout">
      <aside class="sidebar">
        ${scoreView(state, state.checklist, state.score)}
        ${pathView(state)}
        ${calendarView(state, actions)}
        ${packView(state, actions)}
      </aside>
      <main id="checklist" class="checklist" tabindex="-1">
        ${state.editor ? packEditorView(state, actions) : html`${reviewBarView(state, actions)} ${checklistView(state, actions)}`}
      </main>
    </div>
    </div>
    ${noticesView(state, actions)}
    ${modalsView(state, actions)}
  `;
}
