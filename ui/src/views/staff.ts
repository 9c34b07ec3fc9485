//! The "who is working" dialog: the office's staff as radio buttons (arrow keys pick,
//! Enter confirms), "ไม่ระบุ" for nobody, and the list itself to edit, one name a line.

import { html, nothing, type TemplateResult } from "lit";
import { live } from "lit/directives/live.js";
import type { Actions } from "../actions";
import { t } from "../i18n";
import { namesOf, type WhoDialog } from "../actions/staff";
import type { State } from "../state";
import { modalView } from "./modal";

function choice(name: string | null, label: string, dialog: WhoDialog, actions: Actions): TemplateResult {
  return html`<label class="check-field">
    <input type="radio" name="who" value=${name ?? ""} .checked=${live(dialog.chosen === name)}
      @change=${() => actions.chooseWho(name)} />
    <span>${label}</span>
  </label>`;
}

export function whoModal(dialog: WhoDialog, state: State, actions: Actions): TemplateResult {
  const language = state.language;
  const names = dialog.listText === null ? (state.staff?.names ?? []) : namesOf(dialog.listText);
  const body = html`<p>${t("whoIntro", language)}</p>
    <fieldset class="who-choices" data-who-choices>
      <legend class="visually-hidden">${t("whoTitle", language)}</legend>
      ${names.map((name) => choice(name, name, dialog, actions))}
      ${choice(null, t("nobody", language), dialog, actions)}
    </fieldset>
    ${
      dialog.listText === null
        ? html`<button type="button" class="link-button" data-action="edit-staff" @click=${() => actions.editStaffList()}>${t("editStaff", language)}</button>`
        : html`<label class="form-field wide">
          <span>${t("staffList", language)}</span>
          <textarea name="staff" rows="5" .value=${live(dialog.listText)}
            @input=${(event: Event) => actions.setStaffList((event.target as HTMLTextAreaElement).value)}></textarea>
        </label>`
    }
    ${names.length === 0 && dialog.listText === null ? html`<p class="muted">${t("noStaffYet", language)}</p>` : nothing}`;
  return modalView(
    {
      id: "who",
      title: t("whoTitle", language),
      body,
      confirm: "save",
      onConfirm: actions.confirmWho,
      saving: dialog.saving,
      error: dialog.error,
    },
    language,
    actions,
  );
}

/** The top bar's button: who is working now, pressed to change. */
export function whoButton(state: State, actions: Actions): TemplateResult {
  const language = state.language;
  const current = state.staff?.current ?? null;
  return html`<button type="button" class="who-button" data-action="choose-person" @click=${() => actions.openWho()}>
    ${t("workingAs", language)}: ${current ?? t("nobody", language)}</button>`;
}
