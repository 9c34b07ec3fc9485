//! Starting the real app for end-to-end tests: tauri-driver with a fresh, private set of
//! XDG folders, and measuring the app's processes' memory.

import { execFileSync, spawn, type ChildProcess } from "node:child_process";
import fs from "node:fs";
import net from "node:net";
import os from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { type Session, WebDriverClient } from "./webdriver";

export const repoRoot = fileURLToPath(new URL("../..", import.meta.url));
export const appBinary = process.env.GECC_APP_BINARY ?? path.join(repoRoot, "target/debug/gecc-desk");
export const cliBinary = process.env.GECC_CLI_BINARY ?? path.join(repoRoot, "target/debug/gecc");
export const artifactsDir = path.join(repoRoot, "target/e2e");

export interface Driver {
  client: WebDriverClient;
  home: string;
  dataDir: string;
  stop(): Promise<void>;
}

/** Waits until something accepts TCP connections on `port`. */
async function waitForPort(port: number, timeoutMs: number): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    const open = await new Promise<boolean>((resolve) => {
      const socket = net.connect(port, "127.0.0.1");
      socket.once("connect", () => {
        socket.destroy();
        resolve(true);
      });
      socket.once("error", () => resolve(false));
    });
    if (open) return;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  throw new Error(`tauri-driver did not start listening on port ${port}`);
}

/** Starts tauri-driver whose app sees only a fresh temporary home (and `extraEnv`). */
export async function startDriver(extraEnv: Record<string, string> = {}, port = 4444): Promise<Driver> {
  if (!fs.existsSync(appBinary)) throw new Error(`build the app first: ${appBinary} is missing`);
  const home = fs.mkdtempSync(path.join(os.tmpdir(), "gecc-e2e-"));
  const env: NodeJS.ProcessEnv = { ...process.env };
  // Without the desktop's session bus, the single-instance plugin cannot find a GECC Desk
  // the developer has open and hand this test's app over to it; a test that needs a bus
  // passes its own in `extraEnv`.
  delete env.DBUS_SESSION_BUS_ADDRESS;
  Object.assign(env, extraEnv);
  delete env.GECC_DATA_DIR;
  for (const [name, folder] of [
    ["XDG_DATA_HOME", "data"],
    ["XDG_CONFIG_HOME", "config"],
    ["XDG_CACHE_HOME", "cache"],
    ["XDG_RUNTIME_DIR", "runtime"],
  ]) {
    const dir = path.join(home, folder);
    fs.mkdirSync(dir, { recursive: true, mode: 0o700 });
    env[name] = dir;
  }
  const driver: ChildProcess = spawn("tauri-driver", ["--port", String(port), "--native-port", String(port + 1)], {
    env,
    stdio: ["ignore", "inherit", "inherit"],
  });
  const client = new WebDriverClient(port);
  // tauri-driver proxies to WebKitWebDriver, which it starts itself: wait for both, or
  // the first session request reaches a native driver that is not listening yet.
  await waitForPort(port, 15_000);
  await waitForPort(port + 1, 15_000);
  return {
    client,
    home,
    dataDir: path.join(home, "data", "th.gecc.desk"),
    stop: async () => {
      client.close();
      driver.kill("SIGTERM");
      await new Promise((resolve) => driver.once("exit", resolve).once("error", resolve));
      // An app left behind by a failed test must not disturb the next one; only apps
      // started with this test's home are touched.
      for (const pid of appMainProcesses()) {
        const environment = fs.readFileSync(`/proc/${pid}/environ`, "utf8").split("\0");
        if (environment.includes(`XDG_DATA_HOME=${path.join(home, "data")}`)) process.kill(pid, "SIGKILL");
      }
    },
  };
}

/** The process ids of running instances of the app binary itself. */
export function appMainProcesses(): number[] {
  const app = fs.realpathSync(appBinary);
  return fs
    .readdirSync("/proc")
    .filter((name) => /^\d+$/.test(name))
    .map(Number)
    .filter((pid) => {
      try {
        return fs.readlinkSync(`/proc/${pid}/exe`) === app;
      } catch {
        return false;
      }
    });
}

/** The process ids of the app and its WebKit helper processes. */
export function appProcesses(): number[] {
  const parentOf = new Map<number, number>();
  for (const pid of fs
    .readdirSync("/proc")
    .filter((name) => /^\d+$/.test(name))
    .map(Number)) {
    try {
      const stat = fs.readFileSync(`/proc/${pid}/stat`, "utf8");
      parentOf.set(pid, Number(stat.slice(stat.lastIndexOf(")") + 2).split(" ")[1]));
    } catch {
      // The process ended while we looked.
    }
  }
  const family = new Set(appMainProcesses());
  let grew = true;
  while (grew) {
    grew = false;
    for (const [pid, parent] of parentOf) {
      if (!family.has(pid) && family.has(parent)) {
        family.add(pid);
        grew = true;
      }
    }
  }
  return [...family];
}

export interface Memory {
  /** Proportional set size: pages shared between the processes are counted once. */
  pssKb: number;
  rssKb: number;
  /** PSS per process name (the app, WebKitWebProcess, WebKitNetworkProcess). */
  byProcessKb: Record<string, number>;
}

export function memoryKb(pids: number[]): Memory {
  const memory: Memory = { pssKb: 0, rssKb: 0, byProcessKb: {} };
  for (const pid of pids) {
    try {
      const rollup = fs.readFileSync(`/proc/${pid}/smaps_rollup`, "utf8");
      const name = fs.readFileSync(`/proc/${pid}/comm`, "utf8").trim();
      const pss = Number(/^Pss:\s+(\d+)/m.exec(rollup)?.[1] ?? 0);
      memory.pssKb += pss;
      memory.rssKb += Number(/^Rss:\s+(\d+)/m.exec(rollup)?.[1] ?? 0);
      memory.byProcessKb[name] = (memory.byProcessKb[name] ?? 0) + pss;
    } catch {
      // Gone already.
    }
  }
  return memory;
}

export function saveArtifact(name: string, content: Buffer | string): string {
  fs.mkdirSync(artifactsDir, { recursive: true });
  const file = path.join(artifactsDir, name);
  fs.writeFileSync(file, content);
  return file;
}

/** The session most recently launched, for a screenshot when a test fails. */
export let lastSession: Session | null = null;

/** The checklist is on screen. */
export const READY = 'document.querySelector("#app[data-ready=true] [data-item-id]")';

/** Starts the app and waits for nothing: for a test of what its first screen asks. */
export async function startApp(driver: Driver): Promise<Session> {
  const session = await driver.client.newSession(appBinary);
  lastSession = session;
  return session;
}

/** A first run's question of whom the PC works for is on screen (issue 16). */
export const ROLE_QUESTION = 'document.querySelector("#app[data-ready=true] [data-modal=role]")';

/** Answers a first run's question "a district office", the answer chosen already: only its button is pressed. */
export async function answerDistrict(session: Session): Promise<void> {
  await session.click('[data-modal="role"] button[type="submit"]');
  await session.waitFor(READY, "the checklist to show", 60_000);
}

/**
 * Starts the app and waits for its checklist. A first run asks whom the PC works for
 * first: it is answered "a district office" (the province's own tests answer otherwise,
 * without this function). The time is measured to the first screen that can be used.
 * Then the app asks for the office profile; unless `keepWelcome`, that dialog is put off
 * with its "later" button.
 */
export async function launch(driver: Driver, keepWelcome = false): Promise<{ session: Session; startToChecklistMs: number }> {
  const started = performance.now();
  const session = await startApp(driver);
  await session.waitFor(`${READY} || ${ROLE_QUESTION}`, "the checklist or the first run's question to show", 60_000);
  const startToChecklistMs = Math.round(performance.now() - started);
  if (await session.execute<boolean>(`return !!${ROLE_QUESTION}`)) await answerDistrict(session);
  if (!keepWelcome && (await session.execute<boolean>('return !!document.querySelector("[data-modal=office]")'))) {
    await session.click('[data-modal="office"] [data-action="dismiss"]');
    await session.waitFor('!document.querySelector("[data-modal=office]")', "the welcome dialog to close");
  }
  return { session, startToChecklistMs };
}

/** Reads what the CLI prints as JSON for the app's data folder. */
export function cliJson<T>(dataDir: string, ...args: string[]): T {
  return JSON.parse(execFileSync(cliBinary, ["--data-dir", dataDir, "--json", ...args], { encoding: "utf8" })) as T;
}

/** Sends the window-manager close request (the title bar's X) to the app's windows. */
export function closeAppWindow(pid: number): void {
  execFileSync("python3", [path.join(repoRoot, "tests/e2e/close_window.py"), String(pid)], { stdio: "inherit" });
}

export async function waitUntil(condition: () => boolean, what: string, timeoutMs: number): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!condition()) {
    if (Date.now() > deadline) throw new Error(`timed out after ${timeoutMs} ms waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 25));
  }
}
