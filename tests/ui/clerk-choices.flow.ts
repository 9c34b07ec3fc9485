//! The clerk's choices of issue 15 in Chromium at 1366×768, by keyboard: who is working
//! (asked when the app starts, point 9), which kind a just-attached file is (point 8),
//! and "open the folder" after an export (point 11); and issue 17's photos reduced when
//! e-mail parts are chosen. Screenshots land in target/ui.

import fs from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { type App, flowSuite, repoRoot } from "./harness";

const OFFICE_SCREEN = { width: 1366, height: 768 };
const STAFF = { names: ["นายวิชัย รักงาน", "นางสาวสมศรี ใจดี", "นางมาลี ศรีสุข"], current: "นางสาวสมศรี ใจดี" };
const SURVEY_ITEM = '[data-item-id="quality.needs-survey"]';

function screenshotPath(name: string): string {
  const folder = path.join(repoRoot, "target/ui");
  fs.mkdirSync(folder, { recursive: true });
  return path.join(folder, name);
}

describe("the clerk's choices at 1366×768", () => {
  const flow = flowSuite();
  let app: App | null = null;

  it("asks who is working when the app starts, last time's name picked, and is answered by keyboard", async () => {
    app = await flow.open(OFFICE_SCREEN, false, STAFF);
    const { page } = app;
    const dialog = page.locator('[data-modal="who"]');
    await dialog.waitFor();
    await page.screenshot({ path: screenshotPath("issue15-who-1366.png") });
    expect(await dialog.locator("input[name=who]:checked").inputValue()).toBe("นางสาวสมศรี ใจดี");
    await dialog.locator("input[name=who]:checked").focus();
    await page.keyboard.press("ArrowUp");
    await page.keyboard.press("Enter");
    await expect.poll(async () => (await app!.calls("choose_person")).map((call) => call.args.name)).toEqual(["นายวิชัย รักงาน"]);
    await expect.poll(() => dialog.count()).toBe(0);
    expect((await page.locator('[data-action="choose-person"]').textContent())?.trim()).toBe("ผู้ใช้งาน: นายวิชัย รักงาน");
    const header = await page.locator(".topbar").boundingBox();
    expect(header!.height, "the top bar stays one row at 1366 pixels").toBeLessThan(90);
  });

  it("asks which kind a scanned PDF is when the item still needs a kind it might be", async () => {
    app = await flow.open(OFFICE_SCREEN);
    const { page } = app;
    await page.locator(`${SURVEY_ITEM} [data-action="attach"]`).click();
    await expect.poll(async () => (await app!.calls("attach_with_dialog")).length).toBe(1);
    const question = { evidence_id: 7, name: "scan0001.pdf", guessed: "document", choices: ["survey", "report", "document"] };
    await page.evaluate(
      (q) =>
        (window as unknown as { __FAKE__: { finishAttach: (r: unknown) => void } }).__FAKE__.finishAttach({
          attached: [],
          failed: [],
          cancelled: false,
          questions: [q],
        }),
      question,
    );
    const dialog = page.locator('[data-modal="evidence-kind"]');
    await dialog.waitFor();
    await page.screenshot({ path: screenshotPath("issue15-evidence-kind-1366.png") });
    expect(await dialog.locator("legend").textContent()).toBe("scan0001.pdf");
    await dialog.locator("input[type=radio]:checked").focus();
    await page.keyboard.press("ArrowUp");
    await page.keyboard.press("ArrowUp");
    await page.keyboard.press("Enter");
    await expect
      .poll(async () => (await app!.calls("set_evidence_type")).map((call) => [call.args.evidenceId, call.args.evidenceType]))
      .toEqual([[7, "survey"]]);
    await expect.poll(() => dialog.count()).toBe(0);
  });

  it("offers to open the folder once an export is written and checked", async () => {
    app = await flow.open(OFFICE_SCREEN);
    const { page } = app;
    await page.locator('[data-action="export-bundle"]').click();
    const dialog = page.locator('[data-modal="export-bundle"]');
    await dialog.locator("[data-plan-files]").waitFor();
    await dialog.locator('button[type="submit"]').click();
    await dialog.locator("[data-export-done]").waitFor();
    await page.screenshot({ path: screenshotPath("issue15-export-done-1366.png") });
    const open = dialog.locator('[data-action="open-export-folder"]');
    expect(await open.textContent()).toBe("เปิดโฟลเดอร์");
    await open.click();
    await expect.poll(async () => (await app!.calls("open_export_folder")).map((call) => call.args)).toEqual([{}]);
  });

  it("reduces photos once e-mail parts are chosen, showing the size before and after", async () => {
    app = await flow.open(OFFICE_SCREEN);
    const { page } = app;
    await page.locator('[data-action="export-bundle"]').click();
    const dialog = page.locator('[data-modal="export-bundle"]');
    await dialog.locator("[data-plan-files]").waitFor();
    const reduce = dialog.locator('input[name="reduce-photos"]');
    expect(await reduce.isChecked(), "one file: photos as attached").toBe(false);
    expect((await dialog.locator("[data-plan-size]").textContent())?.trim()).toBe("ขนาดประมาณ 420 MB");
    await dialog.locator('input[name="split"]').check();
    // The box follows the parts box once the dialog has drawn again.
    await expect.poll(() => reduce.isChecked(), { message: "e-mail parts: photos reduced" }).toBe(true);
    await expect
      .poll(() =>
        // As seen: the drawn arrow as "→", the word said only to screen readers left out.
        dialog.locator("[data-plan-size]").evaluate((element) => {
          const copy = element.cloneNode(true) as Element;
          for (const arrow of copy.querySelectorAll('svg[data-icon="arrow"]')) arrow.replaceWith("→");
          for (const hidden of copy.querySelectorAll(".visually-hidden")) hidden.remove();
          return (copy.textContent ?? "").replace(/\s+/g, " ").trim();
        }),
      )
      .toBe("ขนาด 420 MB → ประมาณ 32 MB (ย่อรูปภาพ 100 รูป)");
    expect(await dialog.locator("[data-plan-files] li").count(), "32 MB in parts of 20 MB").toBe(2);
    const asked = (await app.calls("plan_bundle")).map(
      (call) => call.args.options as { part_size_mb: number | null; photo_max_side: number | null },
    );
    expect(asked.at(-1)).toMatchObject({ part_size_mb: 20, photo_max_side: 1600 });
    await page.screenshot({ path: screenshotPath("issue17-export-reduce-1366.png") });
    await dialog.locator('button[type="submit"]').click();
    await dialog.locator("[data-export-done]").waitFor();
    expect(await dialog.locator("[data-export-reduced]").textContent()).toBe("ย่อรูปภาพ 100 รูป (ต้นฉบับยังอยู่ในเครื่องนี้)");
    expect(
      (await app.calls("export_bundle")).map((call) => (call.args.options as { photo_max_side: number | null }).photo_max_side),
    ).toEqual([1600]);
  });
});
