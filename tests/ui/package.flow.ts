//! The province package in Chromium at 1366×768 (issue 16). An office takes in a package
//! signed by a key it has never seen, by keyboard alone: the import dialog, the province's
//! criteria, the preview (who signed, the warning, what changes), the fingerprint checked
//! by phone and ticked, and the import. The province's side: the send dialog with its
//! editions and report dates, and the file written with its fingerprint. Screenshots
//! land in target/ui.

import fs from "node:fs";
import path from "node:path";
import type { Page } from "playwright-core";
import { describe, expect, it } from "vitest";
import { type App, flowSuite, repoRoot } from "./harness";
import { wordsCut } from "./thai-lines";

const OFFICE_SCREEN = { width: 1366, height: 768 };
/** Words of the new dialogs a line must never split. */
const WORDS = ["ชุดเกณฑ์", "จังหวัด", "ลายนิ้วมือ", "กุญแจ", "โทรศัพท์", "สำนักงาน", "รายงาน", "คะแนน", "ปีงบประมาณ"];

const PACKS = [
  {
    pack_id: "gecc-2568",
    pack_version: 2,
    year_be: 2568,
    builtin: true,
    complete: false,
    sha256: "",
    parts: [],
    title: { th: "เกณฑ์มาตรฐานศูนย์ราชการสะดวก (GECC) ประจำปี 2568", en: "" },
  },
  {
    pack_id: "gecc-2568",
    pack_version: 1,
    year_be: 2568,
    builtin: true,
    complete: false,
    sha256: "",
    parts: [],
    title: { th: "เกณฑ์มาตรฐานศูนย์ราชการสะดวก (GECC) ประจำปี 2568", en: "" },
  },
  {
    pack_id: "gecc-2568",
    pack_version: 3,
    year_be: 2568,
    builtin: false,
    complete: false,
    sha256: "",
    parts: [],
    title: { th: "เกณฑ์ GECC 2568 ฉบับจังหวัดปัตตานี", en: "" },
  },
];

function screenshotPath(name: string): string {
  const folder = path.join(repoRoot, "target/ui");
  fs.mkdirSync(folder, { recursive: true });
  return path.join(folder, name);
}

const focused = (page: Page) =>
  page.evaluate(() => {
    const active = document.activeElement as HTMLElement | null;
    return active?.dataset.action ?? active?.getAttribute("name") ?? active?.getAttribute("type") ?? active?.tagName ?? "";
  });

/** Whether an element's box lies wholly inside the window (nothing of it cut off at an edge). */
const inWindow = (page: Page, selector: string) =>
  page.locator(selector).evaluate((element) => {
    const box = element.getBoundingClientRect();
    return box.top >= 0 && box.left >= 0 && box.bottom <= window.innerHeight && box.right <= window.innerWidth;
  });

/** No text in the dialog is wider than its box (a fingerprint or a file name running out of it). */
const overflowing = (page: Page, selector: string) =>
  page
    .locator(selector)
    .evaluate((dialog) =>
      [...dialog.querySelectorAll<HTMLElement>("*")]
        .filter((e) => e.scrollWidth > e.clientWidth + 1 && getComputedStyle(e).overflowX === "visible" && e.clientWidth > 0)
        .map((e) => e.className || e.tagName),
    );

/** What in a dialog reaches past its edges (a long title widening a box, a fingerprint running out). */
const outside = (page: Page, selector: string) =>
  page.locator(selector).evaluate((dialog) => {
    const edge = dialog.getBoundingClientRect();
    return [...dialog.querySelectorAll<HTMLElement>("*")]
      .filter((element) => {
        const box = element.getBoundingClientRect();
        return box.width > 0 && (box.right > edge.right + 1 || box.left < edge.left - 1);
      })
      .map((element) => element.getAttribute("name") ?? (element.className || element.tagName));
  });

describe("the province package at 1366×768", () => {
  const flow = flowSuite();
  let app: App | null = null;

  it("an office imports a package signed by a new key by keyboard, once the fingerprint is checked with the province", async () => {
    app = await flow.open(OFFICE_SCREEN);
    const { page } = app;
    await page.locator('[data-action="import-bundles"]').focus();
    await page.keyboard.press("Enter");
    await page.locator("[data-modal=import-bundles]").waitFor();
    await expect.poll(() => page.evaluate(() => document.activeElement?.matches("[data-modal=import-bundles]") ?? false)).toBe(true);
    for (let press = 0; press < 6 && (await focused(page)) !== "choose-package"; press++) await page.keyboard.press("Tab");
    expect(await focused(page), "the province's criteria are offered beside the bundles").toBe("choose-package");
    await page.keyboard.press("Enter");

    const dialog = page.locator("[data-modal=package-import]");
    await dialog.locator("[data-package-fingerprint]").waitFor();
    expect(await app.calls("choose_province_package")).toHaveLength(1);
    expect(await dialog.locator("[data-package-fingerprint]").textContent()).toBe("4F2A-91C3-77DE-0B15");
    expect(await dialog.locator('[data-key-trust="new"] p').textContent()).toBe("ยังไม่รู้จักกุญแจนี้: โทรถามจังหวัดว่าลายนิ้วมือตรงกันก่อน");
    expect(await dialog.locator('[data-items="added"] li').count()).toBe(3);
    const importButton = dialog.locator('button[type="submit"]');
    expect(await importButton.isDisabled(), "not before the fingerprint is checked").toBe(true);
    // The focus moved into the new dialog.
    await expect.poll(() => page.evaluate(() => document.activeElement?.matches("[data-modal=package-import]") ?? false)).toBe(true);
    await page.screenshot({ path: screenshotPath("issue16-package-import-1366.png") });
    expect(await wordsCut(page, "[data-modal=package-import]", WORDS)).toEqual([]);
    expect(await overflowing(page, "[data-modal=package-import]")).toEqual([]);
    expect(await outside(page, "[data-modal=package-import]")).toEqual([]);
    expect(await inWindow(page, "[data-modal=package-import] .form-buttons"), "the buttons show without scrolling").toBe(true);
    expect(await inWindow(page, "[data-modal=package-import] [data-key-trust]"), "so do who signed it and the warning").toBe(true);

    // The check box first, then Cancel, then Import.
    await page.keyboard.press("Tab");
    expect(await focused(page)).toBe("key-checked");
    await page.keyboard.press("Space");
    await expect.poll(() => importButton.isDisabled()).toBe(false);
    for (let press = 0; press < 4 && (await focused(page)) !== "submit"; press++) await page.keyboard.press("Tab");
    expect(await focused(page)).toBe("submit");
    await page.keyboard.press("Enter");

    await expect.poll(() => dialog.count()).toBe(0);
    expect((await app.calls("import_province_package")).map((call) => call.args)).toEqual([{ acceptNewKey: true }]);
    expect(await page.locator("[data-notice=info]").last().textContent()).toContain(
      "นำเข้าชุดเกณฑ์ของจังหวัดปัตตานีแล้ว: เกณฑ์ GECC 2568 ฉบับจังหวัดปัตตานี รุ่น 3 · ย้ายรอบมาใช้รุ่นนี้ 1 รอบ",
    );
    // The rounds and the checklist are read again (a round may be on the edition now).
    const readAfter = async () => {
      const commands = (await app!.calls()).map((call) => call.command);
      return commands.slice(commands.lastIndexOf("import_province_package") + 1);
    };
    await expect.poll(readAfter).toEqual(expect.arrayContaining(["list_rounds", "list_packs", "get_checklist"]));
  });

  it("the province sends its edition and the year's report dates, and is shown the file and the fingerprint to give by phone", async () => {
    app = await flow.open(OFFICE_SCREEN, false, null, undefined, { role: "province", packs: PACKS });
    const { page } = app;
    await page.locator("[data-province-table]").waitFor();
    await page.locator('[data-action="send-package"]').click();
    const dialog = page.locator("[data-modal=package-export]");
    await dialog.locator('[data-package-dates="application"] .hint').waitFor();
    // The newest edition first, once the list is read.
    await expect.poll(() => dialog.locator('select[name="package-edition"]').inputValue()).toBe("gecc-2568@3");
    await dialog.locator('input[name="dates-maintenance-12-month"]').uncheck();
    await page.screenshot({ path: screenshotPath("issue16-package-export-1366.png") });
    expect(await wordsCut(page, "[data-modal=package-export]", WORDS)).toEqual([]);
    expect(await overflowing(page, "[data-modal=package-export]")).toEqual([]);
    expect(await outside(page, "[data-modal=package-export]")).toEqual([]);
    expect(await inWindow(page, "[data-modal=package-export]"), "the whole dialog shows").toBe(true);

    await dialog.locator('button[type="submit"]').click();
    await dialog.locator("[data-package-written]").waitFor();
    expect((await app.calls("export_province_package")).map((call) => call.args)).toEqual([
      {
        request: {
          pack_id: "gecc-2568",
          pack_version: 3,
          report_dates: [
            { fiscal_year_be: 2570, kind: "application" },
            { fiscal_year_be: 2570, kind: "maintenance-6-month" },
          ],
        },
      },
    ]);
    expect(await dialog.locator("[data-package-key]").textContent()).toContain("4F2A-91C3-77DE-0B15: ให้สำนักงานตรวจทางโทรศัพท์");
    await page.screenshot({ path: screenshotPath("issue16-package-exported-1366.png") });
    expect(await overflowing(page, "[data-modal=package-export]")).toEqual([]);
    await dialog.locator('[data-action="open-export-folder"]').click();
    await expect.poll(async () => (await app!.calls("open_export_folder")).length).toBe(1);
  });
});
