//! An item's evidence rule in the pack editor, chosen by the kinds' Thai names: ticked
//! kinds with an "and / or" switch make `report & photo` or `report | photo`. A rule the
//! chooser cannot hold (and with or, in brackets) is shown in Thai words, read-only, with
//! "แก้ไขขั้นสูง" opening the box where the rule is typed as the pack writes it.

import { html, nothing, type TemplateResult } from "lit";
import { live } from "lit/directives/live.js";
import type { Actions } from "../actions";
import type { CriteriaPack, EvidenceType, Item, Language } from "../bindings";
import { choiceOf, parseRule, type RuleChoice, ruleOfChoice, ruleWords, typeIds } from "../evidence-rule";
import { pick, t } from "../i18n";
import type { RuleEditing, State } from "../state";
import { thaiText } from "./thai-words";

/** Where an item row is: what the chooser is opened on. */
export interface RowPlace {
  partId: string;
  sectionId: string;
  index: number;
}

type Reading = { kind: "none" } | { kind: "words"; words: string } | { kind: "unreadable"; why: string };

function read(rule: string | null, types: EvidenceType[], language: Language): Reading {
  if (rule === null || rule.trim() === "") return { kind: "none" };
  const reading = parseRule(rule);
  if (!reading.ok) return { kind: "unreadable", why: pick(reading.problem, language) };
  const known = new Set(types.map((type) => type.id));
  const missing = [...new Set(typeIds(reading.rule))].filter((id) => !known.has(id));
  if (missing.length > 0) return { kind: "unreadable", why: t("ruleUnknownKinds", language, { ids: missing.join(", ") }) };
  return { kind: "words", words: ruleWords(reading.rule, types, language) };
}

const isOpen = (open: RuleEditing | null, at: RowPlace) =>
  open !== null && open.partId === at.partId && open.sectionId === at.sectionId && open.index === at.index;

/** The rule cell of an item row: the rule in words and the button that opens the chooser. */
export function ruleCell(draft: CriteriaPack, item: Item, at: RowPlace, state: State, actions: Actions): TemplateResult {
  const language = state.language;
  const open = state.editor?.ruleOpen ?? null;
  const choice = choiceOf(item.evidence_rule, new Set(draft.evidence_types.map((type) => type.id)));
  const reading = read(item.evidence_rule, draft.evidence_types, language);
  const shown =
    reading.kind === "none"
      ? html`<span class="muted">${t("ruleNone", language)}</span>`
      : reading.kind === "words"
        ? html`<span class="rule-words" data-rule-words>${thaiText(reading.words)}</span>`
        : html`<code class="rule-tokens">${item.evidence_rule}</code> <small class="box-error">${reading.why}</small>`;
  const opening = (advanced: boolean) => () =>
    actions.openRuleChooser(isOpen(open, at) ? null : { ...at, advanced, join: choice?.join ?? "all" });
  return html`<div class="rule-cell thai-words">${shown}
    ${
      choice
        ? html`<button type="button" class="link-button" data-action="choose-rule" aria-expanded=${isOpen(open, at) ? "true" : "false"}
            @click=${opening(false)}>${t("ruleChoose", language)}</button>`
        : html`<button type="button" class="link-button" data-action="advanced-rule" aria-expanded=${isOpen(open, at) ? "true" : "false"}
            @click=${opening(true)}>${t("ruleAdvanced", language)}</button>`
    }</div>`;
}

function kindsChooser(item: Item, choice: RuleChoice, editing: RuleEditing, types: EvidenceType[], actions: Actions, language: Language) {
  const set = (next: RuleChoice) => actions.updateDraft(() => (item.evidence_rule = ruleOfChoice(next)));
  const group = `rule-join-${editing.partId}-${editing.sectionId}-${editing.index}`;
  const join = (value: "all" | "any") => html`<label class="rule-join-option">
      <input type="radio" name=${group} value=${value} .checked=${live(editing.join === value)}
        @change=${() => {
          actions.openRuleChooser({ ...editing, join: value });
          set({ ...choice, join: value });
        }} />
      <span>${t(value === "all" ? "ruleAll" : "ruleAny", language)}</span></label>`;
  return html`<div class="rule-join" role="radiogroup" aria-label=${t("evidenceRule", language)}>${join("all")} ${join("any")}</div>
    <div class="rule-kinds">${types.map(
      (type) => html`<label class="rule-kind">
        <input type="checkbox" name="rule-kind" value=${type.id} .checked=${live(choice.kinds.includes(type.id))}
          @change=${(event: Event) => {
            // Read from the item as it is now: two ticks can come before the next drawing.
            const now = choiceOf(item.evidence_rule, new Set(types.map((t) => t.id)))?.kinds ?? choice.kinds;
            const ticked = (event.target as HTMLInputElement).checked;
            const kinds = ticked ? [...now.filter((kind) => kind !== type.id), type.id] : now.filter((kind) => kind !== type.id);
            set({ join: editing.join, kinds });
          }} />
        <span>${thaiText(pick(type.title, language))}</span></label>`,
    )}</div>`;
}

/** The chooser, in a row of its own under the item's row, while open. */
export function ruleChooserRow(
  draft: CriteriaPack,
  item: Item,
  at: RowPlace,
  state: State,
  actions: Actions,
): TemplateResult | typeof nothing {
  const editing = state.editor?.ruleOpen ?? null;
  if (!editing || !isOpen(editing, at)) return nothing;
  const language = state.language;
  const types = draft.evidence_types;
  const choice = choiceOf(item.evidence_rule, new Set(types.map((type) => type.id)));
  const reading = read(item.evidence_rule, types, language);
  const simple = !editing.advanced && choice !== null;
  return html`<tr class="rule-row" data-rule-chooser=${item.id}><td colspan="6">
    <fieldset class="rule-chooser thai-words">
      <legend>${t("ruleLegend", language, { code: item.code || item.id })}</legend>
      ${
        simple
          ? kindsChooser(item, choice, editing, types, actions, language)
          : html`<label class="form-field"><span>${t("ruleTokens", language)}</span>
              <input type="text" name="evidence-rule" placeholder="report & (photo | document)" .value=${live(item.evidence_rule ?? "")}
                @input=${(event: Event) => {
                  const text = (event.target as HTMLInputElement).value;
                  actions.updateDraft(() => (item.evidence_rule = text.trim() === "" ? null : text));
                }} /></label>`
      }
      <p class="rule-result" data-rule-result>${t("ruleNeeds", language)}:
        ${
          reading.kind === "words"
            ? html`<strong>${thaiText(reading.words)}</strong> <code>${item.evidence_rule}</code>`
            : reading.kind === "none"
              ? t("ruleNone", language)
              : html`<span class="box-error">${reading.why}</span>`
        }</p>
      <div class="rule-buttons">
        ${
          simple
            ? html`<button type="button" class="link-button" data-action="advanced-rule" @click=${() => actions.openRuleChooser({ ...editing, advanced: true })}>${t("ruleAdvanced", language)}</button>`
            : choice
              ? html`<button type="button" class="link-button" data-action="simple-rule"
                  @click=${() => actions.openRuleChooser({ ...editing, advanced: false, join: choice.join })}>${t("ruleSimple", language)}</button>`
              : nothing
        }
        <button type="button" class="attach-button" data-action="rule-done" @click=${() => actions.openRuleChooser(null)}>${t("done", language)}</button>
      </div>
    </fieldset></td></tr>`;
}
