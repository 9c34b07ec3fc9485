//! The export dialog: what to include (photos reduced for e-mail or as attached), what it
//! will write (size before and after reducing, files, parts and their names) before
//! anything is written, the progress of reducing, writing and reading back with Cancel,
//! and a result plain enough to trust before pulling out the USB stick.

import { html, nothing, type TemplateResult } from "lit";
import { live } from "lit/directives/live.js";
import type { Actions } from "../actions";
import type { CommandError } from "../api";
import { EMAIL_PHOTO_MAX_SIDE, type ExportDialog, reducesPhotos } from "../bundle-state";
import type { ExportPlan, ExportProgress, Language } from "../bindings";
import { formatCount, formatMegabytes, pick, t, type WordKey } from "../i18n";
import type { State } from "../state";
import { formatThaiDate } from "../thai-date";
import { modalView } from "./modal";
import { arrowIcon, checkIcon } from "./icons";

function checkbox(
  name: string,
  word: WordKey,
  checked: boolean,
  onChange: (value: boolean) => void,
  language: Language,
  hint?: string,
  disabled = false,
) {
  return html`<label class="check-field">
    <input type="checkbox" name=${name} .checked=${live(checked)} ?disabled=${disabled}
      @change=${(event: Event) => onChange((event.target as HTMLInputElement).checked)} />
    <span>${t(word, language)}${hint ? html`<small class="hint">${hint}</small>` : nothing}</span>
  </label>`;
}

/** Reducing photos for e-mail: a summary carries no files, so there is nothing to reduce. */
function reduceBox(dialog: ExportDialog, language: Language, actions: Actions): TemplateResult {
  const hint = t("reducePhotosHint", language, { side: formatCount(EMAIL_PHOTO_MAX_SIDE, language) });
  const onChange = (v: boolean) => actions.setExportOption("reducePhotos", v);
  return checkbox("reduce-photos", "reducePhotos", reducesPhotos(dialog), onChange, language, hint, dialog.summaryOnly);
}

function optionsView(dialog: ExportDialog, language: Language, actions: Actions): TemplateResult {
  return html`<fieldset class="export-options" ?disabled=${dialog.step !== "options"}>
    ${checkbox("summary-only", "summaryOnly", dialog.summaryOnly, (v) => actions.setExportOption("summaryOnly", v), language)}
    ${checkbox("remove-personal-data", "removePersonalData", dialog.removePersonalData, (v) => actions.setExportOption("removePersonalData", v), language, t("removePersonalDataHint", language))}
    ${checkbox("split", "splitForEmail", dialog.splitting, (v) => actions.setExportOption("splitting", v), language)}
    ${
      dialog.splitting
        ? html`<label class="form-field part-size">
          <span>${t("partSizeMb", language)}</span>
          <input type="text" name="part-size" inputmode="numeric" maxlength="4" .value=${live(dialog.partSizeText)}
            @input=${(event: Event) => actions.setPartSize((event.target as HTMLInputElement).value)} />
        </label>`
        : nothing
    }
    ${reduceBox(dialog, language, actions)}
  </fieldset>`;
}

/**
 * "ขนาด 420 MB → ประมาณ 32 MB (ย่อรูปภาพ 100 รูป)" when photos are reduced (the arrow
 * drawn, "becomes" said to a screen reader); the size alone otherwise.
 */
export function planSize(plan: ExportPlan, language: Language): TemplateResult {
  if (plan.reduced_photos === 0) return html`${t("planSize", language, { size: formatMegabytes(plan.bytes, language) })}`;
  const after = t(plan.estimated ? "planReducedEstimated" : "planReduced", language, {
    size: formatMegabytes(plan.bytes, language),
    count: formatCount(plan.reduced_photos, language),
  });
  return html`${t("planAsAttached", language, { size: formatMegabytes(plan.bytes_as_attached, language) })}
    ${arrowIcon()}<span class="visually-hidden">${t("becomes", language)}</span> ${after}`;
}

function planView(dialog: ExportDialog, language: Language): TemplateResult {
  const plan = dialog.plan;
  if (dialog.planError) {
    return html`<p class="form-error" role="alert" data-plan-error=${dialog.planError.code}>${pick(dialog.planError.payload.message, language)}</p>`;
  }
  if (!plan) return html`<p class="muted" data-export-plan="loading">${t("loading", language)}</p>`;
  return html`<section class="export-plan" data-export-plan aria-live="polite">
    <h3>${t("planHeading", language)}</h3>
    <p>
      <strong data-plan-size>${planSize(plan, language)}</strong>
      · <span data-plan-evidence>${t("planEvidence", language, { count: plan.evidence_files })}</span>
      · ${t("planSequence", language, { sequence: plan.sequence })}
    </p>
    <p>${t("planFiles", language, { count: plan.parts })}</p>
    <ul class="file-list" data-plan-files>${plan.file_names.map((name) => html`<li>${name}</li>`)}</ul>
  </section>`;
}

function lastExportView(dialog: ExportDialog, language: Language): TemplateResult | typeof nothing {
  const last = dialog.previous.filter((record) => record.direction === "exported").sort((a, b) => b.sequence - a.sequence)[0];
  if (!last) return nothing;
  return html`<p class="muted" data-last-export>${t("lastExport", language, { sequence: last.sequence, date: formatThaiDate(last.bagging_date, language) })}</p>`;
}

/** What the export is doing; while reducing, it counts photos rather than bytes. */
export function phaseLabel(progress: ExportProgress, language: Language): string {
  if (progress.phase === "reducing") {
    return t("phaseReducing", language, { done: formatCount(progress.done, language), total: formatCount(progress.total, language) });
  }
  return t(progress.phase === "writing" ? "phaseWriting" : "phaseChecking", language);
}

function progressView(dialog: ExportDialog, language: Language): TemplateResult {
  const progress = dialog.progress;
  if (!progress) return html`<p class="job-progress" role="status" data-export-progress="waiting">${t("waitingForFolder", language)}</p>`;
  const percent = progress.total > 0 ? Math.floor((progress.done / progress.total) * 100) : 0;
  return html`<div class="job-progress" role="status" data-export-progress=${progress.phase}>
    <span>${phaseLabel(progress, language)}</span>
    <progress max="100" .value=${percent}>${percent}%</progress>
    <span class="percent">${percent}%</span>
  </div>`;
}

function doneView(dialog: ExportDialog, language: Language, actions: Actions): TemplateResult | typeof nothing {
  const result = dialog.result;
  if (!result) return nothing;
  return html`<div class="export-done" data-export-done>
    <p class=${result.verified ? "safe-to-remove" : "form-error"} role="status">
      ${result.verified ? html`${checkIcon()} ${t("exportDone", language)}` : t("exportNotVerified", language)}</p>
    ${result.reduced_photos > 0 ? html`<p data-export-reduced>${t("exportReduced", language, { count: formatCount(result.reduced_photos, language) })}</p>` : nothing}
    <dl class="facts">
      <div><dt>${t("files", language)}</dt><dd><ul class="file-list" data-export-files>${result.files.map((name) => html`<li>${name}</li>`)}</ul></dd></div>
      <div><dt>${t("folder", language)}</dt><dd><span class="path" data-export-folder>${result.folder}</span>
        <button type="button" class="link-button" data-action="open-export-folder" @click=${() => actions.openExportFolder()}>${t("openFolder", language)}</button></dd></div>
      <div><dt>${t("bundleNumber", language)}</dt><dd data-export-sequence>${result.sequence}</dd></div>
      <div><dt>${t("keyFingerprint", language)}</dt><dd class="fingerprint" data-export-fingerprint>${result.fingerprint}</dd></div>
    </dl>
  </div>`;
}

/** An export's failure, with what to do about the common ones. */
function errorView(error: CommandError | null, language: Language): TemplateResult | typeof nothing {
  if (!error) return nothing;
  const hint = error.code === "DISK_FULL" ? "diskFullHint" : error.code === "CANCELLED" ? "cancelledHint" : null;
  return html`<div class="form-error" role="alert" data-error-code=${error.code}>
    ${hint ? html`<p><strong>${t(hint, language)}</strong></p>` : nothing}
    ${error.code === "CANCELLED" ? nothing : html`<p>${pick(error.payload.message, language)}</p>`}
  </div>`;
}

/**
 * An office without a profile would send a bundle named "GECC สำนักงาน …" that the
 * province cannot place: say so before exporting, one click from the profile.
 */
function profileWarning(state: State, actions: Actions): TemplateResult | typeof nothing {
  if (state.office?.name.trim() !== "") return nothing;
  const language = state.language;
  return html`<div class="warning-box" role="alert" data-no-profile>
    <p>${t("exportWithoutProfile", language)}</p>
    <button type="button" data-action="fill-profile" @click=${() => actions.openOffice()}>${t("fillProfileFirst", language)}</button>
  </div>`;
}

export function exportModal(dialog: ExportDialog, state: State, actions: Actions): TemplateResult {
  const language = state.language;
  const body =
    dialog.step === "done"
      ? html`${doneView(dialog, language, actions)}`
      : html`${dialog.step === "options" ? profileWarning(state, actions) : nothing}
          ${optionsView(dialog, language, actions)}
          ${planView(dialog, language)}
          ${lastExportView(dialog, language)}
          ${dialog.step === "running" ? progressView(dialog, language) : nothing}
          ${errorView(dialog.error, language)}`;
  return modalView(
    {
      id: "export-bundle",
      title: t("exportBundleTitle", language),
      body,
      confirm: dialog.step === "options" ? "startExport" : undefined,
      confirmDisabled: !dialog.plan,
      onConfirm: actions.startExport,
      busy: dialog.step === "running",
      onDismiss: dialog.step === "running" ? actions.cancelBundleJob : undefined,
      dismiss: dialog.step === "done" ? "close" : "cancel",
    },
    language,
    actions,
  );
}
