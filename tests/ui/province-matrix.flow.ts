//! A department's overview in Chromium at 1366×768 (issue 18): 10,000 offices, of which
//! the table draws only those in view; scrolled to the bottom it shows the last office;
//! the search box finds one office by part of its name, spaces aside; the reporting header
//! puts the offices overdue first; Tab walks on past the rows first drawn and Enter opens
//! an office's round; axe finds nothing serious. The screenshot lands in target/ui.

import fs from "node:fs";
import path from "node:path";
import type { Page } from "playwright-core";
import { describe, expect, it } from "vitest";
import { audit } from "./audit";
import { answerWithMatrix, FOUND_ONCE, matrixStatus } from "./fake-matrix";
import { flowSuite, repoRoot } from "./harness";

const OFFICE_SCREEN = { width: 1366, height: 768 };
const OFFICES = 10_000;

function screenshotPath(name: string): string {
  const folder = path.join(repoRoot, "target/ui");
  fs.mkdirSync(folder, { recursive: true });
  return path.join(folder, name);
}

const drawnRows = (page: Page) => page.locator("[data-province-table] tbody tr[data-office-name]");

/** The rows drawn whose middle shows in the table's box, below its header: [aria-rowindex, name]. */
const rowsInView = (page: Page) =>
  page.evaluate(() => {
    const box = document.querySelector("[data-province-scroll]")!.getBoundingClientRect();
    const head = document.querySelector("[data-province-table] thead")!.getBoundingClientRect();
    return [...document.querySelectorAll<HTMLElement>("[data-province-table] tbody tr[data-office-name]")]
      .filter((row) => {
        const rect = row.getBoundingClientRect();
        const middle = rect.top + rect.height / 2;
        return middle > head.bottom && middle < box.bottom;
      })
      .map((row) => [row.getAttribute("aria-rowindex"), row.dataset.officeName]);
  });

describe("a department's overview of 10,000 offices at 1366×768", () => {
  const flow = flowSuite();

  it("draws only the rows in view, scrolls to the last office, finds one, orders by reporting and opens a round by keyboard", async () => {
    const app = await flow.open(OFFICE_SCREEN);
    const { page } = app;
    await answerWithMatrix(page, matrixStatus(OFFICES));
    await page.locator('[data-action="open-province"]').click();
    await drawnRows(page).first().waitFor();
    expect(await page.locator("[data-sent-counts]").textContent()).toMatch(/^ส่งแล้ว [\d,]+ \/ ยังไม่ส่ง [\d,]+ \/ ทั้งหมด 9999$/);
    expect(await page.locator("[data-province-table]").getAttribute("aria-rowcount"), "every office, and the header").toBe("10001");
    const drawn = await drawnRows(page).count();
    expect(drawn, "a window's worth of rows, not 10,000").toBeLessThan(60);
    expect(drawn).toBeGreaterThan(10);
    const firstInView = await rowsInView(page);
    expect(firstInView[0]).toEqual(["2", "ที่ทำการปกครองจังหวัดปัตตานี"]);
    expect(firstInView.length, "the box shows several rows at this size").toBeGreaterThanOrEqual(8);
    expect(await page.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth), "no sideways scrolling").toBe(true);
    await page.evaluate(() => {
      for (const dismiss of document.querySelectorAll<HTMLButtonElement>(".notice button")) dismiss.click();
    });
    await page.screenshot({ path: screenshotPath("issue18-matrix-10000-1366.png") });
    expect(await audit(app)).toEqual([]);

    // The bottom: the last office, in view, numbered as the 10,000th.
    await page.locator("[data-province-scroll]").evaluate((box) => box.scrollTo(0, box.scrollHeight));
    await expect.poll(async () => (await rowsInView(page)).at(-1)).toEqual([String(OFFICES + 1), FOUND_ONCE]);
    expect(await drawnRows(page).count()).toBeLessThan(60);

    // Part of its name, with a space typed in it.
    await page.locator('input[name="find-office"]').fill("ตะลุ โบะ");
    await expect.poll(() => drawnRows(page).count()).toBe(1);
    expect(await drawnRows(page).first().getAttribute("data-office-name")).toBe(FOUND_ONCE);
    expect(await page.locator("[data-matrix-shown]").textContent()).toBe("แสดง 1 จาก 10,000 สำนักงาน");
    await page.locator('input[name="find-office"]').fill("");
    await expect.poll(() => page.locator("[data-matrix-shown]").textContent()).toBe("");

    // Ordered by reporting: the offices overdue first, from the top of the box.
    await page.locator('th[data-sort-column="reporting"] button').click();
    await expect.poll(() => page.locator('th[data-sort-column="reporting"]').getAttribute("aria-sort")).toBe("ascending");
    const badges = await page
      .locator("tbody tr[aria-rowindex] [data-reporting]")
      .evaluateAll((all) => all.slice(0, 10).map((b) => b.textContent));
    expect(badges).toEqual(Array(10).fill("ยังไม่ส่ง (เลยกำหนด)"));
    expect((await rowsInView(page))[0]?.[0]).toBe("2");

    // The other way round: the offices that sent, each opening its round. Tab walks past the rows first drawn.
    await page.locator('th[data-sort-column="reporting"] button').press("Enter");
    await expect.poll(() => page.locator('th[data-sort-column="reporting"]').getAttribute("aria-sort")).toBe("descending");
    await page.keyboard.press("Tab");
    for (let press = 0; press < 60; press++) await page.keyboard.press("Tab");
    const focused = await page.evaluate(() => {
      const row = document.activeElement as HTMLElement;
      const rect = row.getBoundingClientRect();
      const box = document.querySelector("[data-province-scroll]")!.getBoundingClientRect();
      return {
        index: Number(row.getAttribute("aria-rowindex")),
        office: Number(row.dataset.officeRow),
        shown: rect.top >= box.top && rect.bottom <= box.bottom,
      };
    });
    expect(focused.index, "still a row, far past the rows first drawn").toBeGreaterThan(50);
    expect(focused.shown, "scrolled into view").toBe(true);
    await page.keyboard.press("Enter");
    await expect.poll(async () => (await app.calls("get_checklist")).at(-1)?.args).toEqual({ roundId: focused.office - 100 + 10_000 });
    await page.locator("[data-item-id]").first().waitFor();
  });
});
