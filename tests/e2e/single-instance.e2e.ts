//! A second launch while GECC Desk is open (a second click on the shortcut) hands over to
//! the running copy and exits at once, before opening any database; the running copy
//! stays and keeps working. On Linux the copies find each other on the session bus, so
//! the test starts a private D-Bus daemon for its two launches.

import { spawn, type ChildProcess } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { appBinary, appMainProcesses, launch, READY, startDriver, type Driver } from "./app";

/** Starts a private session bus and resolves with its address. */
async function startSessionBus(): Promise<{ address: string; daemon: ChildProcess }> {
  const daemon = spawn("dbus-daemon", ["--session", "--nofork", "--nopidfile", "--print-address"], {
    stdio: ["ignore", "pipe", "inherit"],
  });
  const address = await new Promise<string>((resolve, reject) => {
    let printed = "";
    daemon.stdout!.on("data", (chunk: Buffer) => {
      printed += chunk.toString();
      if (printed.includes("\n")) resolve(printed.split("\n")[0].trim());
    });
    daemon.once("error", reject);
    daemon.once("exit", (code) => reject(new Error(`dbus-daemon ended early (${code})`)));
    setTimeout(() => reject(new Error("dbus-daemon printed no address in 10 s")), 10_000);
  });
  return { address, daemon };
}

/** Runs the app binary and resolves with its exit code, or null if it still runs after `timeoutMs`. */
async function runFor(env: NodeJS.ProcessEnv, timeoutMs: number): Promise<{ code: number | null; stillRunning: boolean }> {
  const second = spawn(appBinary, [], { env, stdio: "ignore" });
  return new Promise((resolve) => {
    const timer = setTimeout(() => {
      second.kill("SIGKILL");
      resolve({ code: null, stillRunning: true });
    }, timeoutMs);
    second.once("exit", (code) => {
      clearTimeout(timer);
      resolve({ code, stillRunning: false });
    });
  });
}

/** The running copies of the app started with this test's home. */
function copiesWithHome(home: string): number[] {
  return appMainProcesses().filter((pid) => {
    try {
      return fs
        .readFileSync(`/proc/${pid}/environ`, "utf8")
        .split("\0")
        .includes(`XDG_DATA_HOME=${path.join(home, "data")}`);
    } catch {
      return false;
    }
  });
}

describe("a second launch of the app", () => {
  let bus: { address: string; daemon: ChildProcess };
  let driver: Driver;

  beforeAll(async () => {
    bus = await startSessionBus();
    driver = await startDriver({ DBUS_SESSION_BUS_ADDRESS: bus.address }, 4448);
  });

  afterAll(async () => {
    await driver?.stop();
    bus?.daemon.kill("SIGTERM");
  });

  it("hands over to the running copy and exits before opening a database", async () => {
    const { session } = await launch(driver);
    const running = copiesWithHome(driver.home);
    expect(running, "one copy is running").toHaveLength(1);

    // The second copy gets the same desktop, profile and bus, but its own empty data
    // folder: had it opened a database before exiting, the file would be there.
    const untouched = fs.mkdtempSync(path.join(os.tmpdir(), "gecc-e2e-second-"));
    const env: NodeJS.ProcessEnv = { ...process.env, DBUS_SESSION_BUS_ADDRESS: bus.address, GECC_DATA_DIR: untouched };
    for (const [name, folder] of [
      ["XDG_DATA_HOME", "data"],
      ["XDG_CONFIG_HOME", "config"],
      ["XDG_CACHE_HOME", "cache"],
      ["XDG_RUNTIME_DIR", "runtime"],
    ]) {
      env[name] = path.join(driver.home, folder);
    }
    const started = performance.now();
    const second = await runFor(env, 15_000);
    const exitMs = Math.round(performance.now() - started);

    expect(second.stillRunning, "the second launch does not stay").toBe(false);
    expect(second.code, "it hands over and exits cleanly").toBe(0);
    expect(exitMs, "and quickly, before a window would show").toBeLessThan(10_000);
    expect(fs.readdirSync(untouched), "it never opened (or created) a database").toEqual([]);
    expect(copiesWithHome(driver.home), "the first copy is still the only one running").toEqual(running);
    expect(await session.execute<boolean>(`return !!${READY}`), "and still shows its checklist").toBe(true);
    expect(fs.existsSync(path.join(driver.dataDir, "gecc-desk.sqlite3")), "whose database is the first copy's").toBe(true);
    fs.rmSync(untouched, { recursive: true, force: true });
  });
});
