//! The figures behind an answer: a tally of responses per rating level (with what it
//! comes to, computed by the Rust side), numbers such as the sample size, and texts such
//! as who collected the data.

import { html, nothing, type TemplateResult } from "lit";
import { live } from "lit/directives/live.js";
import type { Actions } from "../actions";
import type { AnswerInput, Figure, Item } from "../bindings";
import { formatPoints, pick, t } from "../i18n";
import { boxKey, type State } from "../state";
import { numberBox } from "./number-box";

function tallyView(
  item: Item,
  figure: Extract<Figure, { kind: "tally" }>,
  answer: AnswerInput,
  state: State,
  actions: Actions,
  editable: boolean,
) {
  const language = state.language;
  const value = answer.figures[figure.id];
  const counts = typeof value === "object" && value !== null ? (value as Record<string, number | undefined>) : {};
  const summary = state.checklist?.tallies.find((s) => s.item_id === item.id && s.figure_id === figure.id);
  return html`<fieldset class="tally" data-figure=${figure.id} ?disabled=${!editable}>
    <legend>${pick(figure.title, language)}</legend>
    ${figure.levels.map(
      (level) => html`<label class="tally-level">
        <span>${pick(level.title, language)}</span>
        ${numberBox(
          {
            key: boxKey(item.id, `tally:${figure.id}:${level.id}`),
            name: `tally-${level.id}`,
            stored: counts[level.id] ?? null,
            rule: { min: 0, whole: true },
            apply: (count) => actions.setTallyCount(item.id, figure.id, level.id, count),
            onLeave: () => actions.flush(),
          },
          state,
          actions,
        )}
      </label>`,
    )}
    <p class="tally-summary" data-tally-summary>
      ${t("responses", language)} <strong>${summary?.responses ?? 0}</strong> ${t("people", language)}
      ${
        summary?.percent != null
          ? html` · ${t("satisfaction", language)} <strong data-tally-percent>${formatPoints(summary.percent, language)}%</strong>`
          : nothing
      }
    </p>
  </fieldset>`;
}

function simpleFigureView(
  item: Item,
  figure: Exclude<Figure, { kind: "tally" }>,
  answer: AnswerInput,
  state: State,
  actions: Actions,
  editable: boolean,
) {
  const language = state.language;
  const value = answer.figures[figure.id];
  const unit = figure.kind === "number" && figure.unit ? ` (${pick(figure.unit, language)})` : "";
  return html`<label class="figure-field" data-figure=${figure.id}>
    <span>${pick(figure.title, language)}${unit}</span>
    ${
      figure.kind === "number"
        ? numberBox(
            {
              key: boxKey(item.id, `figure:${figure.id}`),
              name: `figure-${figure.id}`,
              stored: typeof value === "number" ? value : null,
              rule: { min: figure.min, max: figure.max },
              apply: (number) => actions.setFigure(item.id, figure.id, number),
              disabled: !editable,
              onLeave: () => actions.flush(),
            },
            state,
            actions,
          )
        : html`<input type="text" name="figure-${figure.id}" maxlength="2000" ?disabled=${!editable}
          .value=${live(typeof value === "string" ? value : "")}
          @input=${(event: Event) => actions.setFigure(item.id, figure.id, (event.target as HTMLInputElement).value)}
          @blur=${() => actions.flush()} />`
    }
  </label>`;
}

export function figuresView(
  item: Item,
  answer: AnswerInput,
  state: State,
  actions: Actions,
  editable: boolean,
): TemplateResult | typeof nothing {
  if (item.figures.length === 0) return nothing;
  return html`<div class="figures">
    ${item.figures.map((figure) =>
      figure.kind === "tally"
        ? tallyView(item, figure, answer, state, actions, editable)
        : simpleFigureView(item, figure, answer, state, actions, editable),
    )}
  </div>`;
}
