//! The first run's question (issue 16): whom this PC works for, as two radio buttons
//! (arrow keys choose, Enter confirms); for the province, which province, and whether
//! its districts go on the roster at once.

import { html, nothing, type TemplateResult } from "lit";
import { live } from "lit/directives/live.js";
import type { Actions } from "../actions";
import type { DeskRole, Language } from "../bindings";
import { provincesByName, type RoleDialog } from "../desk-state";
import { t, type WordKey } from "../i18n";
import type { State } from "../state";
import { modalView } from "./modal";
import { thaiText } from "./thai-words";

const CHOICES: Array<[DeskRole, WordKey, WordKey]> = [
  ["district", "roleDistrict", "roleDistrictHint"],
  ["province", "roleProvince", "roleProvinceHint"],
];

function choice([role, label, hint]: (typeof CHOICES)[number], dialog: RoleDialog, language: Language, actions: Actions) {
  return html`<label class="check-field role-choice">
    <input type="radio" name="role" value=${role} .checked=${live(dialog.role === role)} @change=${() => actions.chooseRole(role)} />
    <span class="thai-words"><strong>${thaiText(t(label, language))}</strong>
      <span class="hint">${thaiText(t(hint, language))}</span></span>
  </label>`;
}

function provinceFields(dialog: RoleDialog, state: State, actions: Actions): TemplateResult {
  const language = state.language;
  const provinces = provincesByName(state.geography);
  return html`<div class="role-province" data-role-province>
    <label class="form-field">
      <span>${t("province", language)}</span>
      <select name="province" .value=${live(dialog.province)} ?disabled=${provinces.length === 0}
        @change=${(event: Event) => actions.setRoleProvince((event.target as HTMLSelectElement).value)}>
        <option value="" ?selected=${dialog.province === ""}>${t(provinces.length === 0 ? "loading" : "chooseProvince", language)}</option>
        ${provinces.map((p) => html`<option value=${p.name_th} ?selected=${dialog.province === p.name_th}>${p.name_th}</option>`)}
      </select>
    </label>
    <label class="check-field">
      <input type="checkbox" name="add-districts" .checked=${live(dialog.addDistricts)}
        @change=${(event: Event) => actions.setAddDistricts((event.target as HTMLInputElement).checked)} />
      <span>${t("addAllDistricts", language)}</span>
    </label>
  </div>`;
}

export function roleModal(dialog: RoleDialog, state: State, actions: Actions): TemplateResult {
  const language = state.language;
  const body = html`<p class="muted">${t("roleIntro", language)}</p>
    <fieldset class="role-choices" data-role-choices>
      <legend class="visually-hidden">${t("roleTitle", language)}</legend>
      ${CHOICES.map((c) => choice(c, dialog, language, actions))}
    </fieldset>
    ${dialog.role === "province" ? provinceFields(dialog, state, actions) : nothing}`;
  return modalView(
    {
      id: "role",
      title: t("roleTitle", language),
      body,
      confirm: "startUsing",
      onConfirm: actions.confirmRole,
      saving: dialog.saving,
      error: dialog.error,
      required: true,
      initialFocus: "input[name=role]:checked",
    },
    language,
    actions,
  );
}
