//! Photos reduced for e-mail in the real app (issue 17): an office attaches a 2400 × 1800
//! photo with a Thai name, ticks e-mail parts in the export dialog, which ticks reducing
//! photos and plans one photo reduced; the bundle on the "stick" carries it as a JPEG of
//! at most 1600 px under its Thai name, the PNG itself staying on the office's PC. The
//! province's PC imports the bundle and shows, at the item, that the photo was reduced
//! and from what original.

import { execFileSync } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { formatMegabytes } from "../../ui/src/i18n";
import { launch, saveArtifact, startDriver, type Driver } from "./app";
import { png, sha256, writeFile } from "./files";
import type { Session } from "./webdriver";
import { chooseBundles, EXPORT, fillProfile, IMPORT, importChosen, officeRow, openExport, openOfficeRound, runExport } from "./steps";

const OFFICE = "สำนักทะเบียนอำเภอบางกรวย";
const ITEM = '[data-item-id="physical.service-hours"]';
const PHOTO_NAME = "ภาพถ่ายป้ายศูนย์.png";
/** The name the reduced copy travels under. */
const SENT_NAME = "ภาพถ่ายป้ายศูนย์.jpg";
const MAX_SIDE = 1600;

/** The names in a ZIP, read by Python's zipfile (an outside reader, UTF-8 names as written). */
function zipNames(file: string): string[] {
  const script = "import json,sys,zipfile; print(json.dumps(zipfile.ZipFile(sys.argv[1]).namelist()))";
  return JSON.parse(execFileSync("python3", ["-c", script, file], { encoding: "utf8" }));
}

/** One entry of a ZIP, byte for byte. */
function zipEntry(file: string, name: string): Buffer {
  const script = "import sys,zipfile; sys.stdout.buffer.write(zipfile.ZipFile(sys.argv[1]).read(sys.argv[2]))";
  return execFileSync("python3", ["-c", script, file, name], { maxBuffer: 64 * 1024 * 1024 });
}

/** An element's text as written, shown or not (WebDriver's text is only what is in view). */
function textContent(session: Session, selector: string): Promise<string> {
  return session.execute<string>("return document.querySelector(arguments[0]).textContent", selector);
}

/** A JPEG's pixel size, from its frame header. */
function jpegSize(bytes: Buffer): { width: number; height: number } {
  expect(bytes.subarray(0, 2).toString("hex"), "a JPEG").toBe("ffd8");
  let at = 2;
  while (at + 9 < bytes.length && bytes[at] === 0xff) {
    const marker = bytes[at + 1];
    if (marker >= 0xc0 && marker <= 0xcf && ![0xc4, 0xc8, 0xcc].includes(marker)) {
      return { height: bytes.readUInt16BE(at + 5), width: bytes.readUInt16BE(at + 7) };
    }
    at += 2 + bytes.readUInt16BE(at + 2);
  }
  throw new Error("no JPEG frame header");
}

describe("photos reduced for e-mail, from an office's PC to the province's, in the real app", () => {
  const stick = fs.mkdtempSync(path.join(os.tmpdir(), "gecc-e2e-stick-"));
  let photo: Buffer;
  let office: Driver | null = null;
  let province: Driver | null = null;

  beforeAll(async () => {
    photo = png(2400, 1800);
    const sources = fs.mkdtempSync(path.join(os.tmpdir(), "gecc-e2e-files-"));
    office = await startDriver({ GECC_TEST_SAVE_DIALOG: stick, GECC_TEST_FILE_DIALOG: writeFile(sources, PHOTO_NAME, photo) });
  });

  afterAll(async () => {
    await office?.stop();
    await province?.stop();
  });

  it("sends a large photo reduced in e-mail parts and the province sees it reduced, and from what", async () => {
    // The office's PC: its profile and one large photo on an item.
    const { session } = await launch(office!, true);
    await fillProfile(session, { name: OFFICE, province: "นนทบุรี", district: "บางกรวย" });
    await session.click(`${ITEM} [data-action="attach"]`);
    await session.waitFor(
      `document.querySelectorAll('${ITEM} .evidence-file').length === 1 && !document.querySelector('${ITEM} [data-action="attach"]').disabled`,
      "the photo to be attached",
    );
    expect(await textContent(session, `${ITEM} .evidence-name`)).toBe(PHOTO_NAME);
    expect(await session.execute<boolean>("return !!document.querySelector('[data-modal]')"), "no question stands in the way").toBe(false);

    // The export: one file by default, photos as attached; e-mail parts tick reducing.
    await openExport(session);
    expect(await session.property<boolean>(`${EXPORT} input[name="reduce-photos"]`, "checked"), "not for one file").toBe(false);
    await session.click(`${EXPORT} input[name="split"]`);
    await session.waitFor(
      `document.querySelector('${EXPORT} [data-plan-size]')?.textContent.includes("ย่อรูปภาพ 1 รูป")`,
      "the plan to reduce the photo",
    );
    expect(await session.property<boolean>(`${EXPORT} input[name="reduce-photos"]`, "checked"), "ticked with e-mail parts").toBe(true);
    const size = await textContent(session, `${EXPORT} [data-plan-size]`);
    expect(size.replace(/\s+/g, " "), "the size as attached, then reduced").toMatch(/^ขนาด [\d.,]+ MB .*[\d.,]+ MB \(ย่อรูปภาพ 1 รูป\)$/);
    const planned = await session.execute<string[]>(
      `return [...document.querySelectorAll('${EXPORT} [data-plan-files] li')].map((li) => li.textContent)`,
    );
    expect(planned, "a small bundle fits in one part of the default size").toHaveLength(1);
    saveArtifact("reduce-export-plan.png", await session.screenshot());

    await runExport(session);
    expect(await session.text(`${EXPORT} [data-export-done]`)).toContain("อ่านกลับและตรวจครบทุกไฟล์แล้ว");
    expect(await session.text(`${EXPORT} [data-export-reduced]`)).toBe("ย่อรูปภาพ 1 รูป (ต้นฉบับยังอยู่ในเครื่องนี้)");
    saveArtifact("reduce-export-done.png", await session.screenshot());
    await session.click(`${EXPORT} [data-action="dismiss"]`);
    await session.waitFor(`!document.querySelector('${EXPORT}')`, "the export dialog to close");
    expect(await textContent(session, `${ITEM} .evidence-name`), "the office keeps its original").toBe(PHOTO_NAME);
    expect(await session.execute<number>(`return document.querySelectorAll('${ITEM} [data-reduced-from]').length`)).toBe(0);
    await session.end();
    await office!.stop();
    office = null;

    // The stick: the part planned, carrying the photo as a JPEG under its Thai name.
    const written = fs.readdirSync(stick).filter((name) => name.endsWith(".zip"));
    expect(written, "only ZIPs on the stick, no temporary file left").toEqual(fs.readdirSync(stick));
    expect(written.sort()).toEqual([...planned].sort());
    const parts = written.map((name) => path.join(stick, name));
    const entries = parts.flatMap((part) => zipNames(part).map((name) => ({ part, name })));
    const evidence = entries.filter(({ name }) => name.includes("/data/evidence/"));
    expect(
      evidence.map(({ name }) => name.slice(name.lastIndexOf("/") + 1)),
      "the photo, reduced, under its own name",
    ).toEqual([SENT_NAME]);
    expect(
      entries.filter(({ name }) => name.toLowerCase().endsWith(".png")),
      "no PNG travels",
    ).toEqual([]);
    const { width, height } = jpegSize(zipEntry(evidence[0].part, evidence[0].name));
    expect([width, height], "the longest side at most 1600 px, the shape kept").toEqual([MAX_SIDE, 1200]);

    // The province's PC: a fresh installation whose file dialog picks the part(s).
    province = await startDriver({ GECC_TEST_BUNDLE_DIALOG: parts.join("\n") }, 4446);
    const { session: desk } = await launch(province);
    await chooseBundles(desk);
    expect(await desk.execute<string>(`return document.querySelector('${IMPORT} [data-verdict]').dataset.verdict`), "it verifies").toBe(
      "ok",
    );
    expect(await desk.text(`${IMPORT} [data-verdict-office]`)).toBe(OFFICE);
    await importChosen(desk);
    await openOfficeRound(desk, await officeRow(desk, OFFICE));

    const mark = `${ITEM} [data-reduced-from]`;
    await desk.waitFor(`document.querySelector('${mark}')`, "the received photo's mark");
    expect(await textContent(desk, `${ITEM} .evidence-name`), "the name it travelled under").toBe(SENT_NAME);
    const markText = await textContent(desk, mark);
    expect(markText, "reduced, and from how large an original").toContain(`ย่อจากต้นฉบับ ${formatMegabytes(photo.length, "th")}`);
    expect(await desk.execute<string>(`return document.querySelector('${mark}').title`), "the original's pixels").toBe(
      "ต้นฉบับ 2400 × 1800 พิกเซล",
    );
    expect(
      await desk.execute<string>(`return document.querySelector('${mark}').dataset.reducedFrom`),
      "the original named by its hash",
    ).toBe(sha256(photo));
    await desk.waitFor(`document.querySelector('${ITEM} img.evidence-thumb')?.complete`, "the received photo's preview");
    await desk.execute(`document.querySelector('${ITEM}').scrollIntoView({ block: "center" })`);
    saveArtifact("reduce-received.png", await desk.screenshot());
    await desk.end();
  });
});
