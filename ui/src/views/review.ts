//! The round's review bar: its state, who approved it, and the next step: submit for
//! review, approve, or unlock with a reason; and sending the round on as a bundle. A round
//! received from another office says so and offers none of these.

import { html, nothing, type TemplateResult } from "lit";
import type { Actions } from "../actions";
import type { Round } from "../bindings";
import { pick, roundKindWords, roundStateWords, t } from "../i18n";
import type { State } from "../state";
import { formatMoment } from "../thai-date";

function buttons(round: Round, state: State, actions: Actions): TemplateResult {
  const language = state.language;
  const exporting = html`<button type="button" data-action="print" @click=${() => actions.openPrint()}>${t("print", language)}</button>
    <button type="button" data-action="export-bundle" @click=${() => actions.openExport()}>${t("exportBundle", language)}</button>`;
  switch (round.state) {
    case "draft":
      return html`${exporting}<button type="button" class="primary" data-action="submit" @click=${() => actions.askSubmit()}>
        ${t("submitForReview", language)}</button>`;
    case "submitted":
      return html`${exporting}<button type="button" data-action="unlock" @click=${() => actions.openUnlock()}>${t("unlock", language)}</button>
        <button type="button" class="primary" data-action="approve" @click=${() => actions.openApprove()}>${t("approve", language)}</button>`;
    case "approved":
      return html`${exporting}<button type="button" data-action="unlock" @click=${() => actions.openUnlock()}>${t("unlock", language)}</button>`;
  }
}

/** Another office's round, as received: whose it is, and that nothing here can change it. */
function foreignBanner(round: Round, state: State, actions: Actions): TemplateResult {
  const language = state.language;
  return html`<section class="banner banner-foreign" role="note" data-foreign-round>
    <h2>${t("foreignRound", language)}</h2>
    <p><strong>${round.office_name}</strong> · ${t("fiscalYear", language)} ${round.fiscal_year_be} · ${pick(roundKindWords[round.kind], language)}
      · <span class="review-state">${pick(roundStateWords[round.state], language)}</span>
      <button type="button" data-action="print" @click=${() => actions.openPrint()}>${t("print", language)}</button></p>
  </section>`;
}

export function reviewBarView(state: State, actions: Actions): TemplateResult | typeof nothing {
  const round = state.checklist?.round;
  if (!round) return nothing;
  if (!round.office_is_local) return foreignBanner(round, state, actions);
  const language = state.language;
  return html`<section class="review-bar state-${round.state}" data-round-state=${round.state} aria-label=${t("round", language)}>
    <span class="review-state">${pick(roundStateWords[round.state], language)}</span>
    ${
      round.state === "approved"
        ? html`<span class="review-approval">${t("approvedBy", language)} ${round.approved_by_name} (${round.approved_by_position})
          ${round.approved_at ? `· ${formatMoment(round.approved_at, language)}` : ""}</span>`
        : round.state !== "draft"
          ? html`<span class="review-approval">${t("readOnly", language)}</span>`
          : nothing
    }
    <span class="review-buttons">${buttons(round, state, actions)}</span>
  </section>`;
}
