//! Backups in the real app: the clerk answers an item, backs up, changes the answer, and
//! restores the backup from the backups dialog; the checklist shows the old answer at once
//! and after a restart, and the data as it was before the restore is kept as a backup.

import fs from "node:fs";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { launch, saveArtifact, startDriver, type Driver } from "./app";

const ITEM = '[data-item-id="physical.service-hours"]';
const DIALOG = '[data-modal="backups"]';
const OLD_NOTE = "ติดป้ายเวลาเปิดให้บริการ จ.-ศ. ๐๘.๓๐-๑๖.๓๐ น. แล้ว";
const NEW_NOTE = "ป้ายหลุด ต้องติดใหม่";
const SAVED = `document.querySelector('${ITEM} [data-saved]') && !document.querySelector(".save-state.saving")`;

describe("backups in the real app", () => {
  let driver: Driver;

  beforeAll(async () => {
    driver = await startDriver();
  });

  afterAll(async () => {
    await driver?.stop();
  });

  it("restores an answer from a backup, on screen at once and after a restart", async () => {
    const { session } = await launch(driver);
    await session.click(`${ITEM} label[data-status="met"]`);
    await session.type(`${ITEM} .note textarea`, OLD_NOTE);
    await session.waitFor(SAVED, "the answer to be saved");

    // Back up now: the new backup is listed, made by hand, and marked as the one just made.
    await session.click('[data-action="open-backups"]');
    await session.waitFor(`document.querySelector('${DIALOG} [data-backups] [data-backup]')`, "the list of backups");
    expect(await session.text(`${DIALOG} [data-backup-reason]`), "the backup made when the app started").toBe("เปิดโปรแกรม");
    await session.click(`${DIALOG} [data-action="back-up-now"]`);
    await session.waitFor(
      `document.querySelector('${DIALOG} [data-backed-up]') && document.querySelector('${DIALOG} tr.just-made')`,
      "the backup to be made",
    );
    const backup = await session.execute<string>(`return document.querySelector('${DIALOG} tr.just-made').dataset.backup`);
    expect(await session.text(`${DIALOG} tr.just-made [data-backup-reason]`)).toBe("สำรองด้วยตนเอง");
    expect(await session.text(`${DIALOG} tr.just-made [data-backup-when]`), "a Buddhist-era date and a time").toMatch(
      /^\d{1,2} \S+ 25\d\d \d\d:\d\d:\d\d$/,
    );
    saveArtifact("backups-list.png", await session.screenshot());
    await session.click(`${DIALOG} [data-action="dismiss"]`);
    await session.waitFor(`!document.querySelector('${DIALOG}')`, "the dialog to close");

    // The answer changes after the backup.
    await session.click(`${ITEM} label[data-status="not_met"]`);
    // Saved before the note is cleared: the render that follows a save would put it back.
    await session.waitFor(`document.querySelector('${ITEM}.status-not_met') && ${SAVED}`, "the new status to be saved");
    await session.clear(`${ITEM} .note textarea`);
    await session.type(`${ITEM} .note textarea`, NEW_NOTE);
    await session.waitFor(SAVED, "the change to be saved");
    expect(await session.property<string>(`${ITEM} .note textarea`, "value")).toBe(NEW_NOTE);

    // Restore the backup: the dialog says what is kept and what is lost, then what it did.
    await session.click('[data-action="open-backups"]');
    await session.waitFor(`document.querySelector('${DIALOG} [data-backup="${backup}"]')`, "the backup in the list");
    await session.click(`${DIALOG} [data-backup="${backup}"] [data-action="restore"]`);
    await session.waitFor(`document.querySelector('${DIALOG} [data-restore-confirm]')`, "the confirmation");
    const warning = await session.text(`${DIALOG} [data-restore-confirm]`);
    expect(warning).toContain("โปรแกรมจะสำรองข้อมูลปัจจุบันไว้ก่อน");
    expect(warning).toContain("ที่ทำหลัง");
    saveArtifact("backups-confirm.png", await session.screenshot());
    await session.click(`${DIALOG} button[type="submit"]`);
    await session.waitFor(`document.querySelector('${DIALOG} [data-restore-report]')`, "the restore's report", 60_000);
    expect(await session.text(`${DIALOG} [data-restore-report]`)).toContain("ข้อมูลก่อนกู้คืนสำรองไว้แล้ว");
    expect(await session.text(`${DIALOG} [data-backup-reason]`), "the newest backup is the data before the restore").toBe("ก่อนกู้คืนข้อมูล");
    saveArtifact("backups-restored.png", await session.screenshot());
    await session.click(`${DIALOG} [data-action="dismiss"]`);
    await session.waitFor(`!document.querySelector('${DIALOG}')`, "the dialog to close");

    expect(await session.property<string>(`${ITEM} .note textarea`, "value"), "the checklist shows the old note").toBe(OLD_NOTE);
    expect(await session.property<boolean>(`${ITEM} input[value="met"]`, "checked"), "and the old status").toBe(true);
    await session.end();

    const backups = fs.readdirSync(path.join(driver.dataDir, "backups"));
    expect(
      backups.some((name) => name.endsWith("_before-restore.sqlite3")),
      "the replaced data is kept",
    ).toBe(true);
    expect(
      backups.filter((name) => name.endsWith(".part")),
      "no half-written backup is left",
    ).toEqual([]);

    const { session: again } = await launch(driver);
    expect(await again.property<string>(`${ITEM} .note textarea`, "value"), "the restored note after a restart").toBe(OLD_NOTE);
    expect(await again.property<boolean>(`${ITEM} input[value="met"]`, "checked")).toBe(true);
    await again.end();
  });
});
