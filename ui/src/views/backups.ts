//! The backups dialog: every backup with when it was made (local time, Buddhist era), why
//! and how large; backing up now; restoring one after a confirmation that says what is
//! kept and what is lost; and, afterwards, what the restore did.

import { html, nothing, type TemplateResult } from "lit";
import type { Actions } from "../actions";
import type { BackupInfo, Language, RestoreReport } from "../bindings";
import { backupReasonWords, formatMegabytes, pick, t } from "../i18n";
import type { BackupsDialog } from "../state";
import { formatMoment } from "../thai-date";
import { modalView } from "./modal";
import { checkIcon } from "./icons";

/** Backups can be seconds apart (one when the program starts, one by hand): seconds are shown. */
const when = (backup: BackupInfo, language: Language) => formatMoment(backup.created_at, language, true);

function backupRow(backup: BackupInfo, dialog: BackupsDialog, language: Language, actions: Actions): TemplateResult {
  const justMade = dialog.created?.file_name === backup.file_name;
  return html`<tr data-backup=${backup.file_name} class=${justMade ? "just-made" : ""}>
    <td data-backup-when>${when(backup, language)}</td>
    <td data-backup-reason>${pick(backupReasonWords[backup.reason], language)}</td>
    <td class="number" data-backup-size>${formatMegabytes(backup.bytes, language)}</td>
    <td><button type="button" class="link-button" data-action="restore" ?disabled=${dialog.saving}
      @click=${() => actions.askRestore(backup.file_name)}>${t("restore", language)}…</button></td>
  </tr>`;
}

function listView(dialog: BackupsDialog, language: Language, actions: Actions): TemplateResult {
  const backups = dialog.backups;
  return html`<p class="backups-intro">${t("backupsIntro", language)}</p>
    <p class="backups-tools">
      <button type="button" class="attach-button" data-action="back-up-now" ?disabled=${dialog.saving}
        @click=${() => actions.backUpNow()}>${dialog.saving ? t("backingUp", language) : t("backUpNow", language)}</button>
      ${
        dialog.created
          ? html`<span class="backed-up" role="status" data-backed-up>${checkIcon()} ${t("backedUp", language, { date: when(dialog.created, language) })}</span>`
          : nothing
      }
    </p>
    ${
      backups === null
        ? html`<p>${t("loading", language)}</p>`
        : backups.length === 0
          ? html`<p class="muted" data-no-backups>${t("noBackups", language)}</p>`
          : html`<div class="table-scroll"><table class="backups-table" data-backups>
            <thead><tr>
              <th>${t("backupWhen", language)}</th><th>${t("backupReason", language)}</th>
              <th class="number">${t("backupSize", language)}</th><th></th>
            </tr></thead>
            <tbody>${backups.map((backup) => backupRow(backup, dialog, language, actions))}</tbody>
          </table></div>`
    }
    ${diagnosticsView(dialog, language, actions)}`;
}

/** Saving the diagnostics file: what it holds (and does not), and where it went. */
function diagnosticsView(dialog: BackupsDialog, language: Language, actions: Actions): TemplateResult {
  return html`<section class="diagnostics" data-diagnostics>
    <p class="muted">${t("diagnosticsIntro", language)}</p>
    <p class="backups-tools">
      <button type="button" data-action="save-diagnostics" ?disabled=${dialog.saving}
        @click=${() => actions.saveDiagnostics()}>${t("saveDiagnostics", language)}…</button>
      ${
        dialog.diagnosticsSaved
          ? html`<span class="backed-up" role="status" data-diagnostics-saved>${checkIcon()}
              ${t("diagnosticsSaved", language, { path: dialog.diagnosticsSaved })}</span>`
          : nothing
      }
    </p>
  </section>`;
}

function confirmView(chosen: BackupInfo, language: Language): TemplateResult {
  const date = when(chosen, language);
  return html`<div class="restore-warning" data-restore-confirm>
    <p><strong>${t("restoreWhich", language, { date, reason: pick(backupReasonWords[chosen.reason], language) })}</strong></p>
    <p>${t("restoreBacksUpFirst", language)}</p>
    <p data-restore-loses>${t("restoreLoses", language, { date })}</p>
  </div>`;
}

function reportView(report: RestoreReport, language: Language): TemplateResult {
  return html`<div class="restore-report" role="status" data-restore-report>
    <p><strong>${checkIcon()} ${t("restored", language, { date: when(report.restored, language) })}</strong></p>
    <p>${t("previousKept", language, { date: when(report.previous, language) })}</p>
    ${
      report.missing_evidence > 0
        ? html`<p class="finding-warning" data-missing-evidence>${t("evidenceNotReceived", language, { count: report.missing_evidence })}</p>`
        : nothing
    }
  </div>`;
}

function bodyOf(dialog: BackupsDialog, language: Language, actions: Actions): TemplateResult {
  switch (dialog.step) {
    case "confirm":
      return dialog.chosen ? confirmView(dialog.chosen, language) : html``;
    case "restoring":
      return html`${dialog.chosen ? confirmView(dialog.chosen, language) : nothing}
        <p class="restoring" role="status" data-restoring>${t("restoring", language)}</p>`;
    case "restored":
      return html`${dialog.report ? reportView(dialog.report, language) : nothing} ${listView(dialog, language, actions)}`;
    case "list":
      return listView(dialog, language, actions);
  }
}

export function backupsModal(dialog: BackupsDialog, language: Language, actions: Actions): TemplateResult {
  const confirming = dialog.step === "confirm" || dialog.step === "restoring";
  return modalView(
    {
      id: "backups",
      title: t(confirming ? "restoreTitle" : "backupsTitle", language),
      body: bodyOf(dialog, language, actions),
      confirm: confirming ? "restore" : undefined,
      onConfirm: actions.confirmRestore,
      saving: dialog.saving,
      error: dialog.error,
      busy: dialog.step === "restoring",
      onDismiss: dialog.step === "confirm" ? actions.cancelRestore : undefined,
      dismiss: confirming ? "cancel" : "close",
    },
    language,
    actions,
  );
}
