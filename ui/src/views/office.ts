//! The office profile form: who the office is and who is responsible, and this PC's key
//! fingerprint for the province to confirm by phone. It has a GECC Online username field
//! and, on purpose, no password field.

import { html, type TemplateResult } from "lit";
import { live } from "lit/directives/live.js";
import type { Actions } from "../actions";
import type { Language, OfficeKind, OfficeProfile } from "../bindings";
import { t, type WordKey } from "../i18n";
import type { Modal } from "../state";
import { modalView } from "./modal";

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
    ${name === "gecc_username" ? html`<small>${t("noPasswordStored", language)}</small>` : ""}
  </label>`;
}

function fingerprintView(fingerprint: string | null, language: Language): TemplateResult | string {
  if (!fingerprint) return "";
  return html`<div class="key-fingerprint" data-key-fingerprint>
    <span class="label">${t("thisPcKey", language)}</span>
    <strong class="fingerprint">${fingerprint}</strong>
    <small>${t("fingerprintHint", language)}</small>
  </div>`;
}

export function officeModal(
  modal: Extract<Modal, { kind: "office" }>,
  fingerprint: string | null,
  language: Language,
  actions: Actions,
): TemplateResult {
  const { draft } = modal;
  const body = html`${modal.firstRun ? html`<p class="welcome">${t("welcome", language)}</p>` : ""}
    <div class="form-grid" data-office-form>
    <label class="form-field wide">
      <span>${t("officeKind", language)}</span>
      <select name="kind" .value=${live(draft.kind)}
        @change=${(event: Event) => actions.setOfficeField("kind", (event.target as HTMLSelectElement).value)}>
        ${KINDS.map(([kind, word]) => html`<option value=${kind} ?selected=${draft.kind === kind}>${t(word, language)}</option>`)}
      </select>
    </label>
    ${FIELDS.map(([name, label, autocomplete]) => field(name, label, autocomplete, draft, language, actions))}
  </div>
  ${fingerprintView(fingerprint, language)}`;
  return modalView(
    {
      id: "office",
      title: t("officeProfile", language),
      body,
      confirm: "save",
      onConfirm: actions.saveOffice,
      saving: modal.saving,
      error: modal.error,
      dismiss: modal.firstRun ? "later" : undefined,
    },
    language,
    actions,
  );
}
