//! One number box for every place a number is typed: a text box with a numeric keyboard
//! hint, what was typed kept as typed (no redraw replaces it), read by the one reader in
//! `numbers.ts`, and a box that cannot be read marked red with the reason beside it and
//! its value left unsaved, so nothing typed is dropped without a word.

import { html, nothing, type TemplateResult } from "lit";
import { ifDefined } from "lit/directives/if-defined.js";
import { live } from "lit/directives/live.js";
import type { Actions } from "../actions";
import type { Language } from "../bindings";
import { formatPoints, t } from "../i18n";
import type { State } from "../state";
import { readNumber, type NumberReading, type NumberRule } from "./numbers";

export interface NumberBox {
  /** The box's key in `State.typed` (from `boxKey`). */
  key: string;
  name: string;
  /** The value in the draft, shown until something is typed. */
  stored: number | null;
  rule: NumberRule;
  /** A check that needs more than the box (sub-scores adding up past the item's points). */
  alsoCheck?: (value: number) => NumberReading | null;
  /** Saves a value read from the box (null when emptied). */
  apply: (value: number | null) => void;
  disabled?: boolean;
  label?: string;
  placeholder?: string;
  /** Leaving the box (answers send their save without waiting for the typing pause). */
  onLeave?: () => void;
}

/** What the box reads as, with the extra check applied. */
export function readBox(box: NumberBox, text: string): NumberReading {
  const reading = readNumber(text, box.rule);
  return reading.kind === "number" ? (box.alsoCheck?.(reading.value) ?? reading) : reading;
}

function reason(reading: Extract<NumberReading, { kind: "refused" }>, language: Language): string {
  const values = Object.fromEntries(Object.entries(reading.values).map(([name, value]) => [name, formatPoints(value, language)]));
  return `${t(reading.why, language, values)} · ${t("notSavedYet", language)}`;
}

export function numberBox(box: NumberBox, state: State, actions: Actions): TemplateResult {
  const language = state.language;
  const typed = state.typed.get(box.key);
  const text = typed?.text ?? (box.stored === null ? "" : String(box.stored));
  const reading = typed ? readBox(box, typed.text) : null;
  const refused = reading?.kind === "refused" ? reading : null;
  const messageId = `why-${box.key.replace(/[^A-Za-z0-9_-]/g, "_")}`;
  return html`<input type="text" inputmode=${box.rule.whole ? "numeric" : "decimal"} autocomplete="off" name=${box.name}
      class="number-box ${refused ? "invalid" : ""}" aria-invalid=${refused ? "true" : "false"}
      aria-describedby=${ifDefined(refused ? messageId : undefined)} aria-label=${ifDefined(box.label)}
      placeholder=${ifDefined(box.placeholder)} ?disabled=${box.disabled ?? false} .value=${live(text)}
      @input=${(event: Event) => {
        const value = (event.target as HTMLInputElement).value;
        const read = readBox(box, value);
        actions.keepTyped(box.key, value, read.kind === "refused" ? null : () => box.apply(read.kind === "number" ? read.value : null));
      }}
      @blur=${() => box.onLeave?.()} />${
        refused
          ? html`<small class="box-error" id=${messageId} role="alert" data-box-error=${box.name}>${reason(refused, language)}</small>`
          : nothing
      }`;
}
