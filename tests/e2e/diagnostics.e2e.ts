//! Diagnosable in the real app: a clerk types a note, the database is damaged behind the
//! app's back (a table it reads is dropped), the app reloads and cannot open its data;
//! from that failure page the clerk saves the diagnostics file (the save dialog's folder
//! comes from GECC_TEST_SAVE_DIALOG). The ZIP holds the logged internal error with its
//! cause and the database's health, and not the note, the office's name or the person's.

import { execFileSync } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { launch, saveArtifact, startDriver, type Driver } from "./app";

const ITEM = '[data-item-id="physical.service-hours"]';
const NOTE = "บันทึกลับของเสมียน ห้ามออกนอกสำนักงาน";
const SAVED = `document.querySelector('${ITEM} [data-saved]') && !document.querySelector(".save-state.saving")`;
const DIALOG = '[data-modal="backups"]';

/** Every entry of a ZIP as text, read by Python's zipfile (an outside reader). */
function zipEntries(file: string): Record<string, string> {
  const script =
    "import json,sys,zipfile; z=zipfile.ZipFile(sys.argv[1]); " + "print(json.dumps({n: z.read(n).decode('utf-8') for n in z.namelist()}))";
  return JSON.parse(execFileSync("python3", ["-c", script, file], { encoding: "utf8" }));
}

describe("diagnostics in the real app", () => {
  const work = fs.mkdtempSync(path.join(os.tmpdir(), "gecc-e2e-diagnostics-"));
  const saveFolder = path.join(work, "saved");
  let driver: Driver;

  beforeAll(async () => {
    fs.mkdirSync(saveFolder);
    driver = await startDriver({ GECC_TEST_SAVE_DIALOG: saveFolder });
  });

  afterAll(async () => {
    await driver?.stop();
  });

  it("logs an internal error and saves a diagnostics ZIP from the failure page, without the office's words", async () => {
    const { session } = await launch(driver);
    await session.click(`${ITEM} label[data-status="met"]`);
    await session.type(`${ITEM} .note textarea`, NOTE);
    await session.waitFor(SAVED, "the answer to be saved");

    // The damage: another program drops a table the checklist reads, then the app reloads.
    const database = path.join(driver.dataDir, "gecc-desk.sqlite3");
    execFileSync("python3", [
      "-c",
      "import sqlite3,sys; c=sqlite3.connect(sys.argv[1]); c.execute('DROP TABLE deadlines'); c.commit()",
      database,
    ]);
    await session.execute("location.reload()");
    await session.waitFor('document.querySelector("main.failure [data-error-code]")', "the failure page", 30_000);
    await session.click('[data-action="open-diagnostics"]');
    await session.waitFor(`document.querySelector('${DIALOG} [data-action="save-diagnostics"]')`, "the diagnostics button");
    await session.click(`${DIALOG} [data-action="save-diagnostics"]`);
    await session.waitFor(`document.querySelector('${DIALOG} [data-diagnostics-saved]')`, "the file to be saved", 30_000);
    saveArtifact("diagnostics-saved.png", await session.screenshot());
    await session.end();

    const saved = fs.readdirSync(saveFolder);
    expect(saved).toHaveLength(1);
    expect(saved[0]).toMatch(/^gecc-diagnostics-\d{8}-\d{6}\.zip$/);
    const entries = zipEntries(path.join(saveFolder, saved[0]));
    const about = JSON.parse(entries["diagnostics.json"]);
    expect(about.program).toBe("gecc-desk");
    expect(about.database.integrity_check).toEqual(["ok"]);
    expect(about.database.table_rows.answers).toBe(1);
    const logs = Object.entries(entries)
      .filter(([name]) => name.startsWith("logs/gecc-desk."))
      .map(([, text]) => text)
      .join("");
    expect(logs, "the app's log is in the file").toContain("database opened");
    expect(
      logs.split("\n").some((line) => line.includes("ERROR") && line.includes("no such table: deadlines")),
      `the internal error is logged with its cause:\n${logs}`,
    ).toBe(true);
    for (const [name, text] of Object.entries(entries)) {
      expect(text.includes(NOTE), `${name} holds the note`).toBe(false);
      expect(text.includes("ห้ามออกนอก"), `${name} holds part of the note`).toBe(false);
    }
  });
});
