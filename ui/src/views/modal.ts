//! The frame every dialog shares: a modal form over a dimmed window that takes the focus
//! when it opens and keeps it (Tab and Shift+Tab go round the dialog, never to the page
//! behind it), Escape to close, the error of its last attempt, and Cancel / confirm.

import { html, nothing, type TemplateResult } from "lit";
import { keyed } from "lit/directives/keyed.js";
import { ref } from "lit/directives/ref.js";
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
  /** What the dismiss button does instead of closing (cancelling a running job). */
  onDismiss?: () => void;
  /** A job runs: Escape does not close the dialog, nor does dismiss unless `onDismiss` stops the job. */
  busy?: boolean;
  /** The confirm button is shown but cannot be used yet (a plan still loading). */
  confirmDisabled?: boolean;
  /** A question the app cannot go on without: no dismiss button, and Escape does nothing. */
  required?: boolean;
  /** What takes the focus when the dialog opens (a selector), instead of the dialog itself. */
  initialFocus?: string;
}

const focused = new WeakSet<Element>();

/**
 * Moves the focus into a dialog the first time it is shown, so the keyboard (Tab, and
 * Escape to close) works in it at once; after the render, when the form is in the page.
 */
function focusWhenOpened(element: Element | undefined): void {
  if (!element || focused.has(element)) return;
  focused.add(element);
  requestAnimationFrame(() => {
    if (!element.isConnected || element.contains(document.activeElement)) return;
    const wanted = (element as HTMLElement).dataset.initialFocus;
    ((wanted ? element.querySelector<HTMLElement>(wanted) : null) ?? (element as HTMLElement)).focus();
  });
}

const FOCUSABLE = "a[href], button, input, select, textarea, summary, [tabindex]:not([tabindex='-1'])";

/** What Tab can reach in a dialog, in order: enabled, not hidden. */
export function focusableIn(dialog: Element): HTMLElement[] {
  return [...dialog.querySelectorAll<HTMLElement>(FOCUSABLE)].filter(
    (element) =>
      !(element as HTMLButtonElement).disabled && element.getAttribute("type") !== "hidden" && !element.closest("[hidden], [inert]"),
  );
}

/**
 * Keeps Tab inside the dialog: from its last control to its first and, with Shift, from
 * the first (or the dialog itself) to the last. A modal dialog the keyboard can leave
 * sends the clerk's keystrokes to a page they cannot see.
 */
function trapTab(event: KeyboardEvent): void {
  if (event.key !== "Tab") return;
  const dialog = (event.currentTarget as Element).querySelector<HTMLElement>("[role=dialog]");
  if (!dialog) return;
  const stops = focusableIn(dialog);
  const active = document.activeElement as HTMLElement | null;
  const at = active ? stops.indexOf(active) : -1;
  let next: HTMLElement | null = null;
  if (stops.length === 0) next = dialog;
  else if (event.shiftKey) next = at <= 0 ? stops[stops.length - 1] : null;
  else next = at === -1 || at === stops.length - 1 ? stops[0] : null;
  if (next) {
    event.preventDefault();
    next.focus();
  }
}

export function modalView(frame: ModalFrame, language: Language, actions: Actions): TemplateResult {
  // Keyed by the dialog: one dialog opening from another (the province's criteria from the
  // import dialog) is a new form, so the focus moves into it as it does on any opening.
  return html`${keyed(frame.id, modalTemplate(frame, language, actions))}`;
}

function modalTemplate(frame: ModalFrame, language: Language, actions: Actions): TemplateResult {
  return html`<div class="modal-backdrop" @keydown=${(event: KeyboardEvent) => {
    if (event.key === "Escape" && !frame.busy && !frame.required) actions.closeModal();
    trapTab(event);
  }}>
    <form class="modal" role="dialog" aria-modal="true" aria-labelledby="${frame.id}-heading" data-modal=${frame.id} novalidate
      tabindex="-1" data-initial-focus=${frame.initialFocus ?? nothing} ${ref(focusWhenOpened)}
      @submit=${(event: Event) => {
        event.preventDefault();
        frame.onConfirm?.();
      }}>
      <h2 id="${frame.id}-heading">${frame.title}</h2>
      ${frame.body}
      ${
        frame.error
          ? html`<p class="form-error" role="alert" data-error-code=${frame.error.code}>${pick(frame.error.payload.message, language)}</p>`
          : nothing
      }
      <div class="form-buttons">
        ${
          frame.required
            ? nothing
            : html`<button type="button" data-action="dismiss" ?disabled=${frame.busy && !frame.onDismiss} @click=${() => (frame.onDismiss ?? actions.closeModal)()}>${t(frame.dismiss ?? (frame.confirm ? "cancel" : "close"), language)}</button>`
        }
        ${
          frame.confirm
            ? html`<button type="submit" class="primary" ?disabled=${frame.saving || frame.confirmDisabled}>${t(frame.confirm, language)}</button>`
            : nothing
        }
      </div>
    </form>
  </div>`;
}
