//! The frame every dialog shares: a modal form over a dimmed window, Escape to close,
//! the error of its last attempt, and Cancel / confirm buttons.

import { html, nothing, type TemplateResult } from "lit";
import type { Actions } from "../actions";
import type { CommandError } from "../api";
import type { Language } from "../bindings";
import { pick, t, type WordKey } from "../i18n";

export interface ModalFrame {
  id: string;
  title: string;
  body: TemplateResult;
  /** The confirm button's word; no confirm button when absent. */
  confirm?: WordKey;
  onConfirm?: () => void;
  saving?: boolean;
  error?: CommandError | null;
  /** The dismiss button's word, "cancel" (or "close" without a confirm button) by default. */
  dismiss?: WordKey;
}

export function modalView(frame: ModalFrame, language: Language, actions: Actions): TemplateResult {
  return html`<div class="modal-backdrop" @keydown=${(event: KeyboardEvent) => event.key === "Escape" && actions.closeModal()}>
    <form class="modal" role="dialog" aria-modal="true" aria-labelledby="${frame.id}-heading" data-modal=${frame.id} novalidate
      @submit=${(event: Event) => {
        event.preventDefault();
        frame.onConfirm?.();
      }}>
      <h2 id="${frame.id}-heading">${frame.title}</h2>
      ${frame.body}
      ${frame.error
        ? html`<p class="form-error" role="alert" data-error-code=${frame.error.code}>${pick(frame.error.payload.message, language)}</p>`
        : nothing}
      <div class="form-buttons">
        <button type="button" data-action="dismiss" @click=${() => actions.closeModal()}>${t(frame.dismiss ?? (frame.confirm ? "cancel" : "close"), language)}</button>
        ${frame.confirm
          ? html`<button type="submit" class="primary" ?disabled=${frame.saving}>${t(frame.confirm, language)}</button>`
          : nothing}
      </div>
    </form>
  </div>`;
}
