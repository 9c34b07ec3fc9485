//! The office screens most clerks have are 1366×768: the default window fits one (with
//! the title bar and the taskbar), and the welcome form's buttons are seen without
//! scrolling in it. Screenshots land in target/ui.

import fs from "node:fs";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { openApp, realChecklist, repoRoot, serveUi } from "./harness";

const SCREEN = { width: 1366, height: 768 };
/** Windows 10/11 at 100%: the taskbar and a window's title bar. */
const TASKBAR = 40;
const TITLE_BAR = 32;

describe("a 1366×768 office screen", () => {
  let server: Awaited<ReturnType<typeof serveUi>>;
  beforeAll(async () => {
    server = await serveUi();
  });
  afterAll(async () => {
    await server?.close();
  });

  it("holds the default window, and the welcome form's buttons show in it without scrolling", async () => {
    const config = JSON.parse(fs.readFileSync(path.join(repoRoot, "src-tauri/tauri.conf.json"), "utf8"));
    const { width, height } = config.app.windows[0] as { width: number; height: number };
    expect(width, "the window's width").toBeLessThanOrEqual(SCREEN.width);
    expect(height + TITLE_BAR + TASKBAR, "the window's height with its title bar, above the taskbar").toBeLessThanOrEqual(SCREEN.height);

    const app = await openApp(server.url, realChecklist(), { width, height }, true);
    try {
      const { page } = app;
      await page.waitForSelector("[data-modal=office] .welcome");
      const buttons = page.locator("[data-modal=office] .form-buttons button");
      expect(await buttons.count()).toBe(2);
      for (const index of [0, 1]) {
        const box = (await buttons.nth(index).boundingBox())!;
        expect(box.y + box.height, `button ${index + 1} ends inside the window`).toBeLessThanOrEqual(height);
        expect(box.y).toBeGreaterThanOrEqual(0);
      }
      expect(await page.locator("[data-modal=office]").evaluate((form) => form.scrollTop), "nothing was scrolled").toBe(0);
      const folder = path.join(repoRoot, "target/ui");
      fs.mkdirSync(folder, { recursive: true });
      await page.screenshot({ path: path.join(folder, `issue15-welcome-${width}x${height}.png`) });
    } finally {
      await app.close();
    }
  });
});
