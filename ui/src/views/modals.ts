//! The dialogs of review (submit, approve, unlock), detaching evidence, and an item's
//! history, and the one place that picks which dialog is open.

import { html, nothing, type TemplateResult } from "lit";
import { live } from "lit/directives/live.js";
import type { Actions } from "../actions";
import type { AnswerChange, AnswerInput, Language, Localized, RoundEvent } from "../bindings";
import { pick, statusWords, t } from "../i18n";
import type { Modal, State } from "../state";
import { formatMoment, formatThaiDate } from "../thai-date";
import { backupsModal } from "./backups";
import { evidenceKindModal } from "./evidence-kind";
import { exportModal } from "./export-bundle";
import { whoModal } from "./staff";
import { importModal } from "./import-bundles";
import { modalView } from "./modal";
import { officeModal } from "./office";
import { printModal } from "./print";
import { deadlinesModal, newRoundModal, packMoveModal } from "./round-modals";
import { reportDatesModal } from "./report-dates";
import { reviewSummary } from "./review-summary";
import { roleModal } from "./role";
import { rosterModal } from "./roster";
import { packageExportModal } from "./package-export";
import { packageImportModal } from "./package-import";

function textField(label: string, name: string, value: string, onInput: (value: string) => void, multiline = false) {
  const handler = (event: Event) => onInput((event.target as HTMLInputElement).value);
  return html`<label class="form-field wide">
    <span>${label}</span>
    ${
      multiline
        ? html`<textarea name=${name} rows="3" maxlength="2000" .value=${live(value)} @input=${handler}></textarea>`
        : html`<input type="text" name=${name} maxlength="200" .value=${live(value)} @input=${handler} />`
    }
  </label>`;
}

/** The changes between two answers, one line per field that changed. */
function answerDifferences(before: AnswerInput | null, after: AnswerInput, language: Language): string[] {
  const lines: string[] = [];
  const was = before ?? null;
  if (!was || was.status !== after.status) {
    const from = was ? pick(statusWords[was.status], language) : "—";
    lines.push(`${t("status", language)}: ${from} › ${pick(statusWords[after.status], language)}`);
  }
  if ((was?.note ?? "") !== after.note) lines.push(`${t("note", language)}: ${after.note || "—"}`);
  if ((was?.owner ?? "") !== after.owner) lines.push(`${t("owner", language)}: ${after.owner || "—"}`);
  if ((was?.due_date ?? null) !== after.due_date) {
    lines.push(`${t("dueDate", language)}: ${after.due_date ? formatThaiDate(after.due_date, language) : "—"}`);
  }
  if ((was?.not_applicable_reason ?? "") !== after.not_applicable_reason) {
    lines.push(`${t("notApplicableReason", language)}: ${after.not_applicable_reason || "—"}`);
  }
  if (JSON.stringify(was?.sub_scores ?? {}) !== JSON.stringify(after.sub_scores)) {
    lines.push(
      `${t("subScores", language)}: ${
        Object.entries(after.sub_scores)
          .map(([k, v]) => `${k} ${v}`)
          .join(", ") || "—"
      }`,
    );
  }
  if ((was?.value_number ?? null) !== after.value_number) lines.push(`${t("figure", language)}: ${after.value_number ?? "—"}`);
  if ((was?.value_text ?? null) !== after.value_text) lines.push(`${t("answerText", language)}: ${after.value_text ?? "—"}`);
  return lines;
}

const EVENT_WORDS: Record<RoundEvent["kind"], Localized> = {
  evidence_attached: { th: "แนบไฟล์", en: "Attached" },
  evidence_detached: { th: "นำไฟล์ออก", en: "Detached" },
  evidence_type_changed: { th: "เปลี่ยนประเภทหลักฐานของไฟล์", en: "Changed the kind of evidence of" },
  round_submitted: { th: "ส่งตรวจ", en: "Submitted" },
  round_approved: { th: "อนุมัติ", en: "Approved" },
  round_unlocked: { th: "ปลดล็อก", en: "Unlocked" },
  pack_changed: { th: "เปลี่ยนรุ่นชุดเกณฑ์", en: "Changed the pack version" },
};

interface HistoryLine {
  at: string;
  actor: string;
  lines: string[];
}

function historyLines(changes: AnswerChange[], events: RoundEvent[], language: Language): HistoryLine[] {
  const fromChanges = changes.map((change) => ({
    at: change.changed_at,
    actor: change.changed_by,
    lines: answerDifferences(change.before, change.after, language),
  }));
  const fromEvents = events.map((event) => {
    const name = typeof event.detail.name === "string" ? ` "${event.detail.name}"` : "";
    return { at: event.at, actor: event.actor, lines: [`${pick(EVENT_WORDS[event.kind], language)}${name}`] };
  });
  return [...fromChanges, ...fromEvents].sort((a, b) => a.at.localeCompare(b.at));
}

function historyModal(modal: Extract<Modal, { kind: "history" }>, state: State, actions: Actions) {
  const language = state.language;
  const item = state.checklist?.pack.parts.flatMap((p) => p.sections.flatMap((s) => s.items)).find((i) => i.id === modal.itemId);
  const entries = modal.history ? historyLines(modal.history.answers, modal.history.events, language) : [];
  const body = modal.history
    ? entries.length === 0
      ? html`<p>${t("noHistory", language)}</p>`
      : html`<ol class="history" data-history>
          ${entries.map(
            (entry) => html`<li>
              <span class="history-when">${formatMoment(entry.at, language)} · ${entry.actor}</span>
              ${entry.lines.map((line) => html`<span class="history-line">${line}</span>`)}
            </li>`,
          )}
        </ol>`
    : html`<p>${t("loading", language)}</p>`;
  return modalView(
    {
      id: "history",
      title: `${t("historyOf", language)} ${item?.code ?? ""} ${item ? pick(item.title, language) : ""}`,
      body,
      error: modal.error,
    },
    language,
    actions,
  );
}

export function modalsView(state: State, actions: Actions): TemplateResult | typeof nothing {
  const modal = state.modal;
  const language = state.language;
  if (!modal) return nothing;
  switch (modal.kind) {
    case "office":
      return officeModal(modal, state.signingKey?.fingerprint ?? null, language, actions);
    case "submit":
      return modalView(
        {
          id: "submit",
          title: t("submitTitle", language),
          body: html`<p>${t("submitBody", language)}</p>${reviewSummary(state, actions)}`,
          confirm: "submitForReview",
          onConfirm: actions.submit,
          saving: modal.saving,
          error: modal.error,
        },
        language,
        actions,
      );
    case "approve":
      return modalView(
        {
          id: "approve",
          title: t("approveTitle", language),
          body: html`${reviewSummary(state, actions)}
            ${textField(t("approverName", language), "name", modal.name, (v) => actions.setApproval("name", v))}
            ${textField(t("approverPosition", language), "position", modal.position, (v) => actions.setApproval("position", v))}`,
          confirm: "approve",
          onConfirm: actions.approve,
          saving: modal.saving,
          error: modal.error,
        },
        language,
        actions,
      );
    case "unlock":
      return modalView(
        {
          id: "unlock",
          title: t("unlockTitle", language),
          body: textField(t("unlockReason", language), "reason", modal.reason, actions.setUnlockReason, true),
          confirm: "unlock",
          onConfirm: actions.unlock,
          saving: modal.saving,
          error: modal.error,
        },
        language,
        actions,
      );
    case "detach": {
      const file = state.checklist?.evidence.find((f) => f.id === modal.evidenceId);
      const usedElsewhere = (state.checklist?.links ?? []).some((l) => l.evidence_id === modal.evidenceId && l.item_id !== modal.itemId);
      return modalView(
        {
          id: "detach",
          title: t("detachTitle", language),
          body: html`<p class="file-name">${file?.original_name ?? ""}</p>
            ${
              usedElsewhere
                ? nothing
                : html`<label class="check-field"><input type="checkbox" name="also-delete" .checked=${live(modal.alsoDelete)}
                  @change=${(event: Event) => actions.setAlsoDelete((event.target as HTMLInputElement).checked)} />
                  ${t("alsoDelete", language)}</label>`
            }`,
          confirm: "detach",
          onConfirm: actions.confirmDetach,
          saving: modal.saving,
          error: modal.error,
        },
        language,
        actions,
      );
    }
    case "history":
      return historyModal(modal, state, actions);
    case "new_round":
      return newRoundModal(modal, state, actions);
    case "pack_move":
      return packMoveModal(modal, state, actions);
    case "deadlines":
      return deadlinesModal(modal, state, actions);
    case "export_bundle":
      return exportModal(modal, state, actions);
    case "import_bundles":
      return importModal(modal, state, actions);
    case "backups":
      return backupsModal(modal, language, actions);
    case "print":
      return printModal(modal, language, actions);
    case "evidence_kind":
      return evidenceKindModal(modal, state, actions);
    case "who":
      return whoModal(modal, state, actions);
    case "role":
      return roleModal(modal, state, actions);
    case "roster":
      return rosterModal(modal, state, actions);
    case "report_dates":
      return reportDatesModal(modal, state, actions);
    case "package_export":
      return packageExportModal(modal, state, actions);
    case "package_import":
      return packageImportModal(modal, state, actions);
  }
}
