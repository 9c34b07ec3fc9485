//! Markup and script typed into every free-text field stays text, in the real webview: an
//! office's PC fills its profile, an answer's note, owner, reason and text figure, a
//! deadline, an approval and an evidence file's name with payloads, and exports the round;
//! a province's PC imports that bundle and opens its overview and the round. After every
//! step no payload has run, no element was made from one, and each payload reads as typed.
//! The report printed on the office's PC and the sign-off sheet printed from the received
//! round on the province's PC read every payload as typed, too.

import { execFileSync } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { launch, saveArtifact, startDriver, type Driver } from "./app";
import { png, writeFile } from "./files";
import type { Session } from "./webdriver";

const PAYLOADS = [
  '<img src=x onerror="window.__xss=1">',
  "<script>window.__xss=2</script>",
  '"><svg onload=window.__xss=3>',
  "javascript:alert(1)",
  "{{7*7}}",
  // biome-ignore lint/suspicious/noTemplateCurlyInString: a template injection typed literally is the payload.
  "${7*7}",
];
/** A field's own word, so each field's text can be told apart, then every payload. */
const hostile = (label: string) => `${label} ${PAYLOADS.join(" ")}`;

const OFFICE = hostile("สำนักงาน");
const PROFILE: Record<string, string> = {
  name: OFFICE,
  province: hostile("จังหวัด"),
  district: hostile("อำเภอ"),
  officer_name: hostile("ชื่อ"),
  officer_position: hostile("ตำแหน่ง"),
  officer_phone: hostile("โทร"),
  // Saved only if it looks like an address: no spaces, one @, a dot in the domain.
  officer_email: '"><img/src=x/onerror=window.__xss=5>@dopa.go.th',
  gecc_username: hostile("ผู้ใช้"),
};
const NOTE = hostile("บันทึก");
const OWNER = hostile("ผู้รับผิดชอบ");
const REASON = hostile("เหตุผล");
const FIGURE = hostile("ผู้เก็บข้อมูล");
const DEADLINE = hostile("กำหนดการ");
const APPROVER = hostile("ผู้อนุมัติ");
const FILE_NAME = "ภาพ <img src=x onerror=window.__xss=4>.jpg";

const ITEM = '[data-item-id="physical.service-hours"]';
const SURVEY = '[data-item-id="outcome.citizen-satisfaction"]';
const SAVED = `document.querySelector('${ITEM} [data-saved]') && !document.querySelector(".save-state.saving")`;

/** What a payload that ran or became markup would leave in the page. */
async function traces(session: Session): Promise<Record<string, unknown>> {
  return session.execute(`
    const all = [...document.querySelectorAll("*")];
    return {
      ran: window.__xss ?? null,
      handlers: all.filter((e) => [...e.attributes].some((a) => a.name.startsWith("on"))).map((e) => e.outerHTML.slice(0, 120)),
      images: document.querySelectorAll('img[src="x"], img[src$="/x"]').length,
      scripts: [...document.scripts].filter((s) => s.textContent.includes("__xss")).length,
      links: document.querySelectorAll('[href^="javascript:" i], [src^="javascript:" i]').length,
    };`);
}

async function expectInert(session: Session, step: string): Promise<void> {
  expect(await traces(session), `after ${step}: nothing ran, nothing became markup`).toEqual({
    ran: null,
    handlers: [],
    images: 0,
    scripts: 0,
    links: 0,
  });
}

/** Prints the round on screen with the print dialog's "open to print", and returns what
 * pdftotext reads of the PDF, without white space (a payload may wrap in a narrow cell)
 * and with Thai digits read as Arabic ones: a Thai-digit page prints the numbers of a
 * payload without Latin letters ("{{7*7}}") in Thai digits, as every number people read. */
async function printedText(session: Session, document: string, openedList: string): Promise<string> {
  const before = fs.existsSync(openedList) ? fs.readFileSync(openedList, "utf8").trim().split("\n").filter(Boolean).length : 0;
  await session.execute("window.scrollTo(0, 0)");
  await session.click('[data-action="print"]');
  await session.waitFor("document.querySelector('[data-modal=print]')", "the print dialog");
  await session.click(`[data-modal="print"] input[value="${document}"]`);
  await session.click('[data-modal="print"] button[type="submit"]');
  await session.waitFor("document.querySelector('[data-modal=print] [data-print-written]')", `the ${document} to be printed`, 60_000);
  await expectInert(session, `printing the ${document}`);
  await session.click('[data-modal="print"] [data-action="dismiss"]');
  await session.waitFor("!document.querySelector('[data-modal=print]')", "the print dialog to close");
  const files = fs.readFileSync(openedList, "utf8").trim().split("\n");
  expect(files, "one more PDF handed to the viewer").toHaveLength(before + 1);
  return execFileSync("pdftotext", ["-raw", files[files.length - 1], "-"], { encoding: "utf8" })
    .replace(/\s+/g, "")
    .replace(/[\u0e50-\u0e59]/g, (digit) => String(digit.charCodeAt(0) - 0x0e50));
}

const squeezed = (text: string) => text.replace(/\s+/g, "");

/** The top bar stays over the page: an item is brought to the middle before its buttons are used. */
const centre = (session: Session, selector: string) =>
  session.execute(`document.querySelector('${selector}').scrollIntoView({ block: "center" })`);
const textOf = (session: Session, selector: string) =>
  session.execute<string>(`return document.querySelector('${selector}')?.textContent ?? null`);
const fieldValue = (session: Session, selector: string) => session.property<string>(selector, "value");

describe("hostile text in every free-text field, in the real app", () => {
  const stick = fs.mkdtempSync(path.join(os.tmpdir(), "gecc-e2e-hostile-"));
  const printed = fs.mkdtempSync(path.join(os.tmpdir(), "gecc-e2e-printed-"));
  const photo = writeFile(fs.mkdtempSync(path.join(os.tmpdir(), "gecc-e2e-files-")), FILE_NAME, png(64, 48));
  let office: Driver | null = null;
  let province: Driver | null = null;

  beforeAll(async () => {
    office = await startDriver({
      GECC_TEST_SAVE_DIALOG: stick,
      GECC_TEST_FILE_DIALOG: photo,
      GECC_TEST_OPENED_FILES: path.join(printed, "office.txt"),
    });
  });

  afterAll(async () => {
    await office?.stop();
    await province?.stop();
  });

  it("shows payloads as text on the PC that typed them and on the PC that imports them", async () => {
    const { session } = await launch(office!, true);
    await session.waitFor("document.querySelector('[data-modal=office] .welcome')", "the welcome profile form");
    for (const [field, text] of Object.entries(PROFILE)) await session.type(`[data-modal="office"] input[name="${field}"]`, text);
    await session.click('[data-modal="office"] button[type="submit"]');
    await session.waitFor("!document.querySelector('[data-modal=office]')", "the profile to be saved");
    expect(await textOf(session, "[data-edit-office]"), "the top bar names the office as typed").toBe(OFFICE);
    await session.click("[data-edit-office]");
    await session.waitFor("document.querySelector('[data-modal=office]')", "the profile form again");
    for (const [field, text] of Object.entries(PROFILE)) {
      expect(await fieldValue(session, `[data-modal="office"] input[name="${field}"]`), `${field} as typed`).toBe(text);
    }
    await expectInert(session, "the office profile");
    await session.click('[data-modal="office"] [data-action="dismiss"]');
    await session.waitFor("!document.querySelector('[data-modal=office]')", "the profile form to close");

    // An answer: not applicable with a reason, a note and an owner; a text figure.
    await session.click(`${ITEM} label[data-status="not_applicable"]`);
    await session.waitFor(`document.querySelector('${ITEM} input[name="not-applicable-reason"]')`, "the reason's field");
    await session.type(`${ITEM} input[name="not-applicable-reason"]`, REASON);
    await session.type(`${ITEM} .note textarea`, NOTE);
    await session.type(`${ITEM} input[name="owner"]`, OWNER);
    await session.type(`${SURVEY} input[name="figure-collected-by"]`, FIGURE);
    await session.waitFor(`${SAVED} && document.querySelector('${SURVEY} [data-saved]')`, "the answers to be saved");
    await expectInert(session, "the answer's fields");

    // A deadline, shown in the sidebar's calendar.
    await session.click('[data-action="edit-calendar"]');
    await session.waitFor("document.querySelector('[data-modal=deadlines]')", "the calendar editor");
    const rows = await session.execute<number>("return document.querySelectorAll('[data-deadline-row]').length");
    await session.click('[data-modal="deadlines"] [data-action="add-deadline"]');
    await session.waitFor(`document.querySelectorAll('[data-deadline-row]').length === ${rows + 1}`, "a new row");
    await session.type('[data-modal="deadlines"] tr[data-deadline-row]:last-child input[name="title"]', DEADLINE);
    await session.type('[data-modal="deadlines"] tr[data-deadline-row]:last-child input[name="date"]', "31/01/2570");
    await session.click('[data-modal="deadlines"] button[type="submit"]');
    await session.waitFor("!document.querySelector('[data-modal=deadlines]')", "the calendar to be saved");
    const titles = await session.execute<string[]>(
      'return [...document.querySelectorAll("[data-calendar] .deadline-title")].map((e) => e.textContent)',
    );
    expect(titles, "the deadline's title as typed").toContain(DEADLINE);
    await expectInert(session, "the calendar");

    // An evidence file whose name is markup.
    await centre(session, ITEM);
    await session.click(`${ITEM} [data-action="attach"]`);
    await session.waitFor(`document.querySelector('${ITEM} .evidence-name')`, "the file to be attached");
    expect(await textOf(session, `${ITEM} .evidence-name`), "the file's name as it was").toBe(FILE_NAME);
    await session.waitFor(`document.querySelector('${ITEM} img.evidence-thumb')?.complete`, "the file's preview");
    await expectInert(session, "attaching the file");

    // The item's history repeats every field and the file's name.
    await centre(session, ITEM);
    await session.click(`${ITEM} [data-action="history"]`);
    await session.waitFor("document.querySelector('[data-history] li')", "the item's history");
    const history = (await textOf(session, "[data-history]")) ?? "";
    for (const text of [NOTE, OWNER, REASON, FILE_NAME]) expect(history, "the history as typed").toContain(text);
    await expectInert(session, "the history");
    await session.click('[data-modal="history"] [data-action="dismiss"]');
    await session.waitFor("!document.querySelector('[data-modal=history]')", "the history to close");

    // Submitted and approved by a name and position that are markup.
    await session.execute("window.scrollTo(0, 0)");
    await session.click('[data-action="submit"]');
    await session.waitFor("document.querySelector('[data-modal=submit]')", "the submit dialog");
    await session.click('[data-modal="submit"] button[type="submit"]');
    await session.waitFor(
      "document.querySelector('[data-action=approve]') && !document.querySelector('[data-modal=submit]')",
      "the round to be submitted",
    );
    await session.click('[data-action="approve"]');
    await session.waitFor("document.querySelector('[data-modal=approve]')", "the approve dialog");
    await session.type('[data-modal="approve"] input[name="name"]', APPROVER);
    await session.type('[data-modal="approve"] input[name="position"]', PROFILE.officer_position);
    await session.click('[data-modal="approve"] button[type="submit"]');
    await session.waitFor(
      "document.querySelector('[data-round-state=approved]') && !document.querySelector('[data-modal=approve]')",
      "the round to be approved",
    );
    const approval = (await textOf(session, ".review-approval")) ?? "";
    expect(approval).toContain(APPROVER);
    expect(approval).toContain(PROFILE.officer_position);
    await expectInert(session, "the approval");
    await centre(session, ITEM);
    saveArtifact("hostile-text-office.png", await session.screenshot());

    // The printed report holds every payload as text, and nothing a template would run.
    const report = await printedText(session, "report", path.join(printed, "office.txt"));
    for (const text of [OFFICE, NOTE, OWNER, REASON]) expect(report, "the printed report as typed").toContain(squeezed(text));

    // The bundle: named after the office, with what Windows cannot hold replaced.
    await session.execute("window.scrollTo(0, 0)");
    await session.click('[data-action="export-bundle"]');
    await session.waitFor("document.querySelector('[data-modal=export-bundle] [data-plan-files] li')", "the export's plan");
    await session.click('[data-modal="export-bundle"] button[type="submit"]');
    await session.waitFor("document.querySelector('[data-modal=export-bundle] [data-export-done]')", "the export", 60_000);
    await expectInert(session, "the export");
    await session.end();
    const written = fs.readdirSync(stick);
    expect(written).toHaveLength(1);
    expect(written[0], "a file name safe anywhere").not.toMatch(/[<>:"/\\|?*]/);

    // The province's PC imports it and shows it everywhere it appears.
    province = await startDriver(
      { GECC_TEST_BUNDLE_DIALOG: path.join(stick, written[0]), GECC_TEST_OPENED_FILES: path.join(printed, "province.txt") },
      4446,
    );
    const { session: desk } = await launch(province);
    await desk.click('[data-action="import-bundles"]');
    await desk.waitFor("document.querySelector('[data-modal=import-bundles] [data-action=choose-files]')", "the import dialog");
    await desk.click('[data-modal="import-bundles"] [data-action="choose-files"]');
    await desk.waitFor("document.querySelector('[data-modal=import-bundles] [data-verdict]')", "the verdict", 60_000);
    expect(await textOf(desk, "[data-verdict-office]")).toBe(OFFICE);
    await expectInert(desk, "the verdict");
    await desk.click('[data-modal="import-bundles"] button[type="submit"]');
    await desk.waitFor("document.querySelector('[data-modal=import-bundles] [data-outcome=imported]')", "the import", 60_000);
    await expectInert(desk, "the import");
    await desk.click('[data-modal="import-bundles"] [data-action="dismiss"]');
    await desk.waitFor("!document.querySelector('[data-modal=import-bundles]')", "the import dialog to close");

    await desk.click('[data-action="open-province"]');
    const findRow = `[...document.querySelectorAll("[data-office-row]")].find((r) => r.querySelector("th").textContent === ${JSON.stringify(OFFICE)})`;
    await desk.waitFor(findRow, "the office's row, named as typed");
    const row = await desk.execute<string>(`return ${findRow}.dataset.officeRow`);
    expect(await textOf(desk, `[data-office-row="${row}"]`)).toContain(PROFILE.district);
    await expectInert(desk, "the province's overview");

    await desk.click(`[data-office-row="${row}"] th`);
    await desk.waitFor(`document.querySelector("[data-foreign-round]") && document.querySelector('${ITEM}')`, "the office's round");
    expect(await textOf(desk, "[data-foreign-round] strong")).toBe(OFFICE);
    expect(await textOf(desk, `${ITEM} [data-read-only="note"] p`), "a received round's note, whole and as text").toBe(NOTE);
    expect(await fieldValue(desk, `${ITEM} input[name="owner"]`)).toBe(OWNER);
    expect(await fieldValue(desk, `${ITEM} input[name="not-applicable-reason"]`)).toBe(REASON);
    expect(await fieldValue(desk, `${SURVEY} input[name="figure-collected-by"]`)).toBe(FIGURE);
    expect(await textOf(desk, `${ITEM} .evidence-name`)).toBe(FILE_NAME);
    const received = await desk.execute<string[]>(
      'return [...document.querySelectorAll("[data-calendar] .deadline-title")].map((e) => e.textContent)',
    );
    expect(received, "the deadline travelled as text").toContain(DEADLINE);
    await expectInert(desk, "opening the received round");

    await centre(desk, ITEM);
    await desk.click(`${ITEM} [data-action="history"]`);
    await desk.waitFor("document.querySelector('[data-history] li')", "the received history");
    expect(await textOf(desk, "[data-history]")).toContain(NOTE);
    await expectInert(desk, "the received history");
    await desk.click('[data-modal="history"] [data-action="dismiss"]');
    await desk.waitFor("!document.querySelector('[data-modal=history]')", "the history to close");
    await centre(desk, ITEM);
    saveArtifact("hostile-text.png", await desk.screenshot());

    // The province prints the received round's sign-off sheet: names and positions as typed.
    const signOff = await printedText(desk, "signoff", path.join(printed, "province.txt"));
    for (const text of [OFFICE, PROFILE.officer_name, APPROVER]) expect(signOff, "the sign-off sheet as typed").toContain(squeezed(text));

    // The check itself would see a payload that became markup.
    await desk.execute(
      'const image = document.createElement("img"); image.setAttribute("src", "x"); image.setAttribute("onerror", "void 0"); document.body.append(image);',
    );
    const seen = await traces(desk);
    expect(seen.images, "the control: an image made here is seen").toBe(1);
    expect(seen.handlers, "and its handler attribute").toHaveLength(1);
    await desk.end();
  });
});
