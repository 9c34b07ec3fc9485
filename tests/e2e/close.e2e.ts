//! Closing the window with the title bar's X while a note is still waiting for the typing
//! pause: the app finishes the save before it exits, so nothing typed is lost.

import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { appMainProcesses, cliJson, closeAppWindow, launch, saveArtifact, startDriver, waitUntil, type Driver } from "./app";

const ITEM = '[data-item-id="quality.business-continuity"]';
const NOTE = "แผน BCP ฉบับปรับปรุง ซ้อมแผนแล้วเมื่อ ๑๕ ม.ค.";

describe("closing the window", () => {
  let driver: Driver;

  beforeAll(async () => {
    driver = await startDriver();
  });

  afterAll(async () => {
    await driver?.stop();
  });

  it("saves a note typed just before the window is closed", async () => {
    const { session } = await launch(driver);
    const [pid] = appMainProcesses();
    expect(pid, "the app is running").toBeGreaterThan(0);

    // No blur and no pause: the save is still waiting for the typing delay.
    await session.type(`${ITEM} .note textarea`, NOTE);
    const asked = performance.now();
    closeAppWindow(pid);
    await waitUntil(() => !appMainProcesses().includes(pid), "the app to exit", 10_000);
    const closeMs = Math.round(performance.now() - asked);
    saveArtifact("close-metrics.json", JSON.stringify({ closeWithPendingSaveMs: closeMs }));
    await session.end().catch(() => undefined);

    const answers = cliJson<Array<{ item_id: string; note: string }>>(driver.dataDir, "answers", "1");
    const saved = answers.find((answer) => answer.item_id === "quality.business-continuity");
    expect(saved?.note, "the note typed just before closing was saved").toBe(NOTE);
  });
});
