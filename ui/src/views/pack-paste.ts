//! The paste box of a part in the pack editor: the text copied from the manual, the items
//! it reads as (number, text, section, level, points) to check before adding, the
//! numbers the part has already, the lines set aside, and what adding does to the part's
//! declared items and its worth. A part without sections (the readiness assessment) takes
//! a paste too: its section is made with the first item, and its questions replace the
//! form it declared.

import { html, nothing, type TemplateResult } from "lit";
import { live } from "lit/directives/live.js";
import type { Actions } from "../actions";
import type { ItemLevel, Language, Part } from "../bindings";
import { formatPoints, pick, t, type WordKey } from "../i18n";
import { pastePointsKey } from "../pack-editor";
import type { SetAsideReason } from "../pack-paste";
import { type AddingPlan, planAdding } from "../pack-structure";
import { codeTaken, type PasteBox, type PasteRow, plainNumbers, rowsToAdd } from "../paste-rows";
import type { State } from "../state";
import { numberBox } from "./number-box";
import { levelWord } from "./pack-structure";
import { thaiText } from "./thai-words";

const REASONS: Record<SetAsideReason, WordKey> = {
  "page-number": "setAsidePageNumber",
  "running-header": "setAsideRunningHeader",
  "section-heading": "setAsideSectionHeading",
  "before-first-item": "setAsideBeforeFirstItem",
};

/** The button that opens a part's paste box (a part without sections gets one with its first item). */
export function pasteOpener(part: Part, state: State, actions: Actions): TemplateResult | typeof nothing {
  if (state.editor?.paste?.partId === part.id) return nothing;
  return html`<button type="button" class="attach-button" data-action="open-paste" @click=${() => actions.openPaste(part.id)}>
    ${t("pasteItems", state.language)}</button>`;
}

function planWords(part: Part, plan: AddingPlan, language: Language): string[] {
  const level = (value: ItemLevel | null) => (value === null ? "" : `${levelWord(value, language)} `);
  const points = (value: number) => formatPoints(value, language);
  const lines: string[] = [];
  if (part.sections.length === 0) lines.push(t("pasteNewSection", language, { title: pick(part.title, language) }));
  for (const form of plan.replaced) lines.push(t("pasteReplaces", language, { items: form.items, declared: form.declared }));
  if (plan.taken.length > 0) {
    const list = plan.taken.map((b) => t("pasteTaken", language, { ...b, level: level(b.level), points: points(b.points) })).join(", ");
    lines.push(t("pasteTakes", language, { list }));
  }
  for (const group of plan.beyond) {
    lines.push(t("pasteBeyond", language, { items: group.items, level: level(group.level), points: points(group.points) }));
  }
  const partName = pick(part.title, language);
  lines.push(
    plan.totalBefore === 0 && plan.totalAfter === 0
      ? t("pasteNoPoints", language, { part: partName })
      : plan.beyond.length === 0
        ? t("pasteTotalStays", language, { part: partName, total: points(plan.totalAfter) })
        : t("pasteTotalChanges", language, { part: partName, before: points(plan.totalBefore), after: points(plan.totalAfter) }),
  );
  return lines;
}

function rowView(part: Part, row: PasteRow, index: number, state: State, actions: Actions): TemplateResult {
  const language = state.language;
  const flag = codeTaken(part, row.code) ? "pasteExists" : row.title === "" ? "pasteNoTitle" : null;
  const cells = flag
    ? html`<td colspan="3" class="paste-flag" data-paste-flag>${thaiText(t(flag, language))}</td>`
    : html`${
        part.sections.length === 0
          ? html`<td class="paste-new-section">${t("newSection", language)}</td>`
          : html`<td><select name="paste-section" aria-label=${t("pasteSection", language)}
          @change=${(e: Event) => actions.setPastedRow(index, { sectionId: (e.target as HTMLSelectElement).value })}>
          ${part.sections.map((s) => html`<option value=${s.id} ?selected=${s.id === row.sectionId}>${s.code || pick(s.title, language)}</option>`)}</select></td>`
      }
        <td><select name="paste-level" aria-label=${t("itemLevel", language)}
          @change=${(e: Event) => actions.setPastedRow(index, { level: ((e.target as HTMLSelectElement).value || null) as ItemLevel | null })}>
          <option value="" ?selected=${row.level === null}>${t("noLevel", language)}</option>
          <option value="basic" ?selected=${row.level === "basic"}>${t("basicLevel", language)}</option>
          <option value="advanced" ?selected=${row.level === "advanced"}>${t("advancedLevel", language)}</option></select></td>
        <td>${numberBox(
          {
            key: pastePointsKey(index),
            name: "paste-points",
            stored: row.points,
            rule: { min: 0 },
            label: `${t("itemPoints", language)} ${row.code}`,
            placeholder: formatPoints(part.rule.points_per_item, language),
            apply: (points) => actions.setPastedRow(index, { points }),
          },
          state,
          actions,
        )}</td>`;
  return html`<tr data-paste-row=${row.code} class=${flag ? "paste-flagged" : ""}>
    <td class="paste-code">${row.code}</td><td>${thaiText(row.title)}</td>${cells}</tr>`;
}

function setAsideView(box: PasteBox, language: Language): TemplateResult | typeof nothing {
  const kept =
    box.keptAsText.length === 0
      ? nothing
      : html`<ul class="paste-kept" data-paste-kept>${box.keptAsText.map((line) => html`<li>${thaiText(t("keptAsText", language, { ...line }))}</li>`)}</ul>`;
  if (box.setAside.length === 0) return kept;
  return html`${kept}<details class="paste-skipped" open data-paste-skipped>
    <summary>${t("pasteSetAside", language, { count: box.setAside.length })}</summary>
    <ul>${box.setAside.map(
      (line) =>
        html`<li>${t("pasteLine", language, { line: line.line })}: <q>${thaiText(line.text)}</q> · ${t(REASONS[line.why], language)}</li>`,
    )}</ul></details>`;
}

function preview(part: Part, box: PasteBox, state: State, actions: Actions): TemplateResult | typeof nothing {
  const language = state.language;
  if (box.text.trim() === "") return nothing;
  if (box.rows.length === 0) {
    const nothingFound = t(plainNumbers(part) ? "pasteNothingPlain" : "pasteNothing", language);
    return html`<p class="paste-count" data-paste-count>${thaiText(nothingFound)}</p>${setAsideView(box, language)}`;
  }
  const adding = rowsToAdd(part, box.rows);
  const plan = planAdding(
    part,
    adding,
    state.editor?.base.parts.find((p) => p.id === part.id),
  );
  return html`<div class="paste-preview" data-paste-preview>
    <p class="paste-count" data-paste-count>${t("pasteFound", language, { found: box.rows.length, adding: adding.length })}</p>
    <table class="editor-items paste-table">
      <thead><tr><th>${t("code", language)}</th><th>${t("titleTh", language)}</th><th>${t("pasteSection", language)}</th>
        <th>${t("itemLevel", language)}</th><th>${t("itemPoints", language)}</th></tr></thead>
      <tbody>${box.rows.map((row, index) => rowView(part, row, index, state, actions))}</tbody>
    </table>
    ${setAsideView(box, language)}
    <div class="paste-plan" data-paste-plan>${planWords(part, plan, language).map((line) => html`<p>${thaiText(line)}</p>`)}</div>
  </div>`;
}

/** The paste box of a part, while open. */
export function pasteBoxView(part: Part, state: State, actions: Actions): TemplateResult | typeof nothing {
  const box = state.editor?.paste;
  if (!box || box.partId !== part.id) return nothing;
  const language = state.language;
  const adding = rowsToAdd(part, box.rows).length;
  return html`<section class="paste-box thai-words" data-paste-box=${part.id} aria-labelledby="paste-${part.id}">
    <h4 id="paste-${part.id}">${t("pasteItems", language)}</h4>
    <p class="muted">${thaiText(t(plainNumbers(part) ? "pasteHintPlain" : "pasteHint", language))}</p>
    <label class="form-field"><span>${t("pastedText", language)}</span>
      <textarea name="paste" rows="8" .value=${live(box.text)}
        @input=${(e: Event) => actions.setPasteText((e.target as HTMLTextAreaElement).value)}></textarea></label>
    ${preview(part, box, state, actions)}
    <div class="paste-buttons">
      <button type="button" class="primary" data-action="add-pasted" ?disabled=${adding === 0} @click=${() => actions.addPastedItems()}>
        ${t("addPasted", language, { count: adding })}</button>
      <button type="button" data-action="close-paste" @click=${() => actions.openPaste(null)}>${t("cancel", language)}</button>
    </div>
  </section>`;
}
