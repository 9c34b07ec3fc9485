//! The pack editor: an office or province edition of a pack, every field editable but
//! the items' stable ids (a new item's follows its number), the declared-but-unlisted
//! items one click or one paste from being filled in, evidence rules chosen by the kinds'
//! Thai names, each part checked against what it declared, and the Rust side's checks
//! shown before saving. A part only declared (the readiness assessment) gets its section
//! with its first item, added or pasted.

import { html, nothing, type TemplateResult } from "lit";
import { live } from "lit/directives/live.js";
import type { Actions } from "../actions";
import type { CriteriaPack, Item, ItemLevel, Language, Part, Section } from "../bindings";
import { formatPoints, pick, t } from "../i18n";
import { PACK_BOXES, pointsBoxKey } from "../pack-editor";
import { isNewItem } from "../new-items";
import { checkStructure, type LevelCheck } from "../pack-structure";
import { boxKey, type PackEditor, type State } from "../state";
import { ruleCell, ruleChooserRow } from "./evidence-rule-chooser";
import { numberBox } from "./number-box";
import { checkIcon, plusIcon } from "./icons";
import { pasteBoxView, pasteOpener } from "./pack-paste";
import { structureView } from "./pack-structure";

const value = (event: Event) => (event.target as HTMLInputElement).value;

function headerFields(draft: CriteriaPack, state: State, actions: Actions): TemplateResult {
  const language = state.language;
  const text = (label: string, name: string, current: string, set: (d: CriteriaPack, v: string) => void, wide = false) =>
    html`<label class="form-field ${wide ? "wide" : ""}"><span>${label}</span>
      <input type="text" name=${name} .value=${live(current)} @input=${(e: Event) => actions.updateDraft((d) => set(d, value(e)))} /></label>`;
  return html`<div class="form-grid editor-header">
    ${text(t("packId", language), "pack-id", draft.pack_id, (d, v) => (d.pack_id = v.trim()))}
    <label class="form-field"><span>${t("packVersion", language)}</span>
      ${numberBox(
        {
          key: boxKey(PACK_BOXES, "version"),
          name: "pack-version",
          stored: draft.pack_version,
          rule: { min: 1, whole: true },
          apply: (version) => actions.updateDraft((d) => (d.pack_version = version ?? 0)),
        },
        state,
        actions,
      )}</label>
    ${text(t("titleTh", language), "title-th", draft.title.th, (d, v) => (d.title.th = v), true)}
    ${text(t("titleEn", language), "title-en", draft.title.en, (d, v) => (d.title.en = v), true)}
    <label class="form-field"><span>${t("yearBe", language)}</span>
      ${numberBox(
        {
          key: boxKey(PACK_BOXES, "year"),
          name: "year",
          stored: draft.year_be,
          rule: { min: 2500, max: 2700, whole: true },
          apply: (year) => actions.updateDraft((d) => (d.year_be = year ?? 0)),
        },
        state,
        actions,
      )}</label>
    <label class="form-field"><span>${t("completeness", language)}</span>
      <select name="completeness" @change=${(e: Event) => actions.updateDraft((d) => (d.source.completeness = value(e) as "complete" | "incomplete"))}>
        <option value="incomplete" ?selected=${draft.source.completeness === "incomplete"}>${t("incomplete", language)}</option>
        <option value="complete" ?selected=${draft.source.completeness === "complete"}>${t("complete", language)}</option>
      </select></label>
    <label class="form-field wide"><span>${t("sourceNote", language)}</span>
      <textarea name="source" rows="2" .value=${live(draft.source.description.th)}
        @input=${(e: Event) => actions.updateDraft((d) => (d.source.description.th = value(e)))}></textarea></label>
  </div>`;
}

function itemRow(
  draft: CriteriaPack,
  part: Part,
  section: Section,
  item: Item,
  index: number,
  state: State,
  actions: Actions,
): TemplateResult {
  const language = state.language;
  const at = (d: CriteriaPack) => d.parts.find((p) => p.id === part.id)?.sections.find((s) => s.id === section.id)?.items[index];
  const set = (change: (i: Item) => void) =>
    actions.updateDraft((d) => {
      const target = at(d);
      if (target) change(target);
    });
  const place = { partId: part.id, sectionId: section.id, index };
  const fresh = state.editor !== null && isNewItem(state.editor.base, item);
  return html`<tr data-draft-item=${item.id}>
    <td><input type="text" name="code" aria-label=${t("code", language)} .value=${live(item.code)}
      @input=${(e: Event) => actions.setDraftItemCode(part.id, section.id, index, value(e))} /></td>
    <td><select name="level" aria-label=${t("itemLevel", language)} @change=${(e: Event) => set((i) => (i.level = (value(e) || null) as ItemLevel | null))}>
      <option value="" ?selected=${item.level === null}>${t("noLevel", language)}</option>
      <option value="basic" ?selected=${item.level === "basic"}>${t("basicLevel", language)}</option>
      <option value="advanced" ?selected=${item.level === "advanced"}>${t("advancedLevel", language)}</option>
    </select></td>
    <td>${numberBox(
      {
        key: pointsBoxKey(part.id, section.id, index),
        name: "points",
        stored: item.points,
        rule: { min: 0 },
        label: t("itemPoints", language),
        placeholder: formatPoints(part.rule.points_per_item, language),
        apply: (points) => set((i) => (i.points = points)),
      },
      state,
      actions,
    )}</td>
    <td class="title-cell">
      <textarea name="title-th" rows="2" aria-label=${t("titleTh", language)} .value=${live(item.title.th)} @input=${(e: Event) => set((i) => (i.title.th = value(e)))}></textarea>
      <textarea name="title-en" rows="1" aria-label=${t("titleEn", language)} placeholder="English" .value=${live(item.title.en)} @input=${(e: Event) => set((i) => (i.title.en = value(e)))}></textarea>
      <span class="item-id">${t("itemId", language)}: <code data-item-id-text title=${fresh ? t("itemIdFollowsCode", language) : ""}>${item.id}</code></span></td>
    <td>${ruleCell(draft, item, place, state, actions)}</td>
    <td><button type="button" class="link-button" @click=${() => actions.removeDraftItem(part.id, section.id, index)}>${t("remove", language)}</button></td>
  </tr>${ruleChooserRow(draft, item, place, state, actions)}`;
}

function partEditor(draft: CriteriaPack, part: Part, checks: LevelCheck[], state: State, actions: Actions): TemplateResult {
  const language = state.language;
  return html`<section class="editor-part" data-editor-part=${part.id}>
    <h3>${pick(part.title, language)}</h3>
    ${structureView(checks, language)}
    ${part.sections.map(
      (section) => html`<h4>${pick(section.title, language)}</h4>
        <table class="editor-items">
          <thead><tr>
            <th>${t("code", language)}</th><th>${t("itemLevel", language)}</th>
            <th>${t("itemPoints", language)}</th><th>${t("titleTh", language)} / ${t("titleEn", language)}</th>
            <th>${t("evidenceRule", language)}</th><th></th>
          </tr></thead>
          <tbody>${section.items.map((item, index) => itemRow(draft, part, section, item, index, state, actions))}</tbody>
        </table>
        <button type="button" class="attach-button" @click=${() => actions.addDraftItem(part.id, section.id)}>${plusIcon()} ${t("addItem", language)}</button>`,
    )}
    ${
      part.sections.length === 0
        ? html`<button type="button" class="attach-button" data-action="add-first-item" @click=${() => actions.addDraftItem(part.id, part.id)}>
            ${plusIcon()} ${t("addItem", language)}</button>`
        : nothing
    }
    ${part.undisclosed.map(
      (block, index) => html`<div class="undisclosed" data-editor-undisclosed=${part.id}>
        <p><strong>${t("undisclosedBlock", language)}</strong> · ${block.expected_items} ${t("items", language)} ·
          ${formatPoints(block.points, language)} ${t("points", language)} — ${pick(block.note, language)}</p>
        <button type="button" class="attach-button" data-action="fill-in" @click=${() => actions.fillUndisclosed(part.id, index)}>${t("fillIn", language)}</button>
      </div>`,
    )}
    ${pasteOpener(part, state, actions)} ${pasteBoxView(part, state, actions)}
  </section>`;
}

function problemsView(editor: PackEditor, language: Language): TemplateResult | typeof nothing {
  if (editor.problems === null) return nothing;
  if (editor.problems.length === 0) return html`<p class="editor-ok" data-pack-ok>${checkIcon()} ${t("packOk", language)}</p>`;
  return html`<div class="editor-problems" role="alert" data-pack-problems>
    <strong>${t("packProblems", language)}</strong>
    <ul>${editor.problems.map((problem) => html`<li>${problem}</li>`)}</ul>
  </div>`;
}

export function packEditorView(state: State, actions: Actions): TemplateResult | typeof nothing {
  const editor = state.editor;
  if (!editor) return nothing;
  const language = state.language;
  const draft = editor.draft;
  const checks = checkStructure(editor.base, draft);
  return html`<section class="pack-editor" data-pack-editor aria-labelledby="editor-heading">
    <header class="editor-top">
      <h1 id="editor-heading">${t("editorTitle", language)}</h1>
      <span class="muted">${t("editorBasedOn", language)} ${editor.basedOn}</span>
      <span class="editor-buttons">
        <button type="button" data-action="check-pack" @click=${() => actions.checkDraft()}>${t("checkPack", language)}</button>
        <button type="button" class="primary" data-action="save-pack" ?disabled=${editor.saving} @click=${() => actions.saveDraft()}>${t("savePack", language)}</button>
        ${
          editor.saved
            ? html`<button type="button" data-action="export-saved" @click=${() => actions.exportPack(editor.saved!.packId, editor.saved!.version)}>${t("exportSaved", language)}</button>`
            : nothing
        }
        <button type="button" data-action="close-editor" @click=${() => actions.closePackEditor()}>${t("close", language)}</button>
      </span>
    </header>
    <p class="muted">${t("editorHint", language)}</p>
    ${problemsView(editor, language)}
    ${headerFields(draft, state, actions)}
    ${draft.parts.map((part) =>
      partEditor(
        draft,
        part,
        checks.filter((check) => check.partId === part.id),
        state,
        actions,
      ),
    )}
  </section>`;
}
