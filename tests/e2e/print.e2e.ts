//! Printing in the real app: the supervisor opens the print dialog, opens the report to
//! print (the PDF the system's viewer would show is listed by GECC_TEST_OPENED_FILES, since
//! no viewer runs here) and saves the sign-off sheet as PDF (the save dialog's folder comes
//! from GECC_TEST_SAVE_DIALOG). Both PDFs hold what is on screen, in Thai; the bundle
//! exported afterwards carries the report.

import { execFileSync } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { launch, saveArtifact, startDriver, type Driver } from "./app";

const ITEM = '[data-item-id="physical.service-hours"]';
const NOTE = "ติดป้ายเวลาเปิดให้บริการที่หน้าศูนย์แล้ว";
const SAVED = `document.querySelector('${ITEM} [data-saved]') && !document.querySelector(".save-state.saving")`;
const DIALOG = '[data-modal="print"]';

/** What pdftotext reads, without white space (Thai has none between words anyway). */
const pdfText = (file: string) => execFileSync("pdftotext", ["-raw", file, "-"], { encoding: "utf8" }).replace(/\s+/g, "");

describe("printing in the real app", () => {
  const work = fs.mkdtempSync(path.join(os.tmpdir(), "gecc-e2e-print-"));
  const saveFolder = path.join(work, "saved");
  const opened = path.join(work, "opened.txt");
  let driver: Driver;

  beforeAll(async () => {
    fs.mkdirSync(saveFolder);
    driver = await startDriver({ GECC_TEST_SAVE_DIALOG: saveFolder, GECC_TEST_OPENED_FILES: opened });
  });

  afterAll(async () => {
    await driver?.stop();
  });

  it("opens the report to print and saves the sign-off sheet as PDF, both with what was typed", async () => {
    const { session } = await launch(driver);
    await session.click(`${ITEM} label[data-status="met"]`);
    await session.type(`${ITEM} .note textarea`, NOTE);
    await session.waitFor(SAVED, "the answer to be saved");

    await session.execute("window.scrollTo(0, 0)");
    await session.click('[data-action="print"]');
    await session.waitFor(`document.querySelector('${DIALOG}')`, "the print dialog");
    expect(await session.property<boolean>(`${DIALOG} input[value="report"]`, "checked"), "the report is chosen first").toBe(true);
    saveArtifact("print-dialog.png", await session.screenshot());

    // Open to print: the PDF is written and handed to the system's viewer.
    await session.click(`${DIALOG} button[type="submit"]`);
    await session.waitFor(`document.querySelector('${DIALOG} [data-print-written="opened"]')`, "the report to open", 60_000);
    const openedFiles = fs.readFileSync(opened, "utf8").trim().split("\n");
    expect(openedFiles, "one PDF handed to the viewer").toHaveLength(1);
    const report = openedFiles[0];
    expect(path.basename(report)).toMatch(/^รายงานผลการประเมินตนเอง .+\.pdf$/);
    expect(fs.readFileSync(report).subarray(0, 5).toString()).toBe("%PDF-");
    const reportText = pdfText(report);
    expect(reportText, "the report has its title").toContain("รายงานผลการประเมินตนเอง");
    expect(reportText, "and the note typed a moment ago").toContain(NOTE.replace(/\s+/g, ""));
    execFileSync("pdftoppm", ["-png", "-r", "110", "-f", "1", "-l", "2", report, path.join(work, "report")]);
    for (const page of fs.readdirSync(work).filter((name) => name.startsWith("report") && name.endsWith(".png"))) {
      saveArtifact(`print-${page}`, fs.readFileSync(path.join(work, page)));
    }

    // Save as PDF: the sign-off sheet, in Arabic digits.
    await session.click(`${DIALOG} input[value="signoff"]`);
    await session.waitFor(`document.querySelector('${DIALOG} input[value="signoff"]').checked`, "the sign-off sheet to be chosen");
    await session.click(`${DIALOG} input[name="arabic-digits"]`);
    await session.waitFor(`document.querySelector('${DIALOG} input[name="arabic-digits"]').checked`, "Arabic digits to be chosen");
    await session.click(`${DIALOG} [data-action="save-pdf"]`);
    await session.waitFor(`document.querySelector('${DIALOG} [data-print-written="saved"]')`, "the sign-off sheet to be saved", 60_000);
    const saved = fs.readdirSync(saveFolder);
    expect(saved, "one PDF where the dialog pointed").toHaveLength(1);
    expect(saved[0]).toMatch(/^แบบรับรองผลการประเมินตนเอง .+\.pdf$/);
    expect(await session.text(`${DIALOG} [data-print-path]`)).toBe(path.join(saveFolder, saved[0]));
    const signOff = pdfText(path.join(saveFolder, saved[0]));
    expect(signOff, "who certifies the data signs the sheet").toContain("ผู้รับรองข้อมูล");
    expect(signOff, "Arabic digits were asked for: the fiscal year reads 25xx").toMatch(/25\d\d/);
    saveArtifact("print-saved.png", await session.screenshot());
    await session.click(`${DIALOG} [data-action="dismiss"]`);
    await session.waitFor(`!document.querySelector('${DIALOG}')`, "the dialog to close");

    // The bundle carries the report, for offices without GECC Desk.
    await session.click('[data-action="export-bundle"]');
    await session.waitFor("document.querySelector('[data-modal=export-bundle] [data-plan-files] li')", "the export's plan");
    await session.click('[data-modal="export-bundle"] button[type="submit"]');
    await session.waitFor("document.querySelector('[data-modal=export-bundle] [data-export-done]')", "the export", 60_000);
    await session.end();
    const bundle = fs.readdirSync(saveFolder).find((name) => name.endsWith(".zip"));
    expect(bundle, "the bundle was written").toBeTruthy();
    const entries = execFileSync("unzip", ["-Z1", path.join(saveFolder, bundle!)], { encoding: "utf8" });
    expect(entries, "the bundle holds the report PDF").toContain("/data/รายงานการประเมินตนเอง.pdf");
  });
});
