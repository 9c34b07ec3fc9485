//! The small question after an attach: which kind of evidence each file is, as radio
//! buttons (arrow keys choose, Tab moves on, Enter saves), the guess chosen at first.

import { html, nothing, type TemplateResult } from "lit";
import { live } from "lit/directives/live.js";
import type { Actions } from "../actions";
import type { EvidenceKindDialog } from "../evidence-kind";
import { pick, t } from "../i18n";
import type { State } from "../state";
import { modalView } from "./modal";

export function evidenceKindModal(dialog: EvidenceKindDialog, state: State, actions: Actions): TemplateResult {
  const language = state.language;
  const types = state.checklist?.pack.evidence_types ?? [];
  const title = (id: string) => {
    const found = types.find((type) => type.id === id);
    return found ? pick(found.title, language) : id;
  };
  const body = html`<p>${t("evidenceKindIntro", language)}</p>
    ${dialog.questions.map(
      (question) => html`<fieldset class="kind-choice" data-kind-question=${question.evidence_id}>
        <legend class="file-name">${question.name}</legend>
        ${question.choices.map(
          (choice) => html`<label class="check-field">
            <input type="radio" name=${`kind-${question.evidence_id}`} value=${choice}
              .checked=${live(dialog.chosen[question.evidence_id] === choice)}
              @change=${() => actions.chooseEvidenceKind(question.evidence_id, choice)} />
            <span>${title(choice)}${choice === question.guessed ? html` <small class="hint">${t("kindAsFiled", language)}</small>` : nothing}</span>
          </label>`,
        )}
      </fieldset>`,
    )}`;
  return modalView(
    {
      id: "evidence-kind",
      title: t("evidenceKindTitle", language),
      body,
      confirm: "save",
      onConfirm: actions.confirmEvidenceKinds,
      dismiss: "kindLater",
      saving: dialog.saving,
      error: dialog.error,
    },
    language,
    actions,
  );
}
