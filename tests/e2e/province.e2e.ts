//! The province office's first run in the real app (issue 16): a fresh data folder, the
//! question of whom the PC works for answered "the province" and ปัตตานี, and the overview
//! it lands on lists the province's 12 districts, none sent yet; the PC has no round of
//! its own, and the store holds the role and the roster.

import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { cliJson, ROLE_QUESTION, saveArtifact, startApp, startDriver, type Driver } from "./app";

const DIALOG = '[data-modal="role"]';

describe("the province office's first run in the real app", () => {
  let driver: Driver;

  beforeAll(async () => {
    driver = await startDriver();
  });

  afterAll(async () => {
    await driver?.stop();
  });

  it("asks whom the PC works for and, answered the province of ปัตตานี, opens on the overview of its 12 districts", async () => {
    const session = await startApp(driver);
    await session.waitFor(ROLE_QUESTION, "the first run's question", 60_000);
    expect(
      await session.execute<boolean>('return !!document.querySelector("[data-item-id]")'),
      "no checklist is opened before the question is answered",
    ).toBe(false);

    await session.click(`${DIALOG} input[name="role"][value="province"]`);
    await session.waitFor(
      `document.querySelector('${DIALOG} select[name="province"] option[value="ปัตตานี"]')`,
      "the provinces to choose from",
    );
    await session.click(`${DIALOG} select[name="province"] option[value="ปัตตานี"]`);
    expect(await session.property<boolean>(`${DIALOG} input[name="add-districts"]`, "checked"), "districts listed unless unticked").toBe(
      true,
    );
    await session.click(`${DIALOG} button[type="submit"]`);

    await session.waitFor(
      'document.querySelectorAll("[data-province-table] [data-reporting]").length === 12',
      "the overview of 12 offices",
      30_000,
    );
    const badges = await session.execute<string[]>(
      'return [...document.querySelectorAll("[data-province-table] [data-reporting]")].map((badge) => badge.textContent)',
    );
    expect(
      badges.every((badge) => badge.startsWith("ยังไม่ส่ง")),
      badges.join(", "),
    ).toBe(true);
    expect(await session.text("[data-sent-counts]")).toBe("ส่งแล้ว 0 / ยังไม่ส่ง 12 / ทั้งหมด 12");
    expect(await session.text("[data-desk-province]")).toBe("จังหวัดปัตตานี");
    expect(await session.text("[data-edit-office]"), "the office is named after its province").toBe("ที่ทำการปกครองจังหวัดปัตตานี");
    saveArtifact("issue16-province-first-run.png", await session.screenshot());
    await session.end();

    const roster = cliJson<Array<{ name: string; district_code: string }>>(driver.dataDir, "roster");
    expect(roster.map((entry) => entry.name)).toContain("อำเภอเมืองปัตตานี");
    expect(roster).toHaveLength(12);
    expect(cliJson<unknown[]>(driver.dataDir, "rounds"), "no round of its own").toEqual([]);
    expect(cliJson<{ role: string }>(driver.dataDir, "role").role, "asked once: the next start opens the overview").toBe("province");
  });
});
