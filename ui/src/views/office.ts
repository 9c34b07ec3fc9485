//! The office profile form, in a modal over the checklist: who the office is and who is
//! responsible. It has a GECC Online username field and, on purpose, no password field.

import { html, nothing, type TemplateResult } from "lit";
import { live } from "lit/directives/live.js";
import type { Actions } from "../actions";
import type { Language, OfficeKind, OfficeProfile } from "../bindings";
import { pick, t, type WordKey } from "../i18n";
import type { State } from "../state";

const KINDS: Array<[OfficeKind, WordKey]> = [
  ["district_registration", "officeKindDistrict"],
  ["local_administration", "officeKindLocal"],
  ["other", "officeKindOther"],
];

type TextField = Exclude<keyof OfficeProfile, "kind">;

/** Fields that take a whole row; the others sit two to a row. */
const WIDE: TextField[] = ["name", "officer_name"];

const FIELDS: Array<[TextField, WordKey, string]> = [
  ["name", "officeName", "organization"],
  ["province", "province", "address-level1"],
  ["district", "district", "address-level2"],
  ["officer_name", "officerName", "name"],
  ["officer_position", "officerPosition", "organization-title"],
  ["officer_phone", "officerPhone", "tel"],
  ["officer_email", "officerEmail", "email"],
  ["gecc_username", "geccUsername", "username"],
];

function field(name: TextField, label: WordKey, autocomplete: string, draft: OfficeProfile, language: Language, actions: Actions) {
  return html`<label class="form-field ${WIDE.includes(name) ? "wide" : ""}">
    <span>${t(label, language)}</span>
    <input type=${name === "officer_email" ? "email" : name === "officer_phone" ? "tel" : "text"} name=${name}
      autocomplete=${autocomplete} maxlength="300" .value=${live(draft[name])}
      @input=${(event: Event) => actions.setOfficeField(name, (event.target as HTMLInputElement).value)} />
    ${name === "gecc_username" ? html`<small>${t("noPasswordStored", language)}</small>` : nothing}
  </label>`;
}

export function officeDialogView(state: State, actions: Actions): TemplateResult | typeof nothing {
  const dialog = state.officeDialog;
  if (!dialog) return nothing;
  const language = state.language;
  const { draft } = dialog;
  return html`<div class="modal-backdrop" @keydown=${(event: KeyboardEvent) => event.key === "Escape" && actions.closeOffice()}>
    <form class="modal" role="dialog" aria-modal="true" aria-labelledby="office-heading" data-office-form novalidate
      @submit=${(event: Event) => {
        event.preventDefault();
        actions.saveOffice();
      }}>
      <h2 id="office-heading">${t("officeProfile", language)}</h2>
      <div class="form-grid">
      <label class="form-field wide">
        <span>${t("officeKind", language)}</span>
        <select name="kind" .value=${live(draft.kind)}
          @change=${(event: Event) => actions.setOfficeField("kind", (event.target as HTMLSelectElement).value)}>
          ${KINDS.map(([kind, word]) => html`<option value=${kind} ?selected=${draft.kind === kind}>${t(word, language)}</option>`)}
        </select>
      </label>
      ${FIELDS.map(([name, label, autocomplete]) => field(name, label, autocomplete, draft, language, actions))}
      </div>
      ${dialog.error
        ? html`<p class="form-error" role="alert" data-error-code=${dialog.error.code}>${pick(dialog.error.payload.message, language)}</p>`
        : nothing}
      <div class="form-buttons">
        <button type="button" @click=${() => actions.closeOffice()}>${t("cancel", language)}</button>
        <button type="submit" class="primary" ?disabled=${dialog.saving}>${t("save", language)}</button>
      </div>
    </form>
  </div>`;
}
