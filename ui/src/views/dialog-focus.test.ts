//! The keyboard stays in an open dialog: Tab from its last control comes back to its
//! first, Shift+Tab from the first goes to the last, and the page behind it is inert.

import { render } from "lit";
import { describe, expect, it } from "vitest";
import { appView } from "./app";
import { focusableIn } from "./modal";
import { noActions, readyState } from "../test-fixtures/bundles";

function tab(shift = false): void {
  const from = document.activeElement ?? document.body;
  from.dispatchEvent(new KeyboardEvent("keydown", { key: "Tab", shiftKey: shift, bubbles: true, cancelable: true }));
}

describe("an open dialog", () => {
  it("keeps Tab and Shift+Tab inside it, and makes the page behind it inert", () => {
    const root = document.createElement("div");
    document.body.replaceChildren(root);
    const state = readyState();
    state.modal = { kind: "approve", name: "", position: "", saving: false, error: null };
    render(appView(state, noActions), root);
    const dialog = root.querySelector<HTMLElement>("[data-modal]")!;
    const stops = focusableIn(dialog);
    expect(stops.length).toBeGreaterThan(2);
    stops.at(-1)!.focus();
    tab();
    expect(document.activeElement, "from the last control to the first").toBe(stops[0]);
    tab(true);
    expect(document.activeElement, "Shift+Tab from the first to the last").toBe(stops.at(-1));
    dialog.focus();
    tab();
    expect(document.activeElement, "from the dialog itself into it").toBe(stops[0]);
    expect(root.querySelector(".page")?.hasAttribute("inert"), "the page behind").toBe(true);
    state.modal = null;
    render(appView(state, noActions), root);
    expect(root.querySelector(".page")?.hasAttribute("inert")).toBe(false);
  });
});
