//! The import dialog: choosing bundle files or a folder, each bundle's verdict (who sent
//! it, what it is, who signed it, every problem in words), the overrides that only
//! appear when a verdict calls for them, the progress, and what importing did.

import { html, nothing, type TemplateResult } from "lit";
import { live } from "lit/directives/live.js";
import type { Actions } from "../actions";
import type { BundleVerdict, Finding, ImportOutcome, Language } from "../bindings";
import { everyConflictChosen, hasFinding, importable, type ImportDialog } from "../bundle-state";
import { formatMegabytes, pick, roundKindWords, t, type WordKey } from "../i18n";
import type { State } from "../state";
import { conflictsView } from "./conflicts";
import { modalView } from "./modal";

function findingsView(problems: Finding[], warnings: Finding[], language: Language): TemplateResult | typeof nothing {
  if (problems.length === 0 && warnings.length === 0) return nothing;
  const line = (finding: Finding, kind: "problem" | "warning") =>
    html`<li class="finding finding-${kind}" data-finding=${finding.code}>
      ${pick(finding.message, language)}${finding.entry ? html` <code>${finding.entry}</code>` : nothing}</li>`;
  return html`<ul class="findings">
    ${problems.map((finding) => line(finding, "problem"))}
    ${warnings.map((finding) => line(finding, "warning"))}
  </ul>`;
}

function verdictView(verdict: BundleVerdict, language: Language): TemplateResult {
  const summary = verdict.summary;
  const failedEntries = verdict.entries.filter((entry) => !entry.ok);
  return html`<li class="verdict ${verdict.ok ? "verdict-ok" : "verdict-failed"}" data-verdict=${verdict.ok ? "ok" : "failed"}>
    <div class="verdict-head">
      <span class="verdict-badge">${t(verdict.ok ? "verdictOk" : "verdictFailed", language)}</span>
      ${
        summary
          ? html`<strong data-verdict-office>${summary.office_name}</strong>
            <span>${[summary.district, summary.province].filter((part) => part.trim() !== "").join(", ")}</span>`
          : nothing
      }
    </div>
    <p class="verdict-files">${verdict.files.join(", ")}</p>
    ${
      summary
        ? html`<p class="verdict-facts">
          ${t("fiscalYear", language)} ${summary.fiscal_year_be} · ${pick(roundKindWords[summary.kind], language)}
          · ${t("bundleNumber", language)} ${summary.sequence}
          · ${
            summary.signer
              ? html`${t("signedBy", language)} <span class="fingerprint" data-signer>${summary.signer.fingerprint}</span>`
              : html`<span class="unsigned" data-signer="none">${t("notSigned", language)}</span>`
          }
          ${summary.summary_only ? html`<span class="tag">${t("summaryOnlyTag", language)}</span>` : nothing}
          ${summary.personal_data_removed ? html`<span class="tag">${t("personalDataRemovedTag", language)}</span>` : nothing}
        </p>`
        : nothing
    }
    ${findingsView(verdict.problems, verdict.warnings, language)}
    ${
      failedEntries.length > 0
        ? html`<details class="failed-entries" open>
          <summary>${t("failedEntries", language)} (${failedEntries.length})</summary>
          <ul data-failed-entries>${failedEntries.map((entry) => html`<li><code>${entry.path}</code></li>`)}</ul>
        </details>`
        : nothing
    }
  </li>`;
}

function overrideCheckbox(name: string, word: WordKey, checked: boolean, onChange: (value: boolean) => void, language: Language) {
  return html`<label class="check-field">
    <input type="checkbox" name=${name} .checked=${live(checked)} @change=${(event: Event) => onChange((event.target as HTMLInputElement).checked)} />
    <span>${t(word, language)}</span>
  </label>`;
}

/** The overrides a verdict calls for, and the advanced one, explained. */
function overridesView(dialog: ImportDialog, language: Language, actions: Actions): TemplateResult {
  return html`<div class="import-overrides">
    ${
      hasFinding(dialog.verdicts, "unsigned")
        ? overrideCheckbox(
            "allow-unsigned",
            "allowUnsigned",
            dialog.allowUnsigned,
            (v) => actions.setImportOption("allowUnsigned", v),
            language,
          )
        : nothing
    }
    ${
      hasFinding(dialog.verdicts, "new_key")
        ? overrideCheckbox(
            "accept-new-key",
            "acceptNewKey",
            dialog.acceptNewKey,
            (v) => actions.setImportOption("acceptNewKey", v),
            language,
          )
        : nothing
    }
    <details class="advanced" ?open=${dialog.adoptOffice}>
      <summary>${t("advancedOptions", language)}</summary>
      ${overrideCheckbox("adopt-office", "adoptOffice", dialog.adoptOffice, (v) => actions.setImportOption("adoptOffice", v), language)}
      <p class="hint">${t("adoptOfficeHint", language)}</p>
    </details>
  </div>`;
}

function chooseButtons(language: Language, actions: Actions): TemplateResult {
  return html`<div class="choose-buttons">
    <button type="button" class="attach-button" data-action="choose-files" @click=${() => actions.chooseBundles(false)}>${t("chooseFiles", language)}</button>
    <button type="button" class="attach-button" data-action="choose-folder" @click=${() => actions.chooseBundles(true)}>${t("chooseFolder", language)}</button>
  </div>`;
}

/** The province's criteria come as a file too: offered beside the bundles, where an office looks for "import". */
function packageButton(language: Language, actions: Actions): TemplateResult {
  return html`<p class="package-offer">
    <button type="button" class="link-button" data-action="choose-package" @click=${() => actions.choosePackage()}>${t("importFromProvince", language)}</button>
  </p>`;
}

function progressView(dialog: ImportDialog, language: Language): TemplateResult {
  const progress = dialog.progress;
  const doing = t(dialog.step === "verifying" ? "verifying" : "importingNow", language);
  // The total is often unknown (0): the bar then only says that work goes on.
  const percent = progress && progress.total > 0 ? Math.floor((progress.done / progress.total) * 100) : null;
  return html`<div class="job-progress" role="status" data-import-progress=${dialog.step}>
    <span>${doing}${progress ? ` · ${t("bytesChecked", language, { size: formatMegabytes(progress.done, language) })}` : "…"}</span>
    ${percent === null ? html`<progress></progress>` : html`<progress max="100" .value=${percent}>${percent}%</progress>`}
  </div>`;
}

const OUTCOME_WORDS: Record<ImportOutcome["status"], WordKey> = {
  imported: "outcomeImported",
  already_imported: "outcomeAlreadyImported",
  needs_choice: "outcomeNeedsChoice",
  refused: "outcomeRefused",
};

function outcomeView(outcome: ImportOutcome, language: Language, actions: Actions): TemplateResult {
  const summary = outcome.verdict.summary;
  return html`<li class="outcome outcome-${outcome.status}" data-outcome=${outcome.status}>
    <div class="verdict-head">
      <span class="verdict-badge">${t(OUTCOME_WORDS[outcome.status], language)}</span>
      ${summary ? html`<strong>${summary.office_name}</strong> <span>${t("fiscalYear", language)} ${summary.fiscal_year_be}</span>` : nothing}
    </div>
    <p class="verdict-files">${outcome.verdict.files.join(", ")}</p>
    ${
      outcome.status === "imported"
        ? html`<p data-imported-counts>${t("importedCounts", language, {
            taken: outcome.taken.length,
            history: outcome.history_added,
            copied: outcome.evidence_copied,
            here: outcome.evidence_already_here,
          })}</p>
          ${
            outcome.round_id !== null
              ? html`<button type="button" class="link-button" data-action="open-imported-round"
                @click=${() => actions.openOfficeRound(outcome.round_id as number)}>${t("openThisRound", language)}</button>`
              : nothing
          }`
        : nothing
    }
    ${outcome.status === "refused" ? findingsView(outcome.verdict.problems, [], language) : nothing}
  </li>`;
}

function bodyOf(dialog: ImportDialog, state: State, actions: Actions): TemplateResult {
  const language = state.language;
  switch (dialog.step) {
    case "choose":
      return html`<p>${t("importIntro", language)}</p>${chooseButtons(language, actions)}${packageButton(language, actions)}`;
    case "verifying":
    case "importing":
      return progressView(dialog, language);
    case "verdicts":
      return html`<ul class="verdicts" data-verdicts>${dialog.verdicts.map((verdict) => verdictView(verdict, language))}</ul>
        ${overridesView(dialog, language, actions)}
        ${chooseButtons(language, actions)}`;
    case "outcomes": {
      const conflicts = dialog.outcomes.filter((o) => o.status === "needs_choice").flatMap((o) => o.conflicts);
      return html`<ul class="verdicts" data-outcomes>${dialog.outcomes.map((outcome) => outcomeView(outcome, language, actions))}</ul>
        ${conflicts.length > 0 ? conflictsView(conflicts, dialog.choices, state, actions) : nothing}`;
    }
  }
}

export function importModal(dialog: ImportDialog, state: State, actions: Actions): TemplateResult {
  const language = state.language;
  const busy = dialog.step === "verifying" || dialog.step === "importing";
  const choosing = dialog.outcomes.some((outcome) => outcome.status === "needs_choice");
  const confirm: WordKey | undefined =
    dialog.step === "verdicts" ? "importNow" : dialog.step === "outcomes" && choosing ? "importWithChoices" : undefined;
  const ready = dialog.step === "verdicts" ? dialog.verdicts.some((verdict) => importable(verdict, dialog)) : everyConflictChosen(dialog);
  return modalView(
    {
      id: "import-bundles",
      title: t("importBundlesTitle", language),
      body: bodyOf(dialog, state, actions),
      confirm,
      confirmDisabled: !ready,
      onConfirm: actions.importBundles,
      busy,
      onDismiss: busy ? actions.cancelBundleJob : undefined,
      dismiss: dialog.step === "outcomes" ? "close" : "cancel",
      error: dialog.error,
    },
    language,
    actions,
  );
}
