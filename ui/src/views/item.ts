//! One criterion: its code and title, the status buttons, what it asks for (sub-scores,
//! a figure or text), the clerk's note, the typical evidence, and whether it is saved.

import { html, nothing, type TemplateResult } from "lit";
import { live } from "lit/directives/live.js";
import type { Actions } from "../actions";
import type { AnswerInput, AnswerStatus, Item, Language, Part } from "../bindings";
import { formatPoints, formatTime, pick, statusWords, t } from "../i18n";
import type { SaveStatus } from "../saver";
import { boxKey, emptyAnswer, isEditable, type State } from "../state";
import { formatThaiDate, readThaiDate, toTypedThaiDate } from "../thai-date";
import { evidenceFilesView, evidenceStatusView } from "./evidence";
import { figuresView } from "./figures";
import { noteView, readOnlyText } from "./note";
import { numberBox } from "./number-box";
import { checkIcon } from "./icons";
import { carriedBadge } from "./carry-over";
import { carriedFrom } from "../carry-over";

const STATUSES: AnswerStatus[] = ["not_started", "in_progress", "met", "not_met", "not_applicable"];

function statusGroup(item: Item, answer: AnswerInput, language: Language, actions: Actions, editable: boolean): TemplateResult {
  return html`<fieldset class="status-group" role="radiogroup" ?disabled=${!editable}>
    <legend class="visually-hidden">${t("status", language)}: ${item.code}</legend>
    ${STATUSES.map(
      (status) => html`<label class="status-option status-${status}" data-status=${status}>
        <input type="radio" name="status-${item.id}" value=${status} .checked=${live(answer.status === status)}
          @change=${() => actions.setStatus(item.id, status)} />
        <span>${pick(statusWords[status], language)}</span>
      </label>`,
    )}
  </fieldset>`;
}

function answerFields(part: Part, item: Item, answer: AnswerInput, state: State, actions: Actions, editable: boolean) {
  const language = state.language;
  const kind = item.answer;
  if (kind.kind === "points") {
    const total = kind.sub_scores.reduce((sum, sub) => sum + (answer.sub_scores[sub.id] ?? 0), 0);
    const max = item.points ?? part.rule.points_per_item;
    return html`<fieldset class="sub-scores" ?disabled=${!editable}>
      <legend>${t("subScores", language)}</legend>
      ${kind.sub_scores.map((sub) => {
        // The maximum is shown before anything is typed, not only once it is exceeded.
        const limit = sub.max_points ?? max;
        const others = total - (answer.sub_scores[sub.id] ?? 0);
        return html`<label class="sub-score" data-sub-score=${sub.id}>
          <span>${pick(sub.title, language)} <span class="sub-max">(${t("maxPoints", language, { max: formatPoints(limit, language) })})</span></span>
          ${numberBox(
            {
              key: boxKey(item.id, `sub:${sub.id}`),
              name: `sub-score-${sub.id}`,
              stored: answer.sub_scores[sub.id] ?? null,
              rule: { min: 0, max: limit },
              alsoCheck: (value) => (others + value > max + 1e-9 ? { kind: "refused", why: "subTotalOver", values: { max } } : null),
              apply: (value) => actions.setSubScore(item.id, sub.id, value),
              placeholder: `0–${formatPoints(limit, language)}`,
              onLeave: () => actions.flush(),
            },
            state,
            actions,
          )}
        </label>`;
      })}
      <p class="sub-total">${t("total", language)} <strong>${formatPoints(total, language)}</strong> / ${formatPoints(max, language)}</p>
    </fieldset>`;
  }
  if (kind.kind === "number") {
    return html`<label class="figure">
      <span>${t("figure", language)}${kind.unit ? ` (${pick(kind.unit, language)})` : ""}</span>
      ${numberBox(
        {
          key: boxKey(item.id, "number"),
          name: "value-number",
          stored: answer.value_number,
          rule: { min: kind.min, max: kind.max },
          apply: (value) => actions.setNumber(item.id, value),
          disabled: !editable,
          onLeave: () => actions.flush(),
        },
        state,
        actions,
      )}
    </label>`;
  }
  if (kind.kind === "text") {
    if (!editable) return readOnlyText(t("answerText", language), answer.value_text ?? "", "answer-text");
    return html`<label class="answer-text">
      <span>${t("answerText", language)}</span>
      <textarea rows="2" ?disabled=${!editable} .value=${live(answer.value_text ?? "")}
        @input=${(event: Event) => actions.setText(item.id, (event.target as HTMLTextAreaElement).value)}
        @blur=${() => actions.flush()}></textarea>
    </label>`;
  }
  return nothing;
}

function saveLine(itemId: string, status: SaveStatus | undefined, language: Language, actions: Actions) {
  if (!status) return html`<p class="save-state" aria-live="polite"></p>`;
  switch (status.kind) {
    case "pending":
    case "saving":
      return html`<p class="save-state saving" aria-live="polite">${t("saving", language)}</p>`;
    case "saved":
      return html`<p class="save-state saved" aria-live="polite" data-saved>
        ${checkIcon()} ${t("savedAt", language)} ${formatTime(status.result.answer.updated_at)}</p>`;
    case "failed":
      return html`<p class="save-state failed" role="alert" data-error-code=${status.error.code}>
        ${t("saveFailed", language)}: ${pick(status.error.payload.message, language)}
        <button type="button" @click=${() => actions.retry(itemId)}>${t("retry", language)}</button></p>`;
  }
}

function notApplicableReason(item: Item, answer: AnswerInput, language: Language, actions: Actions, editable: boolean) {
  if (answer.status !== "not_applicable") return nothing;
  const missing = answer.not_applicable_reason.trim() === "";
  return html`<label class="na-reason ${missing ? "missing" : ""}">
    <span>${t("notApplicableReason", language)}</span>
    <input type="text" name="not-applicable-reason" maxlength="2000" ?disabled=${!editable} .value=${live(answer.not_applicable_reason)}
      @input=${(event: Event) => actions.setNotApplicableReason(item.id, (event.target as HTMLInputElement).value)}
      @blur=${() => actions.flush()} />
  </label>`;
}

/**
 * The due date: what was typed stays in the box (a redraw never resets it), and beside it
 * what it was read as ("15 ม.ค. 2570"), or once the box is left, why it cannot be read.
 */
function dueDateField(item: Item, answer: AnswerInput, state: State, actions: Actions, editable: boolean, overdue: boolean) {
  const language = state.language;
  const typed = state.typed.get(boxKey(item.id, "due"));
  const reading = typed ? readThaiDate(typed.text, state.today) : null;
  const refused = reading?.kind === "refused" && typed?.checked ? reading : null;
  const shown = reading === null ? answer.due_date : reading.kind === "date" ? reading.iso : null;
  return html`<label class="meta-field ${overdue ? "overdue" : ""}">
      <span class="visually-hidden">${t("dueDate", language)}</span>
      <input type="text" name="due-date" inputmode="numeric" autocomplete="off" placeholder=${t("dueDate", language)} ?disabled=${!editable}
        class=${refused ? "invalid" : ""} aria-invalid=${refused ? "true" : "false"}
        .value=${live(typed?.text ?? toTypedThaiDate(answer.due_date))}
        @input=${(event: Event) => actions.typeDueDate(item.id, (event.target as HTMLInputElement).value)}
        @change=${(event: Event) => actions.setDueDate(item.id, (event.target as HTMLInputElement).value)} />
      ${
        refused
          ? html`<small class="box-error" role="alert" data-box-error="due-date">${t(refused.why, language, refused.values)} · ${t("notSavedYet", language)}</small>`
          : shown
            ? html`<small class="due-words" data-overdue=${overdue} data-due-words>${typed ? `${t("dateUnderstood", language)} ` : ""}${formatThaiDate(shown, language)}${overdue ? ` · ${t("overdue", language)}` : ""}</small>`
            : nothing
      }
    </label>`;
}

function metaRow(item: Item, answer: AnswerInput, state: State, actions: Actions, editable: boolean) {
  const language = state.language;
  const decided = answer.status === "met" || answer.status === "not_met" || answer.status === "not_applicable";
  const overdue = !decided && answer.due_date !== null && answer.due_date < state.today;
  return html`<div class="item-meta">
    <label class="meta-field">
      <span class="visually-hidden">${t("owner", language)}</span>
      <input type="text" name="owner" maxlength="200" placeholder=${t("owner", language)} ?disabled=${!editable} .value=${live(answer.owner)}
        @input=${(event: Event) => actions.setOwner(item.id, (event.target as HTMLInputElement).value)}
        @blur=${() => actions.flush()} />
    </label>
    ${dueDateField(item, answer, state, actions, editable, overdue)}
  </div>`;
}

export function itemView(state: State, actions: Actions, part: Part, item: Item): TemplateResult {
  const language = state.language;
  const answer = state.drafts.get(item.id) ?? emptyAnswer();
  const editable = isEditable(state.checklist?.round);
  const points = item.points ?? part.rule.points_per_item;
  const level = item.level === "basic" ? t("basicLevel", language) : item.level === "advanced" ? t("advancedLevel", language) : null;
  const needsReason = answer.status === "not_applicable" && answer.not_applicable_reason.trim() === "";
  return html`<article class="item status-${answer.status} ${state.dropTarget === item.id ? "drop-target" : ""}" id="item-${item.id}" data-item-id=${item.id}
      aria-labelledby="title-${item.id}">
    <span class="item-code">${item.code}</span>
    <div class="item-top">
      <div class="item-heading">
        <h4 id="title-${item.id}" class="item-title">${pick(item.title, language)}</h4>
        <span class="item-tags">
          ${level ? html`<span class="tag tag-${item.level}">${level}</span>` : nothing}
          ${points > 0 ? html`<span class="tag tag-points">${formatPoints(points, language)} ${t("points", language)}</span>` : nothing}
          ${item.confidence === "inferred" ? html`<span class="tag tag-inferred">${t("inferred", language)}</span>` : nothing}
          ${needsReason ? html`<span class="tag tag-warning">${t("needsReason", language)}</span>` : nothing}
          ${carriedBadge(carriedFrom(state.checklist, item.id), state)}
        </span>
      </div>
      ${statusGroup(item, answer, language, actions, editable)}
    </div>
    ${notApplicableReason(item, answer, language, actions, editable)}
    ${answerFields(part, item, answer, state, actions, editable)}
    ${figuresView(item, answer, state, actions, editable)}
    ${noteView(item, answer, state, actions, editable)}
    ${evidenceFilesView(item, state, actions, editable)}
    <div class="item-tools">
      ${evidenceStatusView(item, state, actions, editable)}
      ${metaRow(item, answer, state, actions, editable)}
    </div>
    <div class="item-foot">
      ${
        item.typical_evidence || item.guidance
          ? html`<details class="item-help">
            <summary>${t("typicalEvidence", language)}</summary>
            ${item.typical_evidence ? html`<p>${pick(item.typical_evidence, language)}</p>` : nothing}
            ${item.guidance ? html`<p class="guidance"><strong>${t("guidance", language)}:</strong> ${pick(item.guidance, language)}</p>` : nothing}
          </details>`
          : html`<span></span>`
      }
      <span class="foot-right">
        <button type="button" class="link-button" data-action="history" @click=${() => actions.openHistory(item.id)}>${t("history", language)}</button>
        ${saveLine(item.id, state.saves.get(item.id), language, actions)}
      </span>
    </div>
  </article>`;
}
