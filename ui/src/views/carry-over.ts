//! Starting from an earlier round, on screen (issue 16): the new-round dialog's choice of
//! the round to start from and what comes along, the "จากรอบ X" badge an answer or an
//! evidence file carries until the clerk has looked at it, and the mark on an item whose
//! evidence is all older than the day chosen then (until a newer file is attached).

import { html, nothing, type TemplateResult } from "lit";
import { live } from "lit/directives/live.js";
import type { Actions } from "../actions";
import type { ItemEvidence, Round } from "../bindings";
import type { CarryChoice } from "../carry-over";
import { roundInWords } from "../carry-over";
import { pick, roundStateWords, t, type WordKey } from "../i18n";
import type { State } from "../state";
import { dateReading } from "./round-modals";
import { thaiText } from "./thai-words";

function sourceLabel(round: Round, state: State): string {
  const language = state.language;
  return `${t("fiscalYear", language)} ${roundInWords(round.id, state.rounds, language)} (${pick(roundStateWords[round.state], language)})`;
}

function carryBox(name: string, word: WordKey, checked: boolean, onChange: (value: boolean) => void, state: State): TemplateResult {
  return html`<label class="check-field">
    <input type="checkbox" name=${name} .checked=${live(checked)} @change=${(event: Event) => onChange((event.target as HTMLInputElement).checked)} />
    <span>${t(word, state.language)}</span>
  </label>`;
}

/** The round to start from (or none) and, once one is chosen, what comes along from it. */
export function carryFields(carry: CarryChoice, state: State, actions: Actions): TemplateResult {
  const language = state.language;
  return html`<fieldset class="carry-over form-field wide thai-words" data-carry-over>
    <legend>${t("startFrom", language)}</legend>
    <select name="from-round" aria-label=${t("startFrom", language)} .value=${live(carry.fromRound)}
      @change=${(event: Event) => actions.setCarry({ fromRound: (event.target as HTMLSelectElement).value })}>
      <option value="" ?selected=${carry.fromRound === ""}>${t("startFresh", language)}</option>
      ${state.rounds.map((round) => html`<option value=${round.id} ?selected=${carry.fromRound === String(round.id)}>${sourceLabel(round, state)}</option>`)}
    </select>
    ${
      carry.fromRound === ""
        ? nothing
        : html`<div class="carry-choices">
          ${carryBox("carry-statuses", "carryStatuses", carry.statuses, (statuses) => actions.setCarry({ statuses }), state)}
          ${carryBox("carry-notes", "carryNotes", carry.notes, (notes) => actions.setCarry({ notes }), state)}
        </div>
        <label class="form-field carry-date">
          <span>${thaiText(t("evidenceBefore", language))}</span>
          <input type="text" name="evidence-before" inputmode="numeric" placeholder="01/10/2568" .value=${live(carry.evidenceBefore)}
            @input=${(event: Event) => actions.setCarry({ evidenceBefore: (event.target as HTMLInputElement).value })} />
          ${dateReading(carry.evidenceBefore, state)}
        </label>
        <small class="hint">${thaiText(t("carryAlways", language))}</small>`
    }
  </fieldset>`;
}

/** "จากรอบ 2569 การสมัครขอรับรอง" beside what came from an earlier round; nothing otherwise. */
export function carriedBadge(roundId: number | null | undefined, state: State): TemplateResult | typeof nothing {
  // Records from before carrying existed lack the field altogether.
  if (roundId === null || roundId === undefined) return nothing;
  const round = roundInWords(roundId, state.rounds, state.language);
  return html`<span class="tag tag-carried thai-words" data-carried-from=${roundId}>${thaiText(t("carriedFrom", state.language, { round }))}</span>`;
}

/** "ควรถ่ายรูปใหม่" beside the item's evidence, while every file of it is older than the day chosen. */
export function newPhotoMark(evidence: ItemEvidence | undefined, state: State): TemplateResult | typeof nothing {
  // Checklists from before the mark existed lack the field.
  if (!evidence?.needs_new_photo) return nothing;
  return html`<span class="tag tag-warning" data-needs-new-photo>${t("needsNewPhoto", state.language)}</span>`;
}
