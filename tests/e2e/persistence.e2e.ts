//! The walking skeleton, end to end in the real webview: a new office sees the 2568
//! checklist in Thai, sets an item's status and a note, closes the app, starts it
//! again, and finds everything as it left it; the CLI reads the same database.

import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { appProcesses, cliJson, launch, memoryKb, saveArtifact, startDriver, type Driver } from "./app";

const ITEM = '[data-item-id="physical.service-hours"]';
const QUALITY_ITEM = '[data-item-id="quality.needs-survey"]';
const NOTE = "ติดป้ายวัน-เวลาเปิดให้บริการ จ.-ศ. ๐๘.๓๐-๑๖.๓๐ น. แล้ว";
const NO_SAVE_PENDING = '!document.querySelector(".save-state.saving")';
const OFFICE = "สำนักทะเบียนอำเภอเมืองปัตตานี";
const FORM = '[data-modal="office"]';

describe("the walking skeleton in the real app", () => {
  let driver: Driver;
  const metrics: Record<string, unknown> = {};

  beforeAll(async () => {
    driver = await startDriver();
  });

  afterAll(async () => {
    saveArtifact("metrics.json", JSON.stringify(metrics, null, 2));
    await driver?.stop();
  });

  it("keeps a status and a note set in the checklist across a restart", async () => {
    // First run: a new office, a fresh data folder.
    const first = await launch(driver, true);
    metrics.firstStartToChecklistMs = first.startToChecklistMs;
    const session = first.session;

    expect(await session.title(), "the window title is Thai").toContain("ศูนย์ราชการสะดวก");
    expect(await session.execute<string>("return document.documentElement.lang"), "the UI starts in Thai").toBe("th");
    const packTitle = await session.text(".pack-title");
    expect(packTitle, "the 2568 checklist is shown").toContain("2568");
    const itemCount = await session.execute<number>("return document.querySelectorAll('[data-item-id]').length");
    expect(itemCount, "14 physical + 8 basic quality + 3 outcome items").toBe(25);
    const banner = await session.text("[data-pack-incomplete]");
    expect(banner, "the pack says plainly that it is incomplete").toContain("ชุดเกณฑ์นี้ยังไม่ครบ");
    expect(banner, "and how many points cannot be assessed").toContain("62");
    expect(await session.property<string>("[data-undisclosed-points]", "textContent")).toBe("62");

    // A first run asks for the office profile: a bad e-mail is refused, a good one saved.
    await session.waitFor(`document.querySelector('${FORM} .welcome')`, "the welcome profile form");
    await session.type(`${FORM} input[name="name"]`, OFFICE);
    await session.type(`${FORM} input[name="officer_email"]`, "somsri.dopa.go.th");
    await session.click(`${FORM} button[type="submit"]`);
    await session.waitFor(`document.querySelector('${FORM} [data-error-code="INVALID_INPUT"]')`, "the e-mail to be refused");
    expect(await session.execute<number>("return document.querySelectorAll('input[type=password]').length"), "no password field").toBe(0);
    saveArtifact("office-profile-refused-email.png", await session.screenshot());
    await session.clear(`${FORM} input[name="officer_email"]`);
    await session.type(`${FORM} input[name="officer_email"]`, "somsri@dopa.go.th");
    await session.click(`${FORM} button[type="submit"]`);
    await session.waitFor(`!document.querySelector('${FORM}')`, "the profile form to close");
    expect(await session.text("[data-edit-office]"), "the top bar names the office").toBe(OFFICE);

    await session.click(`${ITEM} label[data-status="met"]`);
    await session.type(`${ITEM} .note textarea`, NOTE);
    await session.click(`${QUALITY_ITEM} label[data-status="met"]`);
    await session.waitFor(`document.querySelector('${ITEM} [data-saved]') && ${NO_SAVE_PENDING}`, "the saves to finish");
    await session.waitFor(`document.querySelector('[data-earned-points="1"]')`, "the score to count the met basic item");
    metrics.firstRunMemory = memoryKb(appProcesses());
    await session.execute("window.scrollTo(0, 0)");
    saveArtifact("checklist-first-run.png", await session.screenshot());
    await session.end();

    // The CLI reads what the app saved, from the default data folder under XDG_DATA_HOME.
    const score = cliJson<{ points: { earned: number }; parts: Array<{ part_id: string; met: number }> }>(driver.dataDir, "score", "1");
    expect(score.points.earned, "the database on disk has the saved answers").toBe(1);
    expect(score.parts.find((p) => p.part_id === "physical")?.met).toBe(1);

    // Second run: everything is as it was left.
    const second = await launch(driver);
    metrics.secondStartToChecklistMs = second.startToChecklistMs;
    const again = second.session;
    expect(await again.property<boolean>(`${ITEM} input[value="met"]`, "checked"), "the status persisted").toBe(true);
    expect(await again.property<boolean>(`${ITEM} input[value="not_started"]`, "checked")).toBe(false);
    expect(await again.property<string>(`${ITEM} .note textarea`, "value"), "the Thai note persisted").toBe(NOTE);
    expect(await again.property<string>("[data-earned-points]", "textContent")).toBe("1");
    expect(await again.text("[data-edit-office]"), "the office profile persisted").toBe(OFFICE);
    metrics.secondRunMemory = memoryKb(appProcesses());
    saveArtifact("checklist-after-restart.png", await again.screenshot());

    // The English switch changes the interface and the pack's texts.
    await again.click(".language-switch");
    await again.waitFor('document.documentElement.lang === "en"', "the English interface");
    expect(await again.text(".pack-title")).toContain("GECC service standard criteria");
    saveArtifact("checklist-english.png", await again.screenshot());
    await again.end();

    console.log(`e2e metrics: ${JSON.stringify(metrics)}`);
  });
});
