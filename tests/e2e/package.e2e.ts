//! The province package in the real app (issue 16): a province PC (its first run answered
//! "the province" and ปัตตานี, so its profile names the province) writes a package with the
//! real CLI; a district office's fresh PC picks that file (GECC_TEST_BUNDLE_DIALOG), sees
//! it signed by a key it has never seen, with the fingerprint the CLI printed, ticks that
//! the fingerprint was checked with the province, and takes it in. The office's store
//! then knows the key and the package: shown again, it is trusted and changes nothing.

import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { cliJson, launch, ROLE_QUESTION, saveArtifact, startApp, startDriver, type Driver } from "./app";

const ROLE = '[data-modal="role"]';
const DIALOG = '[data-modal="package-import"]';

interface Written {
  path: string;
  file_name: string;
  fingerprint: string;
}

/** A province PC, named after ปัตตานี by its first run in the app: the package needs the province's name. */
async function provincePc(): Promise<Driver> {
  const driver = await startDriver();
  const session = await startApp(driver);
  await session.waitFor(ROLE_QUESTION, "the first run's question", 60_000);
  await session.click(`${ROLE} input[name="role"][value="province"]`);
  await session.waitFor(`document.querySelector('${ROLE} select[name="province"] option[value="ปัตตานี"]')`, "the provinces to choose from");
  await session.click(`${ROLE} select[name="province"] option[value="ปัตตานี"]`);
  await session.click(`${ROLE} button[type="submit"]`);
  await session.waitFor('document.querySelector("[data-province-table]")', "the province's overview", 30_000);
  await session.end();
  return driver;
}

describe("the province package in the real app", () => {
  const stick = fs.mkdtempSync(path.join(os.tmpdir(), "gecc-e2e-package-"));
  let province: Driver | null = null;
  let office: Driver | null = null;

  afterAll(async () => {
    await province?.stop();
    await office?.stop();
  });

  it("an office takes in a package signed by a new key once its fingerprint is checked, and the key is known afterwards", async () => {
    province = await provincePc();
    await province.stop();
    const written = cliJson<Written>(province.dataDir, "package", "export", "-o", stick, "--fiscal-year", "2569");
    province = null;
    expect(fs.readdirSync(stick), "one file, no temporary one left").toEqual([written.file_name]);
    expect(written.file_name).toMatch(/^ชุดเกณฑ์จังหวัดปัตตานี-gecc-2568-v\d+\.zip$/);

    office = await startDriver({ GECC_TEST_BUNDLE_DIALOG: written.path }, 4446);
    const { session } = await launch(office);
    await session.click('[data-action="choose-package"]');
    await session.waitFor(`document.querySelector('${DIALOG} [data-package-fingerprint]')`, "the package's preview", 60_000);
    expect(await session.text(`${DIALOG} [data-package-province]`)).toBe("จังหวัดปัตตานี");
    expect(await session.text(`${DIALOG} [data-package-fingerprint]`), "the fingerprint the province reads out").toBe(written.fingerprint);
    expect(await session.text(`${DIALOG} [data-key-trust="new"] p`)).toBe("ยังไม่รู้จักกุญแจนี้: โทรถามจังหวัดว่าลายนิ้วมือตรงกันก่อน");
    expect(await session.property<boolean>(`${DIALOG} button[type="submit"]`, "disabled"), "not before the check is ticked").toBe(true);

    await session.click(`${DIALOG} input[name="key-checked"]`);
    await session.waitFor(`!document.querySelector('${DIALOG} button[type="submit"]').disabled`, "the import button to work");
    saveArtifact("issue16-package-preview.png", await session.screenshot());
    await session.click(`${DIALOG} button[type="submit"]`);
    await session.waitFor(`!document.querySelector('${DIALOG}')`, "the package to be taken in", 60_000);
    await session.waitFor(
      'document.querySelector("[data-notice=info]")?.textContent.includes("นำเข้าชุดเกณฑ์ของจังหวัดปัตตานีแล้ว")',
      "the notice of what was taken in",
    );
    expect(await session.execute<number>('return document.querySelectorAll("[data-notice=error]").length'), "no error").toBe(0);
    await session.waitFor('document.querySelector("#app [data-item-id]")', "the checklist read again");
    saveArtifact("issue16-package-import.png", await session.screenshot());
    await session.end();

    const again = cliJson<{ trust: { state: string }; already_taken: boolean }>(office.dataDir, "package", "show", written.path);
    expect(again.trust.state, "the key is remembered").toBe("known");
    expect(again.already_taken, "and the package: nothing would change").toBe(true);
  });
});
