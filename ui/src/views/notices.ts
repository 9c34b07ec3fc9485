//! Messages that are not tied to a field (a file that could not be attached, a drop
//! outside any item) and the progress of attaching files, with its cancel button.

import { html, nothing, type TemplateResult } from "lit";
import type { Actions } from "../actions";
import { pick, t } from "../i18n";
import type { State } from "../state";
import { thaiText } from "./thai-words";

function attachBar(state: State, actions: Actions): TemplateResult | typeof nothing {
  const progress = state.attaching?.progress;
  if (!progress) return nothing;
  const language = state.language;
  const percent = progress.total > 0 ? Math.floor((progress.done / progress.total) * 100) : 0;
  return html`<div class="attach-bar" role="status" data-attach-progress>
    <span>${t("attaching", language)} ${progress.file_index + 1}/${progress.file_count}: ${progress.name}</span>
    <progress max="100" .value=${percent}>${percent}%</progress>
    <span class="percent">${percent}%</span>
    <button type="button" data-action="cancel-attach" @click=${() => actions.cancelAttach()}>${t("cancel", language)}</button>
  </div>`;
}

/** A notice's lines (one per thing it says), each cut into Thai words so a line breaks only between words. */
function noticeLines(text: string): TemplateResult[] {
  return text.split("\n").map((line) => html`<span class="notice-line thai-words">${thaiText(line)}</span>`);
}

export function noticesView(state: State, actions: Actions): TemplateResult {
  const language = state.language;
  return html`<div class="notices">
    ${attachBar(state, actions)}
    ${state.notices.map(
      (
        notice,
      ) => html`<div class="notice notice-${notice.kind}" role=${notice.kind === "error" ? "alert" : "status"} data-notice=${notice.kind}>
        <span class="notice-text">${noticeLines(pick(notice.text, language))}</span>
        <button type="button" aria-label=${t("dismiss", language)} @click=${() => actions.dismissNotice(notice.id)}>×</button>
      </div>`,
    )}
  </div>`;
}
