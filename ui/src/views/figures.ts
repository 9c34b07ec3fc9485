//! The figures behind an answer: a tally of responses per rating level (with what it
//! comes to, computed by the Rust side), numbers such as the sample size, and texts such
//! as who collected the data.

import { html, nothing, type TemplateResult } from "lit";
import { live } from "lit/directives/live.js";
import type { Actions } from "../actions";
import type { AnswerInput, Figure, Item } from "../bindings";
import { formatPoints, pick, t } from "../i18n";
import type { State } from "../state";
import { parseTypedNumber } from "./numbers";

function tallyView(item: Item, figure: Extract<Figure, { kind: "tally" }>, answer: AnswerInput, state: State, actions: Actions, editable: boolean) {
  const language = state.language;
  const value = answer.figures[figure.id];
  const counts = typeof value === "object" && value !== null ? (value as Record<string, number | undefined>) : {};
  const summary = state.checklist?.tallies.find((s) => s.item_id === item.id && s.figure_id === figure.id);
  return html`<fieldset class="tally" data-figure=${figure.id} ?disabled=${!editable}>
    <legend>${pick(figure.title, language)}</legend>
    ${figure.levels.map(
      (level) => html`<label class="tally-level">
        <span>${pick(level.title, language)}</span>
        <input type="number" inputmode="numeric" min="0" step="1" name="tally-${level.id}"
          .value=${live(counts[level.id]?.toString() ?? "")}
          @input=${(event: Event) => {
            const typed = parseTypedNumber((event.target as HTMLInputElement).value);
            actions.setTallyCount(item.id, figure.id, level.id, typed === null ? null : Math.max(0, Math.round(typed)));
          }}
          @blur=${() => actions.flush()} />
      </label>`,
    )}
    <p class="tally-summary" data-tally-summary>
      ${t("responses", language)} <strong>${summary?.responses ?? 0}</strong> ${t("people", language)}
      ${summary?.percent != null
        ? html` · ${t("satisfaction", language)} <strong data-tally-percent>${formatPoints(summary.percent, language)}%</strong>`
        : nothing}
    </p>
  </fieldset>`;
}

function simpleFigureView(item: Item, figure: Exclude<Figure, { kind: "tally" }>, answer: AnswerInput, state: State, actions: Actions, editable: boolean) {
  const language = state.language;
  const value = answer.figures[figure.id];
  const unit = figure.kind === "number" && figure.unit ? ` (${pick(figure.unit, language)})` : "";
  return html`<label class="figure-field" data-figure=${figure.id}>
    <span>${pick(figure.title, language)}${unit}</span>
    ${figure.kind === "number"
      ? html`<input type="number" inputmode="decimal" name="figure-${figure.id}" ?disabled=${!editable}
          .value=${live(typeof value === "number" ? value.toString() : "")}
          @input=${(event: Event) => actions.setFigure(item.id, figure.id, parseTypedNumber((event.target as HTMLInputElement).value))}
          @blur=${() => actions.flush()} />`
      : html`<input type="text" name="figure-${figure.id}" maxlength="2000" ?disabled=${!editable}
          .value=${live(typeof value === "string" ? value : "")}
          @input=${(event: Event) => actions.setFigure(item.id, figure.id, (event.target as HTMLInputElement).value)}
          @blur=${() => actions.flush()} />`}
  </label>`;
}

export function figuresView(item: Item, answer: AnswerInput, state: State, actions: Actions, editable: boolean): TemplateResult | typeof nothing {
  if (item.figures.length === 0) return nothing;
  return html`<div class="figures">
    ${item.figures.map((figure) =>
      figure.kind === "tally"
        ? tallyView(item, figure, answer, state, actions, editable)
        : simpleFigureView(item, figure, answer, state, actions, editable),
    )}
  </div>`;
}
