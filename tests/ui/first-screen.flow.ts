//! How the checklist opens, in Chromium at 1366×768: a screenful of items is drawn as soon
//! as the start-up data has come, in the same task (not at a later animation frame, which
//! WebKit without a graphics card gives 100–230 ms late), and once that is painted the
//! rest follows a few items a task, until every item is there once, in pack order.

import { describe, expect, it } from "vitest";
import { firstScreenItems } from "../../ui/src/state";
import { flowSuite } from "./harness";

const WINDOW = { width: 1366, height: 768 };

interface Seen {
  /** Each performance mark the app made, with the animation frames run before it. */
  marks: Array<{ name: string; frames: number }>;
  /** Items in the page when #app[data-first-screen] was set, and when #app[data-ready] was. */
  atFirstScreen: number | null;
  atReady: number | null;
}

/** Runs in the page before the app: counts animation frames and notes the marks and the items drawn. */
function watchTheStart(): void {
  const seen: Seen = { marks: [], atFirstScreen: null, atReady: null };
  (window as unknown as { __SEEN__: Seen }).__SEEN__ = seen;
  let frames = 0;
  const askFrame = window.requestAnimationFrame.bind(window);
  window.requestAnimationFrame = (callback) =>
    askFrame((time) => {
      frames += 1;
      callback(time);
    });
  const mark = performance.mark.bind(performance);
  performance.mark = (name: string, options?: PerformanceMarkOptions) => {
    seen.marks.push({ name, frames });
    return mark(name, options);
  };
  const items = () => document.querySelectorAll("#app [data-item-id]").length;
  new MutationObserver((changes) => {
    for (const change of changes) {
      const app = change.target as HTMLElement;
      if (change.attributeName === "data-first-screen" && seen.atFirstScreen === null) seen.atFirstScreen = items();
      if (change.attributeName === "data-ready" && app.dataset.ready && seen.atReady === null) seen.atReady = items();
    }
  }).observe(document, { attributes: true, subtree: true, attributeFilter: ["data-first-screen", "data-ready"] });
}

describe("the checklist opens on a screenful, then draws the rest", () => {
  const flow = flowSuite<{ item_evidence: Array<{ item_id: string }> }>();

  it("draws a screenful with the data, paints it, then every item once in pack order", async () => {
    const app = await flow.open(WINDOW, false, null, undefined, { watch: watchTheStart });
    const seen = await app.page.evaluate(() => (window as unknown as { __SEEN__: Seen }).__SEEN__);
    const all = flow.checklist.item_evidence.map((item) => item.item_id);
    expect(all.length, "more items than a screen holds").toBeGreaterThan(firstScreenItems(WINDOW.height) * 2);

    expect(seen.atFirstScreen, "a screenful of items first").toBe(firstScreenItems(WINDOW.height));
    expect(seen.atReady, "then all of them").toBe(all.length);
    const drawn = await app.page
      .locator("#app article[data-item-id]")
      .evaluateAll((items) => items.map((item) => item.getAttribute("data-item-id")));
    expect(drawn, "each once, in the pack's order").toEqual(all);

    const names = seen.marks.map((mark) => mark.name);
    expect(
      names.filter((name) => name !== "gecc:staff"),
      "the steps of starting, in order",
    ).toEqual(["gecc:script", "gecc:settings", "gecc:data", "gecc:first-screen", "gecc:painted", "gecc:rendered"]);
    const at = (name: string) => seen.marks.find((mark) => mark.name === name)?.frames;
    expect(at("gecc:first-screen"), "the first screen waits for no animation frame once the data has come").toBe(at("gecc:data"));
    expect(at("gecc:painted"), "the rest waits for the first screen's frame").toBeGreaterThan(at("gecc:first-screen") ?? Number.NaN);
  });
});

describe("the first screen's fonts", () => {
  const flow = flowSuite();

  it("are named in the page, fetched beside the script and once each, and are the ones the screen uses", async () => {
    const app = await flow.open(WINDOW, false);
    const { fetched, used } = await app.page.evaluate(async () => {
      await document.fonts.ready;
      const subset = (range: string) => (/U\+E01/i.test(range) ? "thai" : /U\+0-FF\b/i.test(range) ? "latin" : range);
      return {
        fetched: performance
          .getEntriesByType("resource")
          .map((entry) => entry as PerformanceResourceTiming)
          .filter((entry) => entry.name.endsWith(".woff2"))
          .map((entry) => ({ file: entry.name.split("/").pop() ?? "", by: entry.initiatorType })),
        used: [...document.fonts]
          .filter((face) => face.status === "loaded")
          .map((face) => `sarabun-${subset(face.unicodeRange)}-${face.weight}-normal`),
      };
    });
    const preloaded = await app.page
      .locator('link[rel="preload"][as="font"]')
      .evaluateAll((links) => links.map((link) => (link as HTMLLinkElement).href.split("/").pop() ?? ""));
    const named = (file: string) => file.replace(/-normal-[\w-]+\.woff2$/, "-normal");
    expect(preloaded.map(named).sort(), "Thai and Latin, regular and semibold").toEqual([
      "sarabun-latin-400-normal",
      "sarabun-latin-600-normal",
      "sarabun-thai-400-normal",
      "sarabun-thai-600-normal",
    ]);
    // A preload the stylesheet's request does not match (another mode) is fetched a second time.
    expect(
      fetched.filter((font) => font.by !== "link"),
      "no font the page did not name, nor one fetched again",
    ).toEqual([]);
    expect(fetched.map((font) => font.file).sort(), "fetched once each").toEqual([...preloaded].sort());
    expect(used.sort(), "the ones the first screen is drawn with").toEqual(preloaded.map(named).sort());
  });
});
