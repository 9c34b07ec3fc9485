//! The province office's own desk (issue 16) in Chromium at 1366×768, by keyboard where a
//! clerk would use it: the first run's question answered "the province" and ปัตตานี, the
//! overview of its 12 districts (none sent) and 3 organisations that sent, the list of the
//! offices not sent copied for the phone round, and the roster dialog with a phone number
//! set and an organisation added. Screenshots land in target/ui.

import fs from "node:fs";
import path from "node:path";
import type { Page } from "playwright-core";
import { describe, expect, it } from "vitest";
import { type App, flowSuite, repoRoot } from "./harness";
import { wordsCut } from "./thai-lines";

const OFFICE_SCREEN = { width: 1366, height: 768 };
/** Words of the new screens a line must never split. */
const WORDS = ["สำนักงาน", "ทะเบียน", "อำเภอ", "ท้องถิ่น", "จังหวัด", "ปกครอง", "รายชื่อ", "ประเมิน", "องค์กร"];

function screenshotPath(name: string): string {
  const folder = path.join(repoRoot, "target/ui");
  fs.mkdirSync(folder, { recursive: true });
  return path.join(folder, name);
}

const commands = async (app: App, only: string[]) => (await app.calls()).filter((call) => only.includes(call.command));

/** Nothing of the page reaches past the window's right edge. */
const fitsAcross = (page: Page) => page.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth);

/** Answers the first run's question by keyboard: the province, then ปัตตานี from the list. */
async function answerProvince(page: Page): Promise<void> {
  const dialog = page.locator("[data-modal=role]");
  await dialog.waitFor();
  await expect.poll(() => page.evaluate(() => document.activeElement?.matches("input[name=role]:checked") ?? false)).toBe(true);
  await page.keyboard.press("ArrowDown");
  await dialog.locator("[data-role-province]").waitFor();
  await page.keyboard.press("Tab");
  const select = dialog.locator("select[name=province]");
  expect(await select.evaluate((element) => element === document.activeElement), "Tab goes on to the province").toBe(true);
  for (let press = 0; press < 80 && (await select.inputValue()) !== "ปัตตานี"; press++) await page.keyboard.press("ArrowDown");
  expect(await select.inputValue()).toBe("ปัตตานี");
}

describe("the province office's own desk at 1366×768", () => {
  const flow = flowSuite();
  let app: App | null = null;

  it("asks whom the PC works for, and a province PC lands on the overview of its districts with nothing of its own", async () => {
    app = await flow.open(OFFICE_SCREEN, true, null, undefined, { keepRoleQuestion: true });
    const { page } = app;
    await answerProvince(page);
    const dialog = page.locator("[data-modal=role]");
    expect(await dialog.locator("input[name=add-districts]").isChecked()).toBe(true);
    await page.screenshot({ path: screenshotPath("issue16-role-1366.png") });
    expect(await wordsCut(page, "[data-modal=role]", WORDS)).toEqual([]);
    const buttons = await dialog.locator(".form-buttons").boundingBox();
    expect(buttons!.y + buttons!.height, "the start button shows without scrolling").toBeLessThanOrEqual(OFFICE_SCREEN.height);

    // The checkbox, then the start button: Enter starts.
    await page.keyboard.press("Tab");
    await page.keyboard.press("Tab");
    await page.keyboard.press("Enter");
    await page.locator("[data-province-table]").waitFor();
    expect(
      (await commands(app, ["set_role", "work_for_province", "set_office", "add_province_to_roster", "create_round"])).map((c) => [
        c.command,
        c.args,
      ]),
    ).toEqual([["work_for_province", { province: "ปัตตานี", addDistricts: true }]]);
    expect(await page.locator("[data-desk-province]").textContent()).toBe("จังหวัดปัตตานี");
    expect(await page.locator("[data-sent-counts]").textContent()).toBe("ส่งแล้ว 3 / ยังไม่ส่ง 12 / ทั้งหมด 15");
    const unsent = page.locator('[data-reporting="missing"]');
    expect(await unsent.count()).toBe(12);
    expect(await unsent.first().textContent()).toBe("ยังไม่ส่ง (เลยกำหนด)");
    expect(await page.locator("[data-not-on-roster]").count(), "the three senders are not listed yet").toBe(3);
    expect(await page.locator("[data-notice=info]").textContent()).toContain("เพิ่ม 12 อำเภอ (มีอยู่แล้ว 0)");
    await page.evaluate(() => {
      for (const dismiss of document.querySelectorAll<HTMLButtonElement>(".notice button")) dismiss.click();
    });
    await page.screenshot({ path: screenshotPath("issue16-province-overview-1366.png") });
    expect(await fitsAcross(page), "no sideways scrolling at 1366 pixels").toBe(true);
    expect(await page.locator(".table-scroll").evaluate((scroll) => scroll.scrollWidth <= scroll.clientWidth), "nor inside the table").toBe(
      true,
    );
    expect(await wordsCut(page, ".topbar, .province-top, .province-summary, [data-province-table] th", WORDS)).toEqual([]);
  });

  it("copies the offices not sent, and the roster dialog sets a phone number and adds an organisation", async () => {
    app = await flow.open(OFFICE_SCREEN, true, null, undefined, { keepRoleQuestion: true });
    const { page } = app;
    await answerProvince(page);
    await page.locator("[data-modal=role] button[type=submit]").press("Enter");
    await page.locator("[data-province-table]").waitFor();

    await page.locator('[data-action="copy-unsent"]').click();
    await expect.poll(() => page.locator("[data-notice=info]").last().textContent()).toContain("คัดลอกแล้ว 12 สำนักงาน");
    const copied = (await page.evaluate(() => navigator.clipboard.readText())).split("\n");
    expect(copied).toHaveLength(12);
    expect(copied[0]).toBe("อำเภอเมืองปัตตานี — ไม่มีเบอร์");

    // The notices said what they had to; they would sit beside the dialog in its picture.
    // (All at once: an information notice also goes by itself after a few seconds.)
    await page.evaluate(() => {
      for (const dismiss of document.querySelectorAll<HTMLButtonElement>(".notice button")) dismiss.click();
    });
    await page.locator('[data-action="open-roster"]').click();
    const roster = page.locator("[data-modal=roster]");
    await roster.locator("[data-roster-table]").waitFor();
    expect(await roster.locator("[data-roster-entry]").count()).toBe(12);
    const phone = roster.locator('[data-roster-entry] input[name="phone"]').nth(1);
    await phone.fill("073-431-234");
    await page.keyboard.press("Tab");
    await expect.poll(async () => (await app!.calls("set_roster_phone")).map((c) => c.args)).toEqual([{ id: 2, phone: "073-431-234" }]);
    await roster.locator("[data-phone-saved]").waitFor();

    // Taking an office off asks once more, the keyboard going to the question and back.
    const focused = () => page.evaluate(() => (document.activeElement as HTMLElement | null)?.dataset.action ?? "");
    await roster.locator('[data-remove="3"]').focus();
    await page.keyboard.press("Enter");
    await expect.poll(focused).toBe("confirm-remove");
    await page.keyboard.press("Tab");
    await page.keyboard.press("Enter");
    await expect.poll(focused).toBe("remove");
    expect(await roster.locator("[data-remove-ask]").count()).toBe(0);
    expect(await app.calls("remove_from_roster"), "kept").toEqual([]);

    await roster.locator('input[name="office-name"]').fill("เทศบาลตำบลยะรัง");
    await roster.locator('input[name="office-district"]').fill("ยะรัง");
    await roster.locator('input[name="office-phone"]').fill("073-123-456");
    await page.keyboard.press("Enter");
    await expect.poll(() => roster.locator("h2").textContent()).toBe("รายชื่อสำนักงาน (13)");
    expect((await app.calls("add_office_to_roster")).map((c) => c.args)).toEqual([
      { input: { name: "เทศบาลตำบลยะรัง", kind: "local_administration", province: "", district: "ยะรัง", phone: "073-123-456" } },
    ]);
    expect(await roster.locator(".roster-add [data-roster-done]").textContent()).toBe('เพิ่ม "เทศบาลตำบลยะรัง" ในรายชื่อแล้ว');
    await page.screenshot({ path: screenshotPath("issue16-roster-1366.png") });
    expect(await wordsCut(page, "[data-modal=roster]", WORDS)).toEqual([]);
    const close = await roster.locator('[data-action="dismiss"]').boundingBox();
    expect(close!.y + close!.height, "the close button shows in the window").toBeLessThanOrEqual(OFFICE_SCREEN.height);

    await page.keyboard.press("Escape");
    await expect.poll(() => roster.count()).toBe(0);
    expect(
      await page.locator('[data-office-name="เทศบาลตำบลยะรัง"] [data-not-on-roster]').count(),
      "the organisation that sent is on the roster now",
    ).toBe(0);
    await page.locator('[data-action="copy-unsent"]').click();
    await expect
      .poll(async () => (await page.evaluate(() => navigator.clipboard.readText())).split("\n")[1])
      .toBe("อำเภอโคกโพธิ์ — โทร 073-431-234");
  });
});
