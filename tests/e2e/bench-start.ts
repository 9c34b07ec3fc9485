//! `cargo xtask bench start`: how long the release app takes from start to an interactive
//! checklist, and how much memory it then holds, beside a bare Tauri window built from the
//! same toolchain and Tauri (crates/bare-window). Measured, never asserted.
//!
//! Not a test (the e2e glob is *.e2e.ts): xtask builds both release binaries and runs this
//! under `xvfb-run -a` through Vite's module runner. Each run gets a fresh tauri-driver with
//! a fresh XDG home; GECC Desk is started twice in that home (a first run that creates the
//! data folder, then a second run that opens it). The time runs from the WebDriver
//! new-session request, which starts the app, until the page is interactive: the first
//! screen of GECC Desk's checklist is on screen (the rest follows a few items a frame,
//! and the e2e tests' READY waits for all of it) or, on a first run, its question
//! of whom the PC works for (answered "a district office" after measuring, so the second
//! run opens a checklist), or the bare page has set body[data-ready]. Memory is the
//! proportional set size of the app and its WebKit processes 2 s after that. A third home
//! is seeded by `gecc-bench target/bench seed-desk` with a full year (the 70-item pack
//! answered, 100 camera photos and 100 PDFs) and opened twice: the first open makes the
//! photos' previews, the second finds them made.

import { execFileSync } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";
import type { Driver } from "./app";

const root = fileURLToPath(new URL("../..", import.meta.url));
const desk = path.join(root, "target/release/gecc-desk");
const bare = path.join(root, "target/release/gecc-bare-window");
const seeder = path.join(root, "target/release/gecc-bench");
const RUNS = Number(process.env.GECC_BENCH_START_RUNS ?? 5);
const SETTLE_MS = 2_000;
/** Away from the e2e tests' 4444, so that they may run at the same time. */
const PORT = 4464;
const BARE_READY = 'document.body.dataset.ready === "true"';

// app.ts reads the app binary once, when first imported: the release build.
process.env.GECC_APP_BINARY = desk;
const { ROLE_QUESTION, answerDistrict, memoryKb, startDriver, waitUntil } = await import("./app");
/** The checklist's first screen is drawn and answers (the rest follows a few items a frame: data-ready). */
const FIRST_SCREEN = 'document.querySelector("#app[data-first-screen=true] [data-item-id]")';
const DESK_READY = `${FIRST_SCREEN} || ${ROLE_QUESTION}`;

for (const binary of [desk, bare, seeder]) {
  if (!fs.existsSync(binary)) throw new Error(`build it first (cargo xtask bench start does): ${binary} is missing`);
}

const COLUMNS = ["app", "WebKitWebProcess", "WebKitNetworkProcess", "other"] as const;
type Column = (typeof COLUMNS)[number];

interface Run {
  sessionMs: number;
  interactiveMs: number;
  /** From the start request: when the page began loading, and the app's own marks. */
  stepsMs: Record<string, number>;
  pssKb: Record<Column | "total", number>;
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

function parentOf(pid: number): number | null {
  try {
    const stat = fs.readFileSync(`/proc/${pid}/stat`, "utf8");
    return Number(stat.slice(stat.lastIndexOf(")") + 2).split(" ")[1]);
  } catch {
    return null;
  }
}

/** The instance of `binary` started in `home`, and its descendants (the WebKit processes). */
function family(binary: string, home: string): { main: number[]; all: number[] } {
  const exe = fs.realpathSync(binary);
  const pids = fs
    .readdirSync("/proc")
    .filter((name) => /^\d+$/.test(name))
    .map(Number);
  const main = pids.filter((pid) => {
    try {
      return (
        fs.readlinkSync(`/proc/${pid}/exe`) === exe &&
        fs
          .readFileSync(`/proc/${pid}/environ`, "utf8")
          .split("\0")
          .includes(`XDG_DATA_HOME=${path.join(home, "data")}`)
      );
    } catch {
      return false;
    }
  });
  const all = new Set(main);
  for (let grew = true; grew; ) {
    grew = false;
    for (const pid of pids) {
      const parent = parentOf(pid);
      if (!all.has(pid) && parent !== null && all.has(parent)) {
        all.add(pid);
        grew = true;
      }
    }
  }
  return { main, all: [...all] };
}

function columnOf(pid: number, main: number[]): Column {
  if (main.includes(pid)) return "app";
  let name = "";
  try {
    name = fs.readFileSync(`/proc/${pid}/comm`, "utf8").trim();
  } catch {
    // Gone already.
  }
  // comm keeps 15 characters: WebKitWebProces, WebKitNetworkPr.
  if (name.startsWith("WebKitWebProces")) return "WebKitWebProcess";
  if (name.startsWith("WebKitNetworkPr")) return "WebKitNetworkProcess";
  return "other";
}

/** Starts `binary` through the driver, waits until `ready` holds, then measures. */
async function measure(driver: Driver, binary: string, ready: string): Promise<Run> {
  const started = performance.now();
  const startedAt = Date.now();
  const session = await driver.client.newSession(binary);
  const sessionMs = performance.now() - started;
  while (!(await session.execute<boolean>(`return !!(${ready});`).catch(() => false))) {
    if (performance.now() - started > 60_000) throw new Error(`${path.basename(binary)}: not interactive after 60 s`);
    await sleep(10);
  }
  const interactiveMs = performance.now() - started;
  await sleep(SETTLE_MS);
  // Read after settling, so that the marks of the frames drawing the rest are there too.
  const page = await session.execute<{ origin: number; marks: Array<[string, number]> }>(
    `return { origin: performance.timeOrigin, marks: performance.getEntriesByType("mark").map((m) => [m.name, m.startTime]) };`,
  );
  const navigation = page.origin - startedAt;
  const stepsMs: Record<string, number> = { navigation };
  for (const [name, at] of page.marks) stepsMs[name.replace(/^gecc:/, "")] = navigation + at;
  const { main, all } = family(binary, driver.home);
  const pssKb = { total: 0, app: 0, WebKitWebProcess: 0, WebKitNetworkProcess: 0, other: 0 };
  for (const pid of all) {
    const pss = memoryKb([pid]).pssKb;
    pssKb[columnOf(pid, main)] += pss;
    pssKb.total += pss;
  }
  if (binary === desk && (await session.execute<boolean>(`return !!${ROLE_QUESTION}`))) await answerDistrict(session);
  await session.end().catch(() => undefined);
  // The next start in this home must not meet this one (its database, its single instance).
  try {
    await waitUntil(() => family(binary, driver.home).main.length === 0, "the app to exit", 10_000);
  } catch {
    for (const pid of family(binary, driver.home).main) process.kill(pid, "SIGKILL");
    await waitUntil(() => family(binary, driver.home).main.length === 0, "the app to be killed", 5_000);
  }
  return { sessionMs, interactiveMs, stepsMs, pssKb };
}

/** WebKit's processes may still be writing their shader cache as they exit: try again, then leave it. */
async function removeHome(home: string): Promise<void> {
  for (let attempt = 1; ; attempt++) {
    try {
      fs.rmSync(home, { recursive: true, force: true });
      return;
    } catch (error) {
      if (attempt === 10) {
        process.stderr.write(`left behind: ${home} (${error})\n`);
        return;
      }
      await sleep(500);
    }
  }
}

async function withDriver<T>(body: (driver: Driver) => Promise<T>): Promise<T> {
  const driver = await startDriver({}, PORT);
  try {
    return await body(driver);
  } finally {
    for (const binary of [desk, bare]) {
      for (const pid of family(binary, driver.home).main) process.kill(pid, "SIGKILL");
    }
    await driver.stop();
    await removeHome(driver.home);
  }
}

/** Leaves a full year in the data folder the driver's app will open. */
function seedFullYear(driver: Driver): void {
  const env: NodeJS.ProcessEnv = { ...process.env, XDG_DATA_HOME: path.join(driver.home, "data") };
  delete env.GECC_DATA_DIR;
  execFileSync(seeder, [path.join(root, "target/bench"), "seed-desk"], { env, stdio: ["ignore", "ignore", "inherit"] });
}

const results = {
  deskFirst: [] as Run[],
  deskSecond: [] as Run[],
  fullFirst: [] as Run[],
  fullSecond: [] as Run[],
  bare: [] as Run[],
};
const load = os.loadavg()[0];

// One launch of each first, not counted: it brings the binaries and WebKit into the page cache.
await withDriver((driver) => measure(driver, desk, DESK_READY));
await withDriver((driver) => measure(driver, bare, BARE_READY));
for (let run = 1; run <= RUNS; run++) {
  process.stderr.write(`start-up run ${run} of ${RUNS}\n`);
  await withDriver(async (driver) => {
    results.deskFirst.push(await measure(driver, desk, DESK_READY));
    results.deskSecond.push(await measure(driver, desk, DESK_READY));
  });
  await withDriver(async (driver) => {
    results.bare.push(await measure(driver, bare, BARE_READY));
  });
  await withDriver(async (driver) => {
    seedFullYear(driver);
    results.fullFirst.push(await measure(driver, desk, FIRST_SCREEN));
    results.fullSecond.push(await measure(driver, desk, FIRST_SCREEN));
  });
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
}

const ms = (value: number) => `${Math.round(value)} ms`;
const mb = (kb: number) => `${(kb / 1024).toFixed(1)} MB`;
const rows: Array<[string, Run[]]> = [
  ["GECC Desk, first run (new data folder)", results.deskFirst],
  ["GECC Desk, second run", results.deskSecond],
  ["70 items, 200 files: first open", results.fullFirst],
  ["70 items, 200 files: later open", results.fullSecond],
  ["bare Tauri window (same toolchain)", results.bare],
];

console.log(
  `\nSTART TO INTERACTIVE AND MEMORY (release, ${RUNS} runs each under Xvfb, load ${load.toFixed(1)} on ${os.cpus().length} cores;` +
    ` PSS ${SETTLE_MS / 1000} s after interactive, median)`,
);
const bareInteractive = median(results.bare.map((run) => run.interactiveMs));
const barePss = median(results.bare.map((run) => run.pssKb.total));
const times = (value: number, baseline: number) => `${(value / baseline).toFixed(2)}×`;
console.log(
  `${"APP".padEnd(40)} ${"SESSION".padStart(8)} ${"INTERACTIVE".padStart(11)} ${"×BARE".padStart(6)} ${"MIN".padStart(8)}` +
    ` ${"PSS TOTAL".padStart(10)} ${"×BARE".padStart(6)} ${"APP".padStart(9)} ${"WEBPROC".padStart(9)} ${"NETPROC".padStart(9)} ${"OTHER".padStart(8)}`,
);
for (const [what, runs] of rows) {
  const pss = (column: Column | "total") => median(runs.map((run) => run.pssKb[column]));
  const interactive = median(runs.map((run) => run.interactiveMs));
  console.log(
    `${what.padEnd(40)} ${ms(median(runs.map((run) => run.sessionMs))).padStart(8)}` +
      ` ${ms(interactive).padStart(11)} ${times(interactive, bareInteractive).padStart(6)}` +
      ` ${ms(Math.min(...runs.map((run) => run.interactiveMs))).padStart(8)}` +
      ` ${mb(pss("total")).padStart(10)} ${times(pss("total"), barePss).padStart(6)}` +
      ` ${mb(pss("app")).padStart(9)} ${mb(pss("WebKitWebProcess")).padStart(9)}` +
      ` ${mb(pss("WebKitNetworkProcess")).padStart(9)} ${mb(pss("other")).padStart(8)}`,
  );
}
// The page's marks (ui/src/main.ts, controller.ts): where the time to interactive goes.
const STEPS = ["navigation", "script", "settings", "data", "staff", "first-screen", "painted", "rendered"];
console.log(`\nWHERE THE TIME GOES (median ms from the start request; ui/src/main.ts and controller.ts mark the steps)`);
console.log(`${"APP".padEnd(40)} ${STEPS.map((step) => step.toUpperCase().padStart(10)).join(" ")} ${"INTERACTIVE".padStart(11)}`);
for (const [what, runs] of rows) {
  const at = (step: string) => {
    const values = runs.map((run) => run.stepsMs[step]).filter((value) => value !== undefined);
    return values.length > 0 ? ms(median(values)) : "";
  };
  console.log(
    `${what.padEnd(40)} ${STEPS.map((step) => at(step).padStart(10)).join(" ")} ${ms(median(runs.map((run) => run.interactiveMs))).padStart(11)}`,
  );
}
console.log(
  "NAVIGATION: the page begins to load; SCRIPT: the app's script runs; SETTINGS, DATA, STAFF: the first, the checklist's and the" +
    " last start-up data has come; FIRST-SCREEN: the checklist's first items are in the page (then laid out and painted); PAINTED:" +
    " the next frame begins, that one painted; RENDERED: all of them are in the page.",
);
const size = (binary: string) => `${(fs.statSync(binary).size / 1e6).toFixed(1)} MB`;
console.log(`release binaries: gecc-desk ${size(desk)}, gecc-bare-window ${size(bare)}`);
console.log(
  "SESSION: until the WebDriver session (the app's window and webview) is up; INTERACTIVE: until the" +
    " checklist's first screen (first run: the question of whom the PC works for; bare: the page) is on screen; ×BARE: against the" +
    " bare window (goal: at most 1.30×); MIN: the fastest run; WEBPROC, NETPROC: WebKitWebProcess," +
    " WebKitNetworkProcess.",
);

const record = path.join(root, "target/bench/start-up.json");
fs.mkdirSync(path.dirname(record), { recursive: true });
fs.writeFileSync(record, JSON.stringify({ runs: RUNS, settleMs: SETTLE_MS, load, results }, null, 2));
console.log(`every run: ${path.relative(root, record)}`);
