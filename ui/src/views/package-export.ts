//! The province's "send the criteria to the offices" dialog (issue 16): the edition to
//! send (newest first, the shipped ones marked), which of the year's report dates go
//! along (each kind's dates shown beside its box), then the file written with the key
//! fingerprint the offices will check by phone, and the way to its folder.

import { html, nothing, type TemplateResult } from "lit";
import { live } from "lit/directives/live.js";
import type { Actions } from "../actions";
import type { PackSummary, PackageWritten, ReportDates, RoundKind } from "../bindings";
import { pick, roundKindWords, t } from "../i18n";
import { type PackageExportDialog, packageRequestOf, packKeyOf, ROUND_KINDS } from "../package-state";
import type { State } from "../state";
import { formatThaiDate } from "../thai-date";
import { checkIcon } from "./icons";
import { modalView } from "./modal";
import { thaiText } from "./thai-words";

function packLabel(pack: PackSummary, state: State): string {
  const language = state.language;
  const shipped = pack.builtin ? ` · ${t("builtinPack", language)}` : "";
  return `${t("editionLine", language, { title: pick(pack.title, language), version: pack.pack_version })}${shipped}`;
}

function editionField(dialog: PackageExportDialog, state: State, actions: Actions): TemplateResult {
  const language = state.language;
  const packs = dialog.packs;
  if (packs !== null && packs.length === 0) return html`<p class="form-error" data-no-packs>${t("noPacksToSend", language)}</p>`;
  return html`<label class="form-field">
    <span>${t("packageEdition", language)}</span>
    <select name="package-edition" ?disabled=${packs === null} .value=${live(dialog.packKey)}
      @change=${(event: Event) => actions.setPackageEdition((event.target as HTMLSelectElement).value)}>
      ${packs === null ? html`<option value="">${t("loading", language)}</option>` : nothing}
      ${(packs ?? []).map((pack) => html`<option value=${packKeyOf(pack)} ?selected=${dialog.packKey === packKeyOf(pack)}>${packLabel(pack, state)}</option>`)}
    </select>
  </label>`;
}

/** The dates a kind would send, and whose they are; nothing while they are read. */
function datesHint(dates: ReportDates | undefined, state: State): TemplateResult | typeof nothing {
  if (!dates) return nothing;
  const language = state.language;
  const when = dates.dates.length === 0 ? t("noDatesYet", language) : dates.dates.map((d) => formatThaiDate(d.date, language)).join(", ");
  return html`<small class="hint">${thaiText(`${when} · ${t(dates.edited ? "datesOwn" : "datesOfLetter", language)}`)}</small>`;
}

function datesField(dialog: PackageExportDialog, state: State, actions: Actions): TemplateResult {
  const language = state.language;
  const box = (kind: RoundKind) => html`<label class="check-field" data-package-dates=${kind}>
    <input type="checkbox" name="dates-${kind}" .checked=${live(dialog.kinds.includes(kind))}
      @change=${(event: Event) => actions.setPackageDates(kind, (event.target as HTMLInputElement).checked)} />
    <span>${pick(roundKindWords[kind], language)}${datesHint(dialog.dates[kind], state)}</span>
  </label>`;
  return html`<fieldset class="package-dates">
    <legend>${t("packageDatesHeading", language, { year: dialog.fiscalYear })}</legend>
    ${ROUND_KINDS.map(box)}
  </fieldset>`;
}

/** The folder the file went into: its path without the file's name. */
function folderOf(written: PackageWritten): string {
  return written.path.endsWith(written.file_name) ? written.path.slice(0, -written.file_name.length).replace(/[\\/]$/, "") : written.path;
}

function doneView(written: PackageWritten, state: State, actions: Actions): TemplateResult {
  const language = state.language;
  return html`<div class="export-done thai-words" data-package-written>
    <p class="safe-to-remove" role="status">${checkIcon()} ${thaiText(t("packageWritten", language))}</p>
    <dl class="facts">
      <div><dt>${t("files", language)}</dt><dd data-package-file>${written.file_name}</dd></div>
      <div><dt>${t("folder", language)}</dt><dd><span class="path">${folderOf(written)}</span>
        <button type="button" class="link-button" data-action="open-export-folder" @click=${() => actions.openExportFolder()}>${t("openFolder", language)}</button></dd></div>
    </dl>
    <p class="package-key" data-package-key>${t("keyFingerprint", language)}
      <span class="fingerprint big-fingerprint" data-package-fingerprint>${written.fingerprint}</span>: ${thaiText(t("fingerprintByPhone", language))}</p>
  </div>`;
}

export function packageExportModal(dialog: PackageExportDialog, state: State, actions: Actions): TemplateResult {
  const language = state.language;
  const body =
    dialog.step === "done" && dialog.written
      ? doneView(dialog.written, state, actions)
      : html`<p class="muted thai-words">${thaiText(t("sendPackageIntro", language))}</p>
        <fieldset class="package-options thai-words" ?disabled=${dialog.step !== "options"}>
          ${editionField(dialog, state, actions)}
          ${datesField(dialog, state, actions)}
        </fieldset>
        ${dialog.step === "running" ? html`<p class="job-progress" role="status" data-package-progress>${t("waitingForFolder", language)}</p>` : nothing}`;
  return modalView(
    {
      id: "package-export",
      title: t("sendPackageTitle", language),
      body,
      confirm: dialog.step === "done" ? undefined : "savePackageFile",
      confirmDisabled: packageRequestOf(dialog) === null,
      onConfirm: actions.exportPackage,
      saving: dialog.step === "running",
      busy: dialog.step === "running",
      error: dialog.error,
    },
    language,
    actions,
  );
}
