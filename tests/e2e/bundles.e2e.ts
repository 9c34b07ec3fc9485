//! Bundles between two PCs in the real app: an office fills its profile, answers an item
//! with a Thai note and exports a signed bundle to a "USB stick" (the save dialog's folder
//! comes from GECC_TEST_SAVE_DIALOG); the province's PC, a second fresh installation,
//! picks that ZIP (GECC_TEST_BUNDLE_DIALOG), sees it verify, imports it, finds the office
//! in its overview, and opens the round read-only with the note as written.

import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { launch, saveArtifact, startDriver, type Driver } from "./app";
import { chooseBundles, EXPORT, fillProfile, IMPORT, importChosen, officeRow, openExport, openOfficeRound, runExport } from "./steps";

const OFFICE = "สำนักทะเบียนอำเภอหนองจอก";
const PROVINCE = "กรุงเทพมหานคร";
const DISTRICT = "หนองจอก";
const ITEM = '[data-item-id="physical.service-hours"]';
const NOTE = "ติดป้ายวัน-เวลาเปิดให้บริการ จ.-ศ. ๐๘.๓๐-๑๖.๓๐ น. ที่หน้าศูนย์แล้ว";

describe("bundles between an office's PC and the province's PC, in the real app", () => {
  const stick = fs.mkdtempSync(path.join(os.tmpdir(), "gecc-e2e-stick-"));
  let office: Driver | null = null;
  let province: Driver | null = null;

  beforeAll(async () => {
    office = await startDriver({ GECC_TEST_SAVE_DIALOG: stick });
  });

  afterAll(async () => {
    await office?.stop();
    await province?.stop();
  });

  it("exports a verified bundle, imports it on another PC and shows that office's round read-only", async () => {
    // The office's PC: its profile, one answer with a Thai note, then the export.
    const { session } = await launch(office!, true);
    await fillProfile(session, { name: OFFICE, province: PROVINCE, district: DISTRICT });

    await session.click(`${ITEM} label[data-status="met"]`);
    await session.type(`${ITEM} .note textarea`, NOTE);
    await session.waitFor(
      `document.querySelector('${ITEM} [data-saved]') && !document.querySelector(".save-state.saving")`,
      "the note to be saved",
    );

    await openExport(session);
    const planned = await session.text(`${EXPORT} [data-plan-files]`);
    saveArtifact("export-plan.png", await session.screenshot());
    expect(planned, "the file to be written is named before it is written").toContain(".zip");
    await runExport(session);
    expect(await session.text(`${EXPORT} [data-export-done]`)).toContain("อ่านกลับและตรวจครบทุกไฟล์แล้ว ถอดแฟลชไดรฟ์ได้อย่างปลอดภัย");
    const fingerprint = await session.text(`${EXPORT} [data-export-fingerprint]`);
    expect(fingerprint, "four groups of four hex digits").toMatch(/^[0-9A-F]{4}(-[0-9A-F]{4}){3}$/);
    saveArtifact("export-done.png", await session.screenshot());

    const written = fs.readdirSync(stick).filter((name) => name.endsWith(".zip"));
    expect(written, "one ZIP on the stick, no temporary file left").toEqual(fs.readdirSync(stick));
    expect(written).toHaveLength(1);
    expect(written[0], "named after the office, so the province can tell bundles apart").toContain(OFFICE);
    expect(await session.text(`${EXPORT} [data-export-files]`), "the name shown is the file written").toContain(written[0]);
    expect(planned, "and the one planned").toContain(written[0]);
    const bundle = path.join(stick, written[0]);
    await session.end();
    await office!.stop();
    office = null;

    // The province's PC: a fresh installation whose file dialog picks that ZIP.
    province = await startDriver({ GECC_TEST_BUNDLE_DIALOG: bundle }, 4446);
    const { session: desk } = await launch(province);
    await chooseBundles(desk);
    expect(await desk.execute<string>(`return document.querySelector('${IMPORT} [data-verdict]').dataset.verdict`), "it verifies").toBe(
      "ok",
    );
    expect(await desk.text(`${IMPORT} [data-verdict-office]`)).toBe(OFFICE);
    expect(await desk.text(`${IMPORT} [data-signer]`), "signed by the office's PC").toBe(fingerprint);
    saveArtifact("import-verdict.png", await desk.screenshot());

    await importChosen(desk);

    const rowSelector = await officeRow(desk, OFFICE);
    // The bundle arrived: sent, in time or late (depending on today's date against the report dates).
    expect(await desk.text(`${rowSelector} [data-reporting]`), "a reporting badge").toMatch(/^(ส่งแล้ว|ส่งช้า \d+ วัน)$/);
    expect(await desk.text(`${rowSelector} [data-part-cell="physical"]`), "one physical item decided").toBe("1/14");
    expect(await desk.text(rowSelector)).toContain(DISTRICT);
    saveArtifact("province-overview.png", await desk.screenshot());

    await openOfficeRound(desk, rowSelector);
    expect(await desk.text("[data-foreign-round]")).toContain("รอบของสำนักงานอื่น (รับจากชุดข้อมูล) อ่านอย่างเดียว");
    expect(await desk.text(`${ITEM} [data-read-only="note"] p`), "the Thai note as the office wrote it, whole").toBe(NOTE);
    expect(
      await desk.execute<number>(`return document.querySelectorAll('${ITEM} .note textarea').length`),
      "read-only: no box to type in",
    ).toBe(0);
    expect(await desk.property<boolean>(`${ITEM} input[value="met"]`, "checked")).toBe(true);
    expect(await desk.execute<number>('return document.querySelectorAll("[data-action=attach]").length'), "nothing to attach to").toBe(0);
    await desk.execute("window.scrollTo(0, 0)");
    saveArtifact("foreign-round-read-only.png", await desk.screenshot());
    await desk.end();
  });
});
