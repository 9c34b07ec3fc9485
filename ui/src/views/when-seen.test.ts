//! whenSeen: previews are asked for when a file comes near the screen, once per file,
//! and again for an element lit reuses for another file or after previews were forgotten.

import { html, nothing, render } from "lit";
import { describe, expect, it, vi } from "vitest";

/** An IntersectionObserver the test moves: `show` brings an element near the screen. */
class FakeObserver {
  static current: FakeObserver | null = null;
  readonly watched = new Set<Element>();
  constructor(private readonly callback: (entries: Array<{ target: Element; isIntersecting: boolean }>) => void) {
    FakeObserver.current = this;
  }
  observe(element: Element) {
    this.watched.add(element);
  }
  unobserve(element: Element) {
    this.watched.delete(element);
  }
  show(element: Element) {
    if (this.watched.has(element)) this.callback([{ target: element, isIntersecting: true }]);
  }
}
vi.stubGlobal("IntersectionObserver", FakeObserver);
const { whenSeen } = await import("./when-seen");

const observer = () => FakeObserver.current as FakeObserver;

describe("whenSeen", () => {
  it("calls back when the element nears the screen, not before, and only once", () => {
    const root = document.createElement("div");
    const seen = vi.fn();
    render(html`<span ${whenSeen("file-1", seen)}></span>`, root);
    const span = root.querySelector("span") as Element;
    expect(seen).not.toHaveBeenCalled();

    observer().show(span);
    observer().show(span);
    render(html`<span ${whenSeen("file-1", seen)}></span>`, root);
    observer().show(span);
    expect(seen).toHaveBeenCalledTimes(1);
  });

  it("watches again an element reused for another key (another file, or previews forgotten)", () => {
    const root = document.createElement("div");
    const first = vi.fn();
    const second = vi.fn();
    const view = (key: string, callback: () => void) => html`<span ${whenSeen(key, callback)}></span>`;
    render(view("0/file-1", first), root);
    const span = root.querySelector("span") as Element;
    observer().show(span);

    render(view("1/file-1", second), root);
    expect(root.querySelector("span"), "the same element").toBe(span);
    observer().show(span);
    expect(first).toHaveBeenCalledTimes(1);
    expect(second).toHaveBeenCalledTimes(1);
  });

  it("stops watching an element that is taken away", () => {
    const root = document.createElement("div");
    const seen = vi.fn();
    render(html`${html`<span ${whenSeen("file-2", seen)}></span>`}`, root);
    const span = root.querySelector("span") as Element;
    expect(observer().watched.has(span)).toBe(true);

    render(html`${nothing}`, root);
    expect(observer().watched.has(span)).toBe(false);
    observer().show(span);
    expect(seen).not.toHaveBeenCalled();
  });
});
