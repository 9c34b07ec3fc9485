//! The clerk's note on an item, shown whole wherever it is shown: a box that grows to its
//! text while the round can change, and plain wrapped text once it cannot (submitted,
//! approved, or received from another office), where a disabled one-line box cut it off
//! and the supervisor approving and the province could not read it.

import { html, nothing, type TemplateResult } from "lit";
import { live } from "lit/directives/live.js";
import { ref } from "lit/directives/ref.js";
import type { Actions } from "../actions";
import type { AnswerInput, Item } from "../bindings";
import { t } from "../i18n";
import type { State } from "../state";
import { thaiText } from "./thai-words";

/** Grows a note field to fit its text, so long notes stay readable without scrolling. */
export function fitToContent(field: HTMLTextAreaElement): void {
  fitAll([field]);
}

const fitted = new WeakMap<Element, string>();
/** Boxes to fit at the next frame, all together. */
const waiting = new Set<HTMLTextAreaElement>();

/** Fits a box once its text changes (also when it comes from the store, not typing). */
function fitWhenChanged(element: Element | undefined): void {
  if (!(element instanceof HTMLTextAreaElement) || fitted.get(element) === element.value) return;
  fitted.set(element, element.value);
  // After the render, when the box is in the page and has a width to wrap in.
  if (waiting.size === 0) requestAnimationFrame(fitWaiting);
  waiting.add(element);
}

/**
 * Fits every waiting box with one layout of the page. Fitting them one by one laid out
 * the page for each, and a year's 70 notes coming in a few steps took a frame's worth of
 * layouts per step.
 */
export function fitWaiting(): void {
  const fields = [...waiting].filter((field) => field.isConnected);
  waiting.clear();
  fitAll(fields);
}

/** Lets every field go, then measures them all (one layout), then sets each to its text. */
function fitAll(fields: HTMLTextAreaElement[]): void {
  for (const field of fields) field.style.height = "auto";
  const heights = fields.map((field) => field.scrollHeight);
  fields.forEach((field, index) => {
    field.style.height = `${heights[index] + 2}px`;
  });
}

/** Text kept as written (lines and all), for a round that can no longer change. */
export function readOnlyText(label: string, text: string, name: string): TemplateResult | typeof nothing {
  if (text.trim() === "") return nothing;
  return html`<div class="read-only-text" data-read-only=${name}>
    <span class="read-only-label">${label}</span>
    <p class="thai-words">${thaiText(text)}</p>
  </div>`;
}

export function noteView(
  item: Item,
  answer: AnswerInput,
  state: State,
  actions: Actions,
  editable: boolean,
): TemplateResult | typeof nothing {
  const language = state.language;
  if (!editable) return readOnlyText(t("note", language), answer.note, "note");
  return html`<label class="note">
    <span class="visually-hidden">${t("note", language)}</span>
    <textarea rows="1" placeholder=${`${t("note", language)}: ${t("notePlaceholder", language)}`}
      .value=${live(answer.note)} ${ref(fitWhenChanged)}
      @input=${(event: Event) => {
        fitToContent(event.target as HTMLTextAreaElement);
        actions.setNote(item.id, (event.target as HTMLTextAreaElement).value);
      }}
      @blur=${() => actions.flush()}></textarea>
  </label>`;
}
