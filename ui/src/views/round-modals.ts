//! The dialogs about rounds: opening a new round (fresh or from an earlier one), moving a
//! round to a newer version of its pack, and editing the round's calendar.

import { html, nothing, type TemplateResult } from "lit";
import { live } from "lit/directives/live.js";
import type { Actions } from "../actions";
import type { RoundKind } from "../bindings";
import { pick, roundKindWords, t } from "../i18n";
import type { Modal, State } from "../state";
import { formatThaiDate, readThaiDate } from "../thai-date";
import { modalView } from "./modal";
import { plusIcon } from "./icons";
import { carryFields } from "./carry-over";

const ROUND_KINDS: RoundKind[] = ["application", "maintenance-6-month", "maintenance-12-month"];

export function newRoundModal(modal: Extract<Modal, { kind: "new_round" }>, state: State, actions: Actions): TemplateResult {
  const language = state.language;
  // The pack's title is long: its box takes a row of its own, so none of it is cut.
  const body = html`<div class="form-grid">
    <label class="form-field">
      <span>${t("roundKind", language)}</span>
      <select name="round-kind" @change=${(e: Event) => actions.setNewRound("roundKind", (e.target as HTMLSelectElement).value)}>
        ${ROUND_KINDS.map((kind) => html`<option value=${kind} ?selected=${modal.roundKind === kind}>${pick(roundKindWords[kind], language)}</option>`)}
      </select>
    </label>
    <label class="form-field">
      <span>${t("fiscalYear", language)}</span>
      <input type="text" name="fiscal-year" inputmode="numeric" maxlength="4" .value=${live(modal.fiscalYear)}
        @input=${(e: Event) => actions.setNewRound("fiscalYear", (e.target as HTMLInputElement).value)} />
    </label>
    <label class="form-field wide">
      <span>${t("pack", language)}</span>
      <select name="pack" @change=${(e: Event) => actions.setNewRound("packKey", (e.target as HTMLSelectElement).value)}>
        ${state.packs.map((pack) => {
          const key = `${pack.pack_id}@${pack.pack_version}`;
          return html`<option value=${key} ?selected=${modal.packKey === key}>${pick(pack.title, language)} (${t("version", language)} ${pack.pack_version})</option>`;
        })}
      </select>
    </label>
    ${carryFields(modal.carry, state, actions)}
  </div>`;
  return modalView(
    {
      id: "new-round",
      title: t("newRoundTitle", language),
      body,
      confirm: "create",
      onConfirm: actions.createRound,
      saving: modal.saving,
      error: modal.error,
    },
    language,
    actions,
  );
}

export function packMoveModal(modal: Extract<Modal, { kind: "pack_move" }>, state: State, actions: Actions): TemplateResult {
  const language = state.language;
  const preview = modal.preview;
  const body = preview
    ? html`<p data-carried-over>${t("carriedOver", language, { count: preview.carried_over })}</p>
        ${preview.added.length > 0 ? html`<p>${t("addedItems", language, { count: preview.added.length })}</p>` : nothing}
        ${
          preview.removed.length > 0
            ? html`<p>${t("removedItems", language)}</p>
              <ul class="removed-items" data-removed-items>
                ${preview.removed.map((item) => html`<li>${item.code} ${pick(item.title, language)}</li>`)}
              </ul>`
            : nothing
        }`
    : html`<p>${t("loading", language)}</p>`;
  return modalView(
    {
      id: "pack-move",
      title: `${t("movePackTitle", language)} (${t("version", language)} ${modal.toVersion})`,
      body,
      confirm: preview ? "move" : undefined,
      onConfirm: actions.confirmPackMove,
      saving: modal.saving,
      error: modal.error,
    },
    language,
    actions,
  );
}

/**
 * What a typed date was read as, beside its box; or, once the text has a date's shape,
 * why it is refused (a Common Era or far-off year, a day not in the calendar).
 */
export function dateReading(typed: string, state: State): TemplateResult | typeof nothing {
  const reading = readThaiDate(typed, state.today);
  if (reading.kind === "date") return html`<small class="due-words" data-date-read>${formatThaiDate(reading.iso, state.language)}</small>`;
  if (reading.kind === "refused" && reading.why !== "notADate") {
    return html`<small class="box-error" data-date-refused>${t(reading.why, state.language, reading.values)}</small>`;
  }
  return nothing;
}

export function deadlinesModal(modal: Extract<Modal, { kind: "deadlines" }>, state: State, actions: Actions): TemplateResult {
  const language = state.language;
  const body = html`<table class="deadline-editor">
      <thead>
        <tr><th>${t("deadlineTitle", language)}</th><th>${t("deadlineDate", language)}</th><th>${t("deadlineDone", language)}</th><th></th></tr>
      </thead>
      <tbody>
        ${modal.rows.map((row, index) =>
          row.removed
            ? nothing
            : html`<tr data-deadline-row=${index}>
                <td><input type="text" name="title" maxlength="300" aria-label=${t("deadlineTitle", language)} .value=${live(row.title)}
                  @input=${(e: Event) => actions.setDeadlineRow(index, "title", (e.target as HTMLInputElement).value)} /></td>
                <td><input type="text" name="date" inputmode="numeric" placeholder="31/01/2570" aria-label=${t("deadlineDate", language)}
                  .value=${live(row.typedDate)}
                  @input=${(e: Event) => actions.setDeadlineRow(index, "typedDate", (e.target as HTMLInputElement).value)} />
                  ${dateReading(row.typedDate, state)}</td>
                <td><input type="checkbox" name="done" aria-label=${t("deadlineDone", language)} .checked=${live(row.done)}
                  @change=${(e: Event) => actions.setDeadlineRow(index, "done", (e.target as HTMLInputElement).checked)} /></td>
                <td><button type="button" class="link-button" @click=${() => actions.setDeadlineRow(index, "removed", true)}>${t("remove", language)}</button></td>
              </tr>`,
        )}
      </tbody>
    </table>
    <button type="button" class="attach-button" data-action="add-deadline" @click=${() => actions.addDeadlineRow()}>${plusIcon()} ${t("addDeadline", language)}</button>`;
  return modalView(
    {
      id: "deadlines",
      title: t("editCalendar", language),
      body,
      confirm: "save",
      onConfirm: actions.saveDeadlines,
      saving: modal.saving,
      error: modal.error,
    },
    language,
    actions,
  );
}
