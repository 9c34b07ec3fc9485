//! What a clerk does in the checklist, checked in a real browser: only the keyboard,
//! dropping files on an item, text at twice the size, Tab kept in a dialog, closing a
//! dialog with Escape.

import { describe, expect, it } from "vitest";
import { type App, flowSuite, repoRoot } from "./harness";
import fs from "node:fs";
import path from "node:path";

const ITEM = '[data-item-id="physical.service-hours"]';

describe("the checklist in Chromium", () => {
  const flow = flowSuite();
  let app: App | null = null;

  it("works with the keyboard alone: a status by arrow keys, a note typed and saved", async () => {
    app = await flow.open();
    const { page } = app;
    // Tab until the first item's status buttons have the focus.
    let reached = false;
    for (let press = 0; press < 60 && !reached; press++) {
      await page.keyboard.press("Tab");
      reached = await page.evaluate((item) => document.activeElement?.closest(`${item} .status-group`) !== null, ITEM);
    }
    expect(reached, "the status buttons are reachable with Tab").toBe(true);
    await page.keyboard.press("ArrowRight");
    await expect.poll(async () => (await app!.calls("save_answer")).length).toBe(1);
    const [first] = await app.calls("save_answer");
    expect(first.args.itemId).toBe("physical.service-hours");
    expect((first.args.input as { status: string }).status, "the arrow key moved to the next status").toBe("in_progress");

    // Tab onward to the note and type: it is saved after the typing pause.
    for (let press = 0; press < 10; press++) {
      await page.keyboard.press("Tab");
      if (await page.evaluate((item) => document.activeElement?.matches(`${item} .note textarea`) ?? false, ITEM)) break;
    }
    await page.keyboard.type("ติดป้ายแล้ว");
    await expect.poll(async () => (await app!.calls("save_answer")).length, { timeout: 5_000 }).toBe(2);
    const saves = await app.calls("save_answer");
    expect((saves[1].args.input as { note: string }).note).toBe("ติดป้ายแล้ว");
  });

  it("attaches dropped files to the item they are dropped on", async () => {
    app = await flow.open();
    const target = app.page.locator('[data-item-id="physical.lighting"]');
    await target.scrollIntoViewIfNeeded();
    const box = await target.boundingBox();
    if (!box) throw new Error("the item is on the page");
    const scale = await app.page.evaluate(() => window.devicePixelRatio);
    const point = { x: (box.x + box.width / 2) * scale, y: (box.y + box.height / 2) * scale };
    await app.emit("drag-over", point);
    await expect.poll(() => app!.page.locator('[data-item-id="physical.lighting"].drop-target').count()).toBe(1);
    await app.emit("files-dropped", { drop_id: 7, names: ["ภาพห้องบริการ.jpg"], ...point });
    await expect.poll(async () => (await app!.calls("attach_dropped")).length).toBe(1);
    const [call] = await app.calls("attach_dropped");
    expect(call.args).toMatchObject({ dropId: 7, itemId: "physical.lighting" });
  });

  it("discards a drop outside any item and says where to drop", async () => {
    app = await flow.open();
    await app.emit("files-dropped", { drop_id: 9, names: ["x.pdf"], x: 5, y: 5 });
    await expect.poll(async () => (await app!.calls("discard_drop")).length).toBe(1);
    expect(await app.page.locator("[data-notice=info]").textContent()).toContain("วางไฟล์บนข้อ");
    expect(await app.calls("attach_dropped")).toHaveLength(0);
  });

  it("shows the progress of a long attach and cancels it", async () => {
    app = await flow.open();
    const page = app.page;
    await page.locator(`${ITEM} [data-action="attach"]`).click();
    await expect.poll(async () => (await app!.calls("attach_with_dialog")).length).toBe(1);
    await app.emit("attach-progress", { file_index: 1, file_count: 3, name: "วิดีโอการซ้อมแผน.mp4", done: 450, total: 1000 });
    const bar = page.locator("[data-attach-progress]");
    await expect.poll(() => bar.textContent()).toContain("2/3: วิดีโอการซ้อมแผน.mp4");
    expect(await bar.textContent()).toContain("45%");
    expect(await page.locator('[data-action="attach"]').first().isDisabled(), "one attach at a time").toBe(true);
    await page.locator('[data-action="cancel-attach"]').click();
    await expect.poll(async () => (await app!.calls("cancel_attach")).length).toBe(1);
    await page.evaluate(() =>
      (window as unknown as { __FAKE__: { finishAttach: (r: unknown) => void } }).__FAKE__.finishAttach({
        attached: [],
        failed: [],
        cancelled: true,
      }),
    );
    await expect.poll(() => bar.count(), { message: "the bar goes when the attach ends" }).toBe(0);
    expect(await page.locator("[data-notice=info]").textContent()).toContain("ยกเลิกการแนบไฟล์แล้ว");
  });

  it("fits the window with text at twice the size", async () => {
    app = await flow.open();
    await app.page.addStyleTag({ content: "html { font-size: 200% !important; }" });
    const fits = await app.page.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth + 1);
    expect(fits, "no sideways scrolling at 200% text").toBe(true);
    const folder = path.join(repoRoot, "target/ui");
    fs.mkdirSync(folder, { recursive: true });
    await app.page.screenshot({ path: path.join(folder, "text-200-percent.png") });
  });

  it("keeps Tab inside an open dialog", async () => {
    app = await flow.open();
    await app.page.locator(`${ITEM} [data-action="history"]`).click();
    await app.page.waitForSelector("[data-modal=history]");
    for (let press = 0; press < 12; press++) {
      await app.page.keyboard.press(press % 3 === 2 ? "Shift+Tab" : "Tab");
      const inside = await app.page.evaluate(() => document.activeElement?.closest("[data-modal]") !== null);
      expect(inside, `Tab press ${press + 1} stays in the dialog`).toBe(true);
    }
  });

  it("shows what is still open when submitting, with links to the items", async () => {
    app = await flow.open({ width: 1366, height: 768 });
    await app.page.locator('[data-action="submit"]').click();
    const summary = app.page.locator("[data-modal=submit] [data-review-summary]");
    await summary.waitFor();
    expect(await summary.locator('[data-review-list="undecided"]').textContent()).toMatch(/ยังไม่ได้ประเมิน \d+ ข้อ/);
    await summary.locator('[data-review-list="undecided"] a').first().click();
    // The link closes the dialog on its item.
    await expect.poll(() => app!.page.locator("[data-modal]").count()).toBe(0);
    await app.page.locator('[data-action="submit"]').click();
    await summary.waitFor();
    const folder = path.join(repoRoot, "target/ui");
    fs.mkdirSync(folder, { recursive: true });
    await app.page.screenshot({ path: path.join(folder, "issue15-submit-summary-1366x768.png") });
  });

  it("closes a dialog with Escape", async () => {
    app = await flow.open();
    await app.page.locator(`${ITEM} [data-action="history"]`).click();
    await app.page.waitForSelector("[data-modal=history]");
    await app.page.locator("[data-modal=history] button").first().focus();
    await app.page.keyboard.press("Escape");
    await expect.poll(() => app!.page.locator("[data-modal]").count()).toBe(0);
  });
});
