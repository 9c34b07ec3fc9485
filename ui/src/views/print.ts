//! The print dialog: which document (a round's report, sign-off sheet and evidence index,
//! or the province report forms 1 and 2), Thai or Arabic digits and the page numbers'
//! style, then "Print…" (opens the PDF in the system's viewer) or "Save as PDF…".

import { html, nothing, type TemplateResult } from "lit";
import { live } from "lit/directives/live.js";
import type { Actions } from "../actions";
import type { PrintedDocumentName } from "../api";
import type { Language } from "../bindings";
import { t, type WordKey } from "../i18n";
import type { PrintDialog } from "../state";
import { modalView } from "./modal";
import { checkIcon } from "./icons";

const DOCUMENT_WORDS: Record<PrintedDocumentName, WordKey> = {
  report: "printReport",
  signoff: "printSignOff",
  evidence: "printEvidenceIndex",
  form1: "printForm1",
  form2: "printForm2",
};

function documentChoice(dialog: PrintDialog, language: Language, actions: Actions): TemplateResult {
  return html`<fieldset class="print-documents" ?disabled=${dialog.saving}>
    <legend>${t("printWhich", language)}</legend>
    ${dialog.documents.map(
      (name) => html`<label class="check-field">
        <input type="radio" name="print-document" value=${name} .checked=${live(dialog.choice.document === name)}
          @change=${() => actions.setPrintChoice({ document: name })} />
        <span>${t(DOCUMENT_WORDS[name], language)}</span>
      </label>`,
    )}
  </fieldset>`;
}

function layoutChoice(dialog: PrintDialog, language: Language, actions: Actions): TemplateResult {
  return html`<fieldset class="print-layout" ?disabled=${dialog.saving}>
    <label class="check-field">
      <input type="checkbox" name="arabic-digits" .checked=${live(dialog.choice.arabicDigits)}
        @change=${(event: Event) => actions.setPrintChoice({ arabicDigits: (event.target as HTMLInputElement).checked })} />
      <span>${t("printArabicDigits", language)}</span>
    </label>
    <label class="form-field">
      <span>${t("printPageNumbers", language)}</span>
      <select name="page-numbers" @change=${(event: Event) =>
        actions.setPrintChoice({ pageNumbers: (event.target as HTMLSelectElement).value === "of-total" ? "of-total" : "dashes" })}>
        <option value="dashes" ?selected=${dialog.choice.pageNumbers === "dashes"}>${t("printPageDashes", language)}</option>
        <option value="of-total" ?selected=${dialog.choice.pageNumbers === "of-total"}>${t("printPageOfTotal", language)}</option>
      </select>
    </label>
  </fieldset>`;
}

function writtenView(dialog: PrintDialog, language: Language): TemplateResult | typeof nothing {
  if (dialog.saving) return html`<p class="job-progress" role="status" data-print-progress>${t("printRendering", language)}</p>`;
  if (!dialog.written) return nothing;
  return html`<p class="safe-to-remove" role="status" data-print-written=${dialog.written.saved ? "saved" : "opened"}>
    ${checkIcon()} ${t(dialog.written.saved ? "printSaved" : "printOpened", language)}
    <span class="file-name" data-print-path>${dialog.written.path}</span>
  </p>`;
}

export function printModal(dialog: PrintDialog, language: Language, actions: Actions): TemplateResult {
  const body = html`${documentChoice(dialog, language, actions)}${layoutChoice(dialog, language, actions)}
    <p class="form-buttons print-buttons">
      <button type="button" data-action="save-pdf" ?disabled=${dialog.saving} @click=${() => actions.printNow(true)}>${t("saveAsPdf", language)}</button>
    </p>
    ${writtenView(dialog, language)}`;
  return modalView(
    {
      id: "print",
      title: t("printTitle", language),
      body,
      confirm: "printOpen",
      onConfirm: () => actions.printNow(false),
      saving: dialog.saving,
      error: dialog.error,
      dismiss: "close",
    },
    language,
    actions,
  );
}
