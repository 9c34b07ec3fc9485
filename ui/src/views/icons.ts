//! Signs drawn as inline SVG rather than characters: "＋" and "✓" are in no font the app
//! ships, and a PC's own fonts vary, so as text they showed as empty boxes. SVG needs no
//! font, takes the text's colour, and is hidden from screen readers (the words beside
//! each sign say what it means).

import { html, svg, type TemplateResult } from "lit";

function icon(name: string, path: ReturnType<typeof svg>): TemplateResult {
  return html`<svg class="icon" data-icon=${name} viewBox="0 0 16 16" width="1em" height="1em" aria-hidden="true" focusable="false"
    fill="none" stroke="currentColor" stroke-width="2" stroke-linecap="round" stroke-linejoin="round">${path}</svg>`;
}

/** "Add": on the attach, add-item and add-deadline buttons. */
export const plusIcon = (): TemplateResult => icon("plus", svg`<path d="M8 3v10M3 8h10" />`);

/** "Done": saved, complete, verified. */
export const checkIcon = (): TemplateResult => icon("check", svg`<path d="M3 8.5l3.2 3L13 4.5" />`);

/** "Becomes": a number before and after a change ("→" is in no font the app ships either). */
export const arrowIcon = (): TemplateResult => icon("arrow", svg`<path d="M2.5 8h10M9 4.5L12.5 8 9 11.5" />`);

/** "Ordered this way": beside the header the province overview is sorted by (▲ and ▼ are in no font either). */
export const sortIcon = (descending: boolean): TemplateResult =>
  icon(
    descending ? "sort-descending" : "sort-ascending",
    descending ? svg`<path d="M3.5 6l4.5 5 4.5-5" />` : svg`<path d="M3.5 10l4.5-5 4.5 5" />`,
  );
