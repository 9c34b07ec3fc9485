//! The pack editor in the real app: a province fills in an advanced item the 2568 pack
//! only declares (its id following the number typed, its evidence rule chosen by the
//! kinds' names), saves its edition, exports the file, and moves the round to it.

import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { launch, saveArtifact, startDriver, type Driver } from "./app";

const SETTLED = '!document.querySelector("[data-modal]")';

describe("the pack editor in the real app", () => {
  let driver: Driver;
  const exports = fs.mkdtempSync(path.join(os.tmpdir(), "gecc-e2e-export-"));

  beforeAll(async () => {
    driver = await startDriver({ GECC_TEST_SAVE_DIALOG: exports });
  });

  afterAll(async () => {
    await driver?.stop();
  });

  it("fills in an advanced item, saves and exports the edition, and moves the round to it", async () => {
    const { session } = await launch(driver);
    await session.click('[data-action="edit-pack"]');
    await session.waitFor('document.querySelector("[data-pack-editor]")', "the pack editor");
    expect(await session.property<string>('input[name="pack-id"]', "value")).toBe("gecc-2568.local");

    await session.click('[data-editor-undisclosed="quality"] [data-action="fill-in"]');
    // Offered the last section's next number, and an id made from it.
    const offered = '[data-draft-item="quality.3-2"]';
    await session.waitFor(`document.querySelector('${offered}')`, "the new item row");
    expect(await session.property<string>(`${offered} input[name="code"]`, "value")).toBe("3.2");
    await session.clear(`${offered} input[name="code"]`);
    await session.type(`${offered} input[name="code"]`, "2.5");
    const row = '[data-draft-item="quality.2-5"]';
    await session.waitFor(`document.querySelector('${row}')`, "the id to follow the number");
    await session.type(`${row} [name="title-th"]`, "มีการจัดบริการเชิงรุกนอกสถานที่ (ข้อที่จังหวัดกรอก)");
    // The app draws on the next animation frame: each step waits for what it drew.
    await session.click(`${row} [data-action="choose-rule"]`);
    const chooser = '[data-rule-chooser="quality.2-5"]';
    await session.waitFor(`document.querySelector('${chooser} input[name="rule-kind"]')`, "the Thai rule chooser");
    await session.click(`${chooser} input[name="rule-kind"][value="report"]`);
    await session.click(`${chooser} input[name="rule-kind"][value="photo"]`);
    await session.waitFor(
      `document.querySelector('${chooser} [data-rule-result] code')?.textContent === "report & photo"`,
      "the rule made from both kinds",
    );
    await session.click('[data-action="check-pack"]');
    await session.waitFor('document.querySelector("[data-pack-ok]")', "the check to pass");

    await session.click('[data-action="save-pack"]');
    await session.waitFor('document.querySelector("[data-action=export-saved]")', "the edition to be saved");
    saveArtifact("pack-editor.png", await session.screenshot());
    await session.click('[data-action="export-saved"]');
    const exported = path.join(exports, "gecc-2568.local-v1.json");
    await session.waitFor('document.querySelector("[data-notice=info]")?.textContent.includes("ส่งออก")', "the export notice");
    const file = JSON.parse(fs.readFileSync(exported, "utf8"));
    expect(file.pack_id).toBe("gecc-2568.local");
    expect(file.parts[1].undisclosed[0].expected_items, "21 of the 22 advanced items are still to be listed").toBe(21);

    await session.click('[data-action="close-editor"]');
    await session.click('select[name="other-pack"] option[value="gecc-2568.local@1"]');
    await session.waitFor('document.querySelector("[data-modal=pack-move] [data-carried-over]")', "the move preview");
    await session.click('[data-modal="pack-move"] button[type="submit"]');
    await session.waitFor(`${SETTLED} && document.querySelector('[data-item-id="quality.2-5"]')`, "the filled-in item in the checklist");
    expect(await session.text('[data-item-id="quality.2-5"] .item-title')).toContain("บริการเชิงรุก");
    await session.end();
  });
});
