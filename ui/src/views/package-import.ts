//! An office's "import the province's criteria" dialog (issue 16): while the shell's file
//! dialog is open it says so; then who signed the package (the fingerprint large, to read
//! out on the phone) and whether this PC knows that key, a key it does not know (or one
//! that changed) asking to be checked with the province before the import button works,
//! and what taking it in would change. A refused file says why and what to do.

import { html, nothing, type TemplateResult } from "lit";
import { live } from "lit/directives/live.js";
import type { Actions } from "../actions";
import type { CommandError } from "../api";
import type { Language, PackagePreview } from "../bindings";
import { pick, t } from "../i18n";
import { canImport, type PackageImportDialog, packageErrorHint } from "../package-state";
import type { State } from "../state";
import { formatMoment } from "../thai-date";
import { checkIcon } from "./icons";
import { modalView } from "./modal";
import { packageChanges } from "./package-preview";
import { thaiText } from "./thai-words";

function keyCheckBox(dialog: PackageImportDialog, language: Language, actions: Actions): TemplateResult {
  return html`<label class="check-field key-check">
    <input type="checkbox" name="key-checked" .checked=${live(dialog.keyChecked)} ?disabled=${dialog.step !== "preview"}
      @change=${(event: Event) => actions.setKeyChecked((event.target as HTMLInputElement).checked)} />
    <span>${thaiText(t("keyChecked", language))}</span>
  </label>`;
}

/** Whether this PC knows the key: known says so quietly; new and changed ask for the phone check. */
function trustView(preview: PackagePreview, dialog: PackageImportDialog, language: Language, actions: Actions): TemplateResult {
  const trust = preview.trust;
  switch (trust.state) {
    case "known":
      return html`<p class="key-known" data-key-trust="known">${checkIcon()} ${t("keyKnown", language)}</p>`;
    case "new":
      return html`<div class="warning-box" data-key-trust="new">
        <p>${thaiText(t("keyNew", language))}</p>
        ${keyCheckBox(dialog, language, actions)}
      </div>`;
    case "changed":
      return html`<div class="danger-box" data-key-trust="changed">
        <p>${thaiText(t("keyChanged", language, { known: trust.known_fingerprint, fingerprint: preview.fingerprint }))}</p>
        ${keyCheckBox(dialog, language, actions)}
      </div>`;
  }
}

function signerView(preview: PackagePreview, dialog: PackageImportDialog, language: Language, actions: Actions): TemplateResult {
  return html`<section class="package-signer thai-words" aria-label=${t("signedBy", language)}>
    <p>${t("packageFrom", language)} <strong data-package-province>${t("provinceNamed", language, { province: preview.province })}</strong>
      · ${t("packageSignedAt", language)} ${formatMoment(preview.bagging_time, language)}</p>
    <p class="signed-by">${t("signedBy", language)}
      <span class="fingerprint big-fingerprint" data-package-fingerprint>${preview.fingerprint}</span></p>
    ${trustView(preview, dialog, language, actions)}
  </section>`;
}

/** A refusal with what to do about it, by its code. */
function errorView(error: CommandError | null, language: Language): TemplateResult | typeof nothing {
  if (!error) return nothing;
  const hint = packageErrorHint(error.code);
  return html`<div class="form-error thai-words" role="alert" data-error-code=${error.code}>
    <p>${thaiText(pick(error.payload.message, language))}</p>
    ${hint ? html`<p><strong>${thaiText(t(hint, language))}</strong></p>` : nothing}
  </div>`;
}

function bodyOf(dialog: PackageImportDialog, state: State, actions: Actions): TemplateResult {
  const language = state.language;
  const preview = dialog.preview;
  if (dialog.step === "choosing")
    return html`<p class="job-progress" role="status" data-package-choosing>${t("choosingPackage", language)}</p>`;
  if (!preview) {
    return html`${errorView(dialog.error, language)}
      <div class="choose-buttons">
        <button type="button" class="attach-button" data-action="choose-package" @click=${() => actions.choosePackage()}>${t("chooseOtherPackage", language)}</button>
      </div>`;
  }
  return html`${signerView(preview, dialog, language, actions)}
    ${preview.already_taken ? html`<p class="already-taken" role="status" data-already-taken>${checkIcon()} ${t("alreadyTaken", language)}</p>` : nothing}
    ${packageChanges(preview, language)}
    ${dialog.step === "importing" ? html`<p class="job-progress" role="status" data-package-importing>${t("importingNow", language)}…</p>` : nothing}
    ${errorView(dialog.error, language)}`;
}

export function packageImportModal(dialog: PackageImportDialog, state: State, actions: Actions): TemplateResult {
  const language = state.language;
  const offersImport = dialog.preview !== null && !dialog.preview.already_taken;
  const busy = dialog.step !== "preview";
  return modalView(
    {
      id: "package-import",
      title: t("packageImportTitle", language),
      body: bodyOf(dialog, state, actions),
      confirm: offersImport ? "importNow" : undefined,
      confirmDisabled: !canImport(dialog),
      onConfirm: actions.importPackage,
      saving: dialog.step === "importing",
      busy,
      dismiss: offersImport ? "cancel" : "close",
    },
    language,
    actions,
  );
}
