//! A lit directive that calls back once an element comes near the screen: a checklist of
//! 70 items with 200 files asks only for the previews someone can see, not for all of
//! them at start (each asks the shell to decode a photo, and holds its picture).

import { nothing } from "lit";
import { AsyncDirective, directive, type ElementPart, type PartInfo, PartType } from "lit/async-directive.js";

/** How far below the window a file may be and still have its preview made: a scroll ahead. */
const AHEAD = "400px 0px";

const waiting = new Map<Element, () => void>();
let observer: IntersectionObserver | null = null;

function watch(element: Element, callback: () => void): void {
  if (typeof IntersectionObserver === "undefined") {
    // No way to tell (a test's DOM): as if seen at once.
    callback();
    return;
  }
  observer ??= new IntersectionObserver(
    (entries) => {
      for (const entry of entries) {
        if (!entry.isIntersecting) continue;
        const seen = waiting.get(entry.target);
        unwatch(entry.target);
        seen?.();
      }
    },
    { rootMargin: AHEAD },
  );
  waiting.set(element, callback);
  observer.observe(element);
}

function unwatch(element: Element): void {
  waiting.delete(element);
  observer?.unobserve(element);
}

class WhenSeen extends AsyncDirective {
  private element: Element | null = null;
  private key: string | null = null;
  private callback: () => void = () => {};

  constructor(part: PartInfo) {
    super(part);
    if (part.type !== PartType.ELEMENT) throw new Error("whenSeen() goes on an element");
  }

  render(_key: string, _callback: () => void) {
    return nothing;
  }

  override update(part: ElementPart, [key, callback]: [string, () => void]) {
    // The newest callback is the one to call. An element is watched once for each key:
    // lit may reuse it for another file, or the previews may be forgotten (a new key).
    this.callback = callback;
    if (this.element !== part.element || this.key !== key) {
      if (this.element) unwatch(this.element);
      this.element = part.element;
      this.key = key;
      watch(part.element, () => this.callback());
    }
    return nothing;
  }

  protected override disconnected() {
    if (this.element) unwatch(this.element);
    this.element = null;
  }

  protected override reconnected() {}
}

/**
 * `<span ${whenSeen(key, () => load())}>`: `load` runs once the span nears the screen,
 * and again only when the key changes.
 */
export const whenSeen = directive(WhenSeen);
