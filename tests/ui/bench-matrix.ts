//! `cargo xtask bench` (issue 18): the province overview of a department's 10,000 offices
//! (and of 1,000, beside it) in Debian's Chromium at 1366×768, the built UI served as the
//! flows serve it with province_status answered from fake-matrix.ts. Measured, never
//! asserted; the time is taken in the page (performance.now and animation frames).
//!
//!   open    from the click on the overview button until the first rows are painted (the
//!           render, then two animation frames): the read, parsing its JSON, the keys worked
//!           out once, the first window of rows; a fresh page each run, median of OPEN_RUNS
//!   scroll  the table's box moved through every row in SCROLL_STEPS steps, one a frame;
//!           each frame's length from one animation frame to the next: the worst and median
//!   filter  each letter of a name typed into the search box, then the box emptied, until
//!           the rows it leaves are painted: the slowest
//!   sort    a press on each sortable header (name twice), until painted: the slowest
//!
//! Not a flow (the flow glob is *.flow.ts): xtask runs it through Vite's module runner
//! after `npm run build`. Prints a table beside the goals, then the figures as one JSON
//! object, also kept in target/bench/matrix.json.

import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import type { Page } from "playwright-core";
import { readyState } from "../../ui/src/test-fixtures/bundles";
import { answerWithMatrix, matrixStatus } from "./fake-matrix";
import { openApp, repoRoot, serveUi } from "./harness";

const SIZES = [10_000, 1_000];
const OPEN_RUNS = Number(process.env.GECC_BENCH_MATRIX_RUNS ?? 5);
const SCROLL_STEPS = 60;
const TYPED = "หนองบัว";
const SCREEN = { width: 1366, height: 768 };
const GOALS = { openMs: 200, worstFrameMs: 200, filterMs: 100, sortMs: 100 };

interface Figures {
  openMs: number;
  openRunsMs: number[];
  worstFrameMs: number;
  medianFrameMs: number;
  /** Every frame of the scroll, in order. */
  framesMs: number[];
  filterMs: number;
  filterKeystrokesMs: number[];
  sortMs: number;
  sortsMs: Record<string, number>;
  rowsDrawn: number;
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
}

const round = (ms: number) => Math.round(ms * 10) / 10;

/** What the clerk does: types into the search box, or presses a header. */
type Act = { type: string } | { sort: string };

/** Does `act` in the page, then waits for the render it asked for and one frame more (so it was painted); ms. */
function timedInPage(page: Page, act: Act): Promise<number> {
  return page.evaluate(async (act) => {
    const frame = () => new Promise((resolve) => requestAnimationFrame(resolve));
    const started = performance.now();
    if ("type" in act) {
      const box = document.querySelector<HTMLInputElement>('input[name="find-office"]')!;
      box.value = act.type;
      box.dispatchEvent(new Event("input", { bubbles: true }));
    } else {
      document.querySelector<HTMLElement>(`th[data-sort-column="${act.sort}"] button`)!.click();
    }
    // The redraw was asked for first: it runs in this frame before us, and the frame after is painted.
    await frame();
    await frame();
    return performance.now() - started;
  }, act);
}

/** From the overview button's click until the first office row is in the document, then two frames (painted). */
function openOverview(page: Page): Promise<number> {
  return page.evaluate(async () => {
    const frame = () => new Promise((resolve) => requestAnimationFrame(resolve));
    const row = "[data-province-table] tbody tr[data-office-name]";
    const started = performance.now();
    const drawn = new Promise<void>((resolve) => {
      const observer = new MutationObserver(() => {
        if (document.querySelector(row)) {
          observer.disconnect();
          resolve();
        }
      });
      observer.observe(document.body, { childList: true, subtree: true });
    });
    document.querySelector<HTMLElement>('[data-action="open-province"]')!.click();
    await drawn;
    await frame();
    await frame();
    return performance.now() - started;
  });
}

/** The box scrolled from top to bottom in `steps` steps, one each frame; every frame's length. */
function scrollThrough(page: Page, steps: number): Promise<number[]> {
  return page.evaluate(async (count) => {
    const box = document.querySelector<HTMLElement>("[data-province-scroll]")!;
    const stamps: number[] = [];
    await new Promise<void>((resolve) => {
      let step = 0;
      const tick = (now: number) => {
        stamps.push(now);
        // Two frames after the last step: its rows drawn and painted are counted too.
        if (step === count + 2) return resolve();
        step += 1;
        if (step <= count) box.scrollTop = ((box.scrollHeight - box.clientHeight) * step) / count;
        requestAnimationFrame(tick);
      };
      requestAnimationFrame(tick);
    });
    return stamps.slice(1).map((stamp, at) => stamp - stamps[at]);
  }, steps);
}

async function measure(url: string, count: number): Promise<Figures> {
  const status = matrixStatus(count);
  const app = await openApp(url, readyState().checklist, SCREEN);
  const { page } = app;
  try {
    const openRunsMs: number[] = [];
    for (let run = 0; run < OPEN_RUNS; run++) {
      // A fresh page each time: a second open would show the rows it kept while reading again.
      if (run > 0) {
        await page.reload();
        await page.waitForSelector("#app[data-ready=true] [data-item-id]");
      }
      await answerWithMatrix(page, status);
      openRunsMs.push(await openOverview(page));
    }
    const rowsDrawn = await page.locator("[data-province-table] tbody tr[data-office-name]").count();
    const last = await page.locator("[data-province-table] tbody tr[data-office-name]").last().getAttribute("aria-rowindex");
    const frames = await scrollThrough(page, SCROLL_STEPS);
    const bottom = await page.locator("[data-province-table] tbody tr[data-office-name]").last().getAttribute("aria-rowindex");
    if (bottom !== String(count + 1))
      throw new Error(`scrolled to the bottom, the last row drawn is ${bottom}, not ${count + 1} (first: ${last})`);

    const filterKeystrokesMs: number[] = [];
    for (let letters = 1; letters <= TYPED.length; letters++)
      filterKeystrokesMs.push(await timedInPage(page, { type: TYPED.slice(0, letters) }));
    const found = await page.locator("[data-matrix-shown]").textContent();
    filterKeystrokesMs.push(await timedInPage(page, { type: "" }));
    process.stderr.write(`${count} offices: "${TYPED}" leaves "${found}"\n`);

    const sortsMs: Record<string, number> = {};
    for (const [key, label] of [
      ["name", "name"],
      ["name", "name, descending"],
      ["reporting", "reporting"],
      ["score", "score"],
      ["last_bundle", "last bundle"],
    ]) {
      sortsMs[label] = round(await timedInPage(page, { sort: key }));
    }
    return {
      openMs: round(median(openRunsMs)),
      openRunsMs: openRunsMs.map(round),
      worstFrameMs: round(Math.max(...frames)),
      medianFrameMs: round(median(frames)),
      framesMs: frames.map(round),
      filterMs: round(Math.max(...filterKeystrokesMs)),
      filterKeystrokesMs: filterKeystrokesMs.map(round),
      sortMs: Math.max(...Object.values(sortsMs)),
      sortsMs,
      rowsDrawn,
    };
  } finally {
    await app.close();
  }
}

const server = await serveUi();
const results: Record<string, Figures> = {};
try {
  for (const count of SIZES) {
    process.stderr.write(`matrix bench: ${count} offices\n`);
    results[count] = await measure(server.url, count);
  }
} finally {
  await server.close();
}

const load = os.loadavg()[0];
const [big, small] = SIZES.map((count) => results[count]);
const ms = (value: number) => `${Math.round(value)} ms`;
const lines: Array<[string, number, number, number]> = [
  ["open", big.openMs, small.openMs, GOALS.openMs],
  ["worst scroll frame", big.worstFrameMs, small.worstFrameMs, GOALS.worstFrameMs],
  ["median scroll frame", big.medianFrameMs, small.medianFrameMs, GOALS.worstFrameMs],
  ["filter (slowest keystroke)", big.filterMs, small.filterMs, GOALS.filterMs],
  ["sort (slowest header)", big.sortMs, small.sortMs, GOALS.sortMs],
];
console.log(
  `\nPROVINCE OVERVIEW MATRIX (Chromium ${SCREEN.width}×${SCREEN.height}, built UI, province_status faked; open: median of ${OPEN_RUNS};` +
    ` load ${load.toFixed(1)} on ${os.cpus().length} cores)`,
);
console.log(`${"WHAT".padEnd(46)} ${"10,000".padStart(8)} ${"GOAL".padStart(9)} ${"1,000".padStart(8)}`);
for (const [what, ten, one, goal] of lines) {
  console.log(
    `${`matrix of 10,000 offices: ${what}`.padEnd(46)} ${ms(ten).padStart(8)} ${`≤ ${ms(goal)}`.padStart(9)} ${ms(one).padStart(8)}`,
  );
}
console.log(
  `rows in the document: ${big.rowsDrawn} of 10,000, ${small.rowsDrawn} of 1,000; scroll: ${SCROLL_STEPS} steps from top to bottom, one a frame;` +
    ` filter: "${TYPED}" typed a letter at a time, then emptied; sort: name (twice), reporting, score, last bundle.`,
);

const figures = { screen: SCREEN, openRuns: OPEN_RUNS, scrollSteps: SCROLL_STEPS, load, goals: GOALS, results };
console.log(JSON.stringify(figures));
const record = path.join(repoRoot, "target/bench/matrix.json");
fs.mkdirSync(path.dirname(record), { recursive: true });
fs.writeFileSync(record, JSON.stringify(figures, null, 2));
console.log(`every figure: ${path.relative(repoRoot, record)}`);
