//! Typing numbers and dates in Chromium, where a `type="number"` box hands the page an
//! empty value for "๑๒๐" or "1,200": the digits are read, a box that cannot be read is
//! marked beside itself, and a save finishing elsewhere never resets a half-typed box.
//! Screenshots at 1366×768 land in target/ui.

import fs from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { type App, flowSuite, repoRoot } from "./harness";

const SURVEY = '[data-item-id="outcome.citizen-satisfaction"]';
const OFFICE_SCREEN = { width: 1366, height: 768 };

describe("typing numbers and dates in Chromium", () => {
  const flow = flowSuite();
  let app: App | null = null;

  const lastSaved = async (itemId: string) =>
    (await app!.calls("save_answer")).filter((call) => call.args.itemId === itemId).at(-1)?.args.input as
      | { figures: Record<string, unknown>; due_date: string | null; sub_scores: Record<string, number> }
      | undefined;

  it("reads Thai digits and thousands, and marks a box it cannot read", async () => {
    app = await flow.open(OFFICE_SCREEN);
    const { page } = app;
    await page.locator(`${SURVEY} input[name="tally-very-high"]`).fill("๑๒๐");
    await page.locator(`${SURVEY} input[name="tally-high"]`).fill("1,200");
    await page.locator(`${SURVEY} input[name="tally-medium"]`).fill("abc");
    await page.locator(`${SURVEY} input[name="figure-sample-size"]`).fill("๑,๒๐๐");
    await page.locator(`${SURVEY} input[name="sub-score-collection-method"]`).fill("99");
    await page.locator(`${SURVEY} .note textarea`).click();
    await expect
      .poll(async () => (await lastSaved("outcome.citizen-satisfaction"))?.figures, { timeout: 5_000 })
      .toEqual({ responses: { "very-high": 120, high: 1200 }, "sample-size": 1200 });
    expect(await page.locator(`${SURVEY} input[name="tally-medium"]`).inputValue()).toBe("abc");
    await expect.poll(() => page.locator(`${SURVEY} [data-box-error="tally-medium"]`).textContent()).toContain("อ่านเป็นตัวเลขไม่ได้");
    expect(await page.locator(`${SURVEY} [data-box-error="sub-score-collection-method"]`).textContent()).toContain("ต้องไม่เกิน 10");
    expect((await lastSaved("outcome.citizen-satisfaction"))?.sub_scores, "the bad sub-score is not sent").toEqual({});
    const folder = path.join(repoRoot, "target/ui");
    fs.mkdirSync(folder, { recursive: true });
    await page.locator(SURVEY).screenshot({ path: path.join(folder, "issue15-numbers-1366.png") });
  });

  it("keeps a half-typed date, number and note when another save finishes, and says what a date was read as", async () => {
    app = await flow.open(OFFICE_SCREEN);
    const { page } = app;
    const due = page.locator(`${SURVEY} input[name="due-date"]`);
    await due.click();
    await page.keyboard.type("15/01/25");
    await page.locator(`${SURVEY} input[name="figure-sample-size"]`).fill("1,2");
    await page.locator(`${SURVEY} .note textarea`).fill("เก็บแบบสอบถามแล้ว");
    // Another item's status is saved (and the page redrawn) while these are half typed.
    await page.locator('[data-item-id="physical.lighting"] [data-status="met"]').click();
    await expect.poll(async () => (await app!.calls("save_answer")).some((call) => call.args.itemId === "physical.lighting")).toBe(true);
    await page.waitForSelector('[data-item-id="physical.lighting"] [data-saved]');
    expect(await due.inputValue()).toBe("15/01/25");
    expect(await page.locator(`${SURVEY} input[name="figure-sample-size"]`).inputValue()).toBe("1,2");
    expect(await page.locator(`${SURVEY} .note textarea`).inputValue()).toBe("เก็บแบบสอบถามแล้ว");
    await due.click();
    await page.keyboard.press("End");
    await page.keyboard.type("70");
    expect(await page.locator(`${SURVEY} [data-due-words]`).textContent()).toContain("15 ม.ค. 2570");
    await page.keyboard.press("Tab");
    await expect.poll(async () => (await lastSaved("outcome.citizen-satisfaction"))?.due_date, { timeout: 5_000 }).toBe("2027-01-15");

    await due.fill("15/01/2027");
    await page.keyboard.press("Tab");
    expect(await due.inputValue(), "a refused date stays in its box").toBe("15/01/2027");
    expect(await page.locator(`${SURVEY} [data-box-error="due-date"]`).textContent()).toContain("2570");
    await page.locator(`${SURVEY} .item-meta`).screenshot({ path: path.join(repoRoot, "target/ui", "issue15-date-refused-1366.png") });
  });
});
