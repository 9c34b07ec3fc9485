//! The roster dialog (issue 16): the offices the province expects bundles from, each
//! phone number editable where it stands (saved when its box is left) and a remove
//! button asking once more; below, every district of a province added at once, and a
//! local organisation added by name. What each part did, or why not, is said beside it.

import { html, nothing, type TemplateResult } from "lit";
import { live } from "lit/directives/live.js";
import { repeat } from "lit/directives/repeat.js";
import type { Actions } from "../actions";
import type { Language, OfficeKind, RosterEntry, RosterOfficeInput } from "../bindings";
import { provincesByName, type RosterDialog, type RosterPart } from "../desk-state";
import { pick, t, type WordKey } from "../i18n";
import type { State } from "../state";
import { modalView } from "./modal";

const LOCAL_KINDS: Array<[OfficeKind, WordKey]> = [
  ["local_administration", "officeKindLocal"],
  ["other", "officeKindOther"],
];

/** Moves the focus once the next render has drawn what a press showed. */
function focusAfterRender(selector: string): void {
  requestAnimationFrame(() => document.querySelector<HTMLElement>(selector)?.focus());
}

/** What the last change of this part did, or why it was refused. */
function outcome(dialog: RosterDialog, part: RosterPart, language: Language): TemplateResult | typeof nothing {
  if (dialog.error && dialog.errorAt === part) {
    return html`<p class="form-error" role="alert" data-error-code=${dialog.error.code}>${pick(dialog.error.payload.message, language)}</p>`;
  }
  if (dialog.done?.part === part)
    return html`<p class="roster-done" role="status" data-roster-done>${pick(dialog.done.text, language)}</p>`;
  return nothing;
}

function entryRows(entry: RosterEntry, dialog: RosterDialog, language: Language, actions: Actions): TemplateResult {
  const asking = dialog.removing === entry.id;
  return html`<tr data-roster-entry=${entry.id}>
      <th scope="row">${entry.name}</th>
      <td>${entry.district}</td>
      <td class="roster-phone">
        <input type="tel" name="phone" autocomplete="off" maxlength="300" .value=${entry.phone}
          aria-label="${t("phone", language)} ${entry.name}"
          @change=${(event: Event) => actions.setRosterPhone(entry.id, (event.target as HTMLInputElement).value)} />
        ${dialog.phoneSaved === entry.id ? html`<small class="roster-done" data-phone-saved>${t("savedAt", language)}</small>` : nothing}
      </td>
      <td><button type="button" class="link-button" data-action="remove" data-remove=${entry.id} aria-expanded=${asking ? "true" : "false"}
        @click=${() => {
          actions.askRemoveFromRoster(entry.id);
          focusAfterRender(`[data-remove-ask="${entry.id}"] [data-action="confirm-remove"]`);
        }}>${t("remove", language)}</button></td>
    </tr>
    ${
      asking
        ? html`<tr class="remove-ask" data-remove-ask=${entry.id}><td colspan="4">
          <span>${t("removeFromRosterAsk", language, { name: entry.name })}</span>
          <button type="button" class="danger" data-action="confirm-remove" @click=${() => actions.removeFromRoster(entry.id)}>${t("confirmRemove", language)}</button>
          <button type="button" data-action="keep" @click=${() => {
            actions.askRemoveFromRoster(null);
            focusAfterRender(`[data-remove="${entry.id}"]`);
          }}>${t("keep", language)}</button>
        </td></tr>`
        : nothing
    }`;
}

function listPart(dialog: RosterDialog, language: Language, actions: Actions): TemplateResult {
  const entries = dialog.entries;
  if (entries === null) return html`<p class="muted">${t("loading", language)}</p>`;
  if (entries.length === 0)
    return html`<p class="muted" data-roster-none>${t("rosterNone", language)}</p>${outcome(dialog, "list", language)}`;
  return html`<div class="roster-scroll">
      <table class="roster-table" data-roster-table>
        <thead><tr>
          <th scope="col">${t("office", language)}</th>
          <th scope="col">${t("district", language)}</th>
          <th scope="col">${t("phone", language)}</th>
          <th scope="col"><span class="visually-hidden">${t("remove", language)}</span></th>
        </tr></thead>
        <tbody>${repeat(
          entries,
          (entry) => entry.id,
          (entry) => entryRows(entry, dialog, language, actions),
        )}</tbody>
      </table>
    </div>
    ${outcome(dialog, "list", language)}`;
}

function provincePart(dialog: RosterDialog, state: State, actions: Actions): TemplateResult {
  const language = state.language;
  const provinces = provincesByName(state.geography);
  return html`<section class="roster-add" aria-labelledby="roster-province-heading">
    <h3 id="roster-province-heading">${t("addProvinceHeading", language)}</h3>
    <div class="roster-add-row">
      <label class="form-field">
        <span>${t("province", language)}</span>
        <select name="roster-province" .value=${live(dialog.province)}
          @change=${(event: Event) => actions.setRosterProvince((event.target as HTMLSelectElement).value)}>
          <option value="" ?selected=${dialog.province === ""}>${t("chooseProvince", language)}</option>
          ${provinces.map((p) => html`<option value=${p.name_th} ?selected=${dialog.province === p.name_th}>${p.name_th}</option>`)}
        </select>
      </label>
      <button type="button" data-action="add-districts" ?disabled=${dialog.saving} @click=${() => actions.addProvinceDistricts()}>${t("addDistricts", language)}</button>
      ${outcome(dialog, "province", language)}
    </div>
  </section>`;
}

function officePart(dialog: RosterDialog, state: State, actions: Actions): TemplateResult {
  const language = state.language;
  const draft = dialog.draft;
  const set = (field: keyof RosterOfficeInput) => (event: Event) => actions.setRosterDraft(field, (event.target as HTMLInputElement).value);
  // Enter in a box adds the organisation, as the section's own button would.
  const enterAdds = (event: KeyboardEvent) => {
    if (event.key !== "Enter" || !(event.target instanceof HTMLInputElement)) return;
    event.preventDefault();
    actions.addOfficeToRoster();
  };
  const districts = state.geography?.provinces.find((p) => p.name_th === state.office?.province)?.districts ?? [];
  return html`<section class="roster-add" aria-labelledby="roster-office-heading" @keydown=${enterAdds}>
    <h3 id="roster-office-heading">${t("addLocalHeading", language)}</h3>
    <div class="roster-office-grid">
      <label class="form-field"><span>${t("officeName", language)}</span>
        <input type="text" name="office-name" maxlength="300" .value=${live(draft.name)} @input=${set("name")} /></label>
      <label class="form-field"><span>${t("officeKind", language)}</span>
        <select name="office-kind" .value=${live(draft.kind)} @change=${set("kind")}>
          ${LOCAL_KINDS.map(([kind, word]) => html`<option value=${kind} ?selected=${draft.kind === kind}>${t(word, language)}</option>`)}
        </select></label>
      <label class="form-field"><span>${t("districtOptional", language)}</span>
        <input type="text" name="office-district" list="roster-districts" maxlength="300" .value=${live(draft.district)} @input=${set("district")} />
        <datalist id="roster-districts">${districts.map((d) => html`<option value=${d.name_th}></option>`)}</datalist></label>
      <label class="form-field"><span>${t("phone", language)}</span>
        <input type="tel" name="office-phone" maxlength="300" .value=${live(draft.phone)} @input=${set("phone")} /></label>
      <div class="form-field roster-add-button">
        <button type="button" data-action="add-office" ?disabled=${dialog.saving} @click=${() => actions.addOfficeToRoster()}>${t("addToRoster", language)}</button>
      </div>
    </div>
    ${outcome(dialog, "office", language)}
  </section>`;
}

export function rosterModal(dialog: RosterDialog, state: State, actions: Actions): TemplateResult {
  const language = state.language;
  const count = dialog.entries ? ` (${dialog.entries.length})` : "";
  const body = html`<p class="muted roster-intro">${t("rosterIntro", language)}</p>
    ${listPart(dialog, language, actions)}
    ${provincePart(dialog, state, actions)}
    ${officePart(dialog, state, actions)}`;
  return modalView({ id: "roster", title: `${t("roster", language)}${count}`, body }, language, actions);
}
