//! Issue 16 in Chromium at 1366×768: a province officer pastes the quality part's 25
//! advanced items out of the manual into the pack editor (a real clipboard paste), sets
//! the three 6-point ones, sees the part add up to the 62 points it declared, chooses an
//! item's evidence rule by the kinds' Thai names, and saves; then, by keyboard only, pastes
//! the readiness form's ten questions into the part version 3 only declares (its section
//! made, the form declared taken off) and saves. The pack editor's commands
//! are answered here, over the harness's stand-in: the pack is the one in the checklist
//! the real CLI made. Screenshots land in target/ui.

import fs from "node:fs";
import path from "node:path";
import type { Page } from "playwright-core";
import { describe, expect, it } from "vitest";
import type { CriteriaPack } from "../../ui/src/bindings";
import { MANUAL_PASTE, NEW_CODES, SIX_POINT_CODES } from "../../ui/src/test-fixtures/manual-2568";
import { READINESS_CODES, READINESS_PASTE } from "../../ui/src/test-fixtures/readiness-2568";
import { type App, flowSuite, repoRoot } from "./harness";
import { WHOLE_WORDS, wordsCut } from "./thai-lines";

const OFFICE_SCREEN = { width: 1366, height: 768 };
const QUALITY = '[data-editor-part="quality"]';
const READINESS = '[data-editor-part="readiness"]';
const AXE = path.join(repoRoot, "node_modules/axe-core/axe.min.js");

function screenshotPath(name: string): string {
  const folder = path.join(repoRoot, "target/ui");
  fs.mkdirSync(folder, { recursive: true });
  return path.join(folder, name);
}

/** Answers the pack editor's commands as the shell would, in short: the pack, version 1, a few of the core's checks, a save. */
async function fakePackEditor(page: Page, pack: CriteriaPack): Promise<void> {
  await page.evaluate((pack) => {
    type Draft = typeof pack;
    const internals = (window as unknown as { __TAURI_INTERNALS__: { invoke(c: string, a?: Record<string, unknown>): Promise<unknown> } })
      .__TAURI_INTERNALS__;
    const recorded = internals.invoke.bind(internals);
    const problems = (draft: Draft) => {
      const kinds = new Set(draft.evidence_types.map((type) => type.id));
      const items = draft.parts.flatMap((part) => part.sections.flatMap((section) => section.items));
      return items.flatMap((item, index) => [
        ...(items.findIndex((other) => other.id === item.id) < index ? [`items.${item.id}: item id "${item.id}" is repeated`] : []),
        ...(item.title.th.trim() === "" ? [`items.${item.id}: a Thai title is required`] : []),
        ...(item.evidence_rule?.match(/[a-z0-9_-]+/g) ?? [])
          .filter((id) => !kinds.has(id))
          .map((id) => `items.${item.id}: evidence rule names "${id}", which is not in evidence_types`),
      ]);
    };
    internals.invoke = async (command, args = {}) => {
      const answered = await recorded(command, args);
      const draft = args.draft as Draft;
      switch (command) {
        case "get_pack":
          return pack;
        case "next_pack_version":
          return 1;
        case "check_pack_draft":
          return problems(draft);
        case "save_pack_draft":
          return {
            pack_id: draft.pack_id,
            pack_version: draft.pack_version,
            year_be: draft.year_be,
            title: draft.title,
            complete: draft.source.completeness === "complete",
            builtin: false,
            sha256: "0".repeat(64),
            parts: [],
          };
        default:
          return answered;
      }
    };
  }, pack);
}

async function audit(page: Page): Promise<string[]> {
  await page.addScriptTag({ path: AXE });
  return page.evaluate(async () => {
    type Violation = { id: string; impact: string | null; nodes: Array<{ target: string[] }> };
    const axe = (window as unknown as { axe: { run(d: Document): Promise<{ violations: Violation[] }> } }).axe;
    const result = await axe.run(document);
    return result.violations
      .filter((v) => v.impact === "serious" || v.impact === "critical")
      .map(
        (v) =>
          `${v.id}: ${v.nodes
            .slice(0, 3)
            .map((node) => node.target.join(" "))
            .join(", ")}`,
      );
  });
}

/** Words of the editor's own texts (and the pasted titles) a line must not cut. */
const EDITOR_WORDS = [...WHOLE_WORDS, "ประกาศ", "คะแนน", "รายการ", "ภาพถ่าย", "เอกสาร", "เจ้าหน้าที่", "ประชาชน"];

describe("pasting the 2568 quality items into the pack editor at 1366×768", () => {
  const flow = flowSuite<{ pack: CriteriaPack }>();
  let app: App | null = null;

  it("pastes 25 items, sets three to 6 points, adds up to 62, chooses a rule by Thai names and saves", async () => {
    app = await flow.open(OFFICE_SCREEN);
    const { page } = app;
    await fakePackEditor(page, flow.checklist.pack);
    await page.locator('[data-action="edit-pack"]').click();
    await page.locator("[data-pack-editor]").waitFor();
    expect(await page.locator(`${QUALITY} [data-structure]`).textContent()).toContain("ยังไม่มีรายการ 22 ข้อ × 2 คะแนน + 3 ข้อ × 6 คะแนน");

    // Pasted as an officer pastes: the text on the clipboard, Ctrl+V in the box.
    await page.locator(`${QUALITY} [data-action="open-paste"]`).click();
    const box = page.locator(`${QUALITY} textarea[name="paste"]`);
    await page.evaluate((text) => navigator.clipboard.writeText(text), MANUAL_PASTE);
    await box.focus();
    await page.keyboard.press("Control+V");
    await page.locator("[data-paste-preview]").waitFor();
    expect(await page.locator("[data-paste-count]").textContent()).toBe("พบ 27 ข้อ เพิ่มได้ 25 ข้อ");
    expect(await page.locator("[data-paste-flag]").count(), "2.8 and 2.12 are in the pack already").toBe(2);
    for (const code of SIX_POINT_CODES) await page.locator(`[data-paste-row="${code}"] input[name="paste-points"]`).fill("๖");
    const plan = page.locator("[data-paste-plan]");
    await expect.poll(() => plan.textContent()).toContain("ขั้นสูง ข้อละ 6 คะแนน จาก 3 เหลือ 0 ข้อ");
    expect(await plan.textContent()).toContain("คะแนนรวมของด้านคุณภาพจึงยังเป็น 70 คะแนน เท่าเดิม");
    // The box and the preview's start: the pasted text, what it read as, the numbers the part has.
    await page.evaluate(() => document.querySelector("[data-paste-box]")!.scrollIntoView({ block: "start" }));
    await page.evaluate(() => window.scrollBy(0, -130));
    await page.screenshot({ path: screenshotPath("issue16-paste-box-1366.png") });
    // The preview's end: the three 6-point rows, the lines skipped, what adding does, the button.
    await page.evaluate(() => document.querySelector('[data-paste-row="3.7"]')!.scrollIntoView({ block: "start" }));
    await page.screenshot({ path: screenshotPath("issue16-paste-items-1366.png") });
    expect(await wordsCut(page, "[data-paste-box]", EDITOR_WORDS)).toEqual([]);
    expect(await audit(page), "the paste box and its preview").toEqual([]);

    await page.locator('[data-action="add-pasted"]').click();
    const structure = page.locator(`${QUALITY} [data-structure]`);
    expect(await structure.getAttribute("data-matches")).toBe("true");
    expect((await structure.textContent())!.replace(/\s+/g, " ").trim()).toBe(
      "ด้านคุณภาพ ขั้นสูง: กรอกแล้ว 22 ข้อ × 2 คะแนน + 3 ข้อ × 6 คะแนน = 62 คะแนน ตรงกับที่ประกาศ",
    );
    expect(await page.locator(`${QUALITY} [data-editor-undisclosed]`).count(), "nothing left declared").toBe(0);
    await structure.evaluate((element) => element.scrollIntoView({ block: "start" }));
    await page.screenshot({ path: screenshotPath("issue16-structure-1366.png") });

    await page.locator('[data-notice="info"] button').click();

    // Item 2.5's evidence: a report and a photo, chosen by their Thai names.
    const row = `${QUALITY} [data-draft-item="quality.2-5"]`;
    await page.locator(`${row} [data-action="choose-rule"]`).click();
    const chooser = page.locator('[data-rule-chooser="quality.2-5"]');
    await chooser.getByLabel("รายงาน", { exact: true }).check();
    await chooser.getByLabel("ภาพถ่าย", { exact: true }).check();
    await chooser.getByLabel("และ (ต้องมีทุกอย่าง)").check();
    expect((await chooser.locator("[data-rule-result] strong").textContent())!.replace(/\s+/g, " ")).toBe("รายงาน และ ภาพถ่าย");
    await page.evaluate(() => document.querySelector('[data-draft-item="quality.simple-steps"]')!.scrollIntoView({ block: "start" }));
    await page.screenshot({ path: screenshotPath("issue16-evidence-rule-1366.png") });
    expect(await wordsCut(page, "[data-rule-chooser], [data-structure]", EDITOR_WORDS)).toEqual([]);
    expect(await audit(page), "the rule chooser").toEqual([]);
    await chooser.locator('[data-action="rule-done"]').click();

    await page.locator('[data-action="save-pack"]').click();
    await page.locator('[data-action="export-saved"]').waitFor();
    const [saved] = (await app.calls("save_pack_draft")).map((call) => call.args.draft as CriteriaPack);
    const quality = saved.parts.find((part) => part.id === "quality")!;
    const advanced = quality.sections.flatMap((section) => section.items).filter((item) => item.level === "advanced");
    expect(advanced.map((item) => item.id).sort()).toEqual(NEW_CODES.map((code) => `quality.${code.replace(".", "-")}`).sort());
    expect(advanced.filter((item) => item.points === 6).map((item) => item.code)).toEqual(SIX_POINT_CODES);
    expect(advanced.find((item) => item.id === "quality.2-5")!.evidence_rule).toBe("report & photo");
    expect(quality.undisclosed).toEqual([]);
    expect(saved.pack_id).toBe(`${flow.checklist.pack.pack_id}.local`);
  });

  it("pastes the readiness form's ten questions by keyboard: a section made, the form declared taken off, saved", async () => {
    app = await flow.open(OFFICE_SCREEN);
    const { page } = app;
    const press = async (selector: string, key = "Enter") => {
      await page.locator(selector).focus();
      await page.keyboard.press(key);
    };
    const focused = () =>
      page.evaluate(() => document.activeElement?.getAttribute("data-action") ?? document.activeElement?.getAttribute("name"));
    await fakePackEditor(page, flow.checklist.pack);
    await press('[data-action="edit-pack"]');
    await page.locator("[data-pack-editor]").waitFor();
    const structure = page.locator(`${READINESS} [data-structure]`);
    expect((await structure.textContent())!.replace(/\s+/g, " ").trim()).toBe("แบบประเมินความพร้อม: ยังไม่มีรายการ 1 ข้อ ไม่มีคะแนน");
    expect(await page.locator(`${READINESS} [data-editor-undisclosed]`).count(), "the form declared").toBe(1);

    // Enter on the part's paste button puts the keyboard in the box; Ctrl+V pastes.
    await press(`${READINESS} [data-action="open-paste"]`);
    await expect.poll(focused).toBe("paste");
    await page.evaluate((text) => navigator.clipboard.writeText(text), READINESS_PASTE);
    await page.keyboard.press("Control+V");
    await page.locator("[data-paste-preview]").waitFor();
    expect(await page.locator("[data-paste-count]").textContent()).toBe("พบ 10 ข้อ เพิ่มได้ 10 ข้อ");
    const plan = (await page.locator("[data-paste-plan] p").allTextContents()).map((line) => line.replace(/\s+/g, " ").trim());
    expect(plan).toEqual([
      "ส่วนนี้ยังไม่มีหมวด เมื่อเพิ่มแล้วจะสร้างหมวด แบบประเมินความพร้อม ให้",
      "เมื่อเพิ่ม 10 ข้อนี้แล้ว ข้อที่ประกาศไว้ว่ายังไม่มีรายการ 1 ข้อ (ไม่มีคะแนน) จะถูกนำออก เพราะข้อที่เพิ่มเข้ามาแทนแล้ว",
      "แบบประเมินความพร้อมไม่มีคะแนน ข้อที่เพิ่มจึงไม่เปลี่ยนคะแนนรวม",
    ]);
    await page.evaluate(() => document.querySelector('[data-paste-row="7"]')!.scrollIntoView({ block: "start" }));
    await page.screenshot({ path: screenshotPath("issue16-readiness-paste-1366.png") });
    expect(await wordsCut(page, "[data-paste-box]", EDITOR_WORDS)).toEqual([]);
    expect(await audit(page), "the readiness paste box").toEqual([]);

    // Tab on through the rows' level and points boxes to the add button, and Enter.
    for (let tabs = 0; tabs < 60 && (await focused()) !== "add-pasted"; tabs++) await page.keyboard.press("Tab");
    expect(await focused()).toBe("add-pasted");
    await page.keyboard.press("Enter");
    await expect.poll(() => structure.getAttribute("data-matches")).toBe("true");
    expect((await structure.textContent())!.replace(/\s+/g, " ").trim()).toBe("แบบประเมินความพร้อม: กรอกแล้ว 10 ข้อ ไม่มีคะแนน ตรงกับที่ประกาศ");
    expect(await page.locator(`${READINESS} [data-editor-undisclosed]`).count(), "the form declared is gone").toBe(0);
    expect(await page.locator(`${READINESS} h4`).textContent()).toBe("แบบประเมินความพร้อม");
    const ids = await page
      .locator(`${READINESS} [data-draft-item]`)
      .evaluateAll((rows) => rows.map((row) => row.getAttribute("data-draft-item")));
    expect(ids).toEqual(READINESS_CODES.map((code) => `readiness.${code}`));
    await expect
      .poll(() => page.evaluate(() => document.activeElement?.closest("[data-draft-item]")?.getAttribute("data-draft-item")))
      .toBe("readiness.1");
    await press('[data-notice="info"] button');
    // The part's heading, its check and its new section's first questions, below the editor's sticky bar.
    await page.evaluate(() => document.querySelector('[data-editor-part="readiness"]')!.scrollIntoView({ block: "start" }));
    await page.evaluate(() => window.scrollBy(0, -130));
    await page.screenshot({ path: screenshotPath("issue16-readiness-questions-1366.png") });
    expect(await wordsCut(page, `${READINESS}`, EDITOR_WORDS)).toEqual([]);
    expect(await audit(page), "the readiness part with its questions").toEqual([]);

    await press('[data-action="save-pack"]');
    await page.locator('[data-action="export-saved"]').waitFor();
    const [saved] = (await app.calls("save_pack_draft")).map((call) => call.args.draft as CriteriaPack);
    const readiness = saved.parts.find((part) => part.id === "readiness")!;
    expect(readiness.undisclosed).toEqual([]);
    expect(readiness.sections.map((section) => [section.id, section.code, section.title.th, section.items.length])).toEqual([
      ["readiness", "", "แบบประเมินความพร้อม", 10],
    ]);
    expect(readiness.sections[0].items[2]).toMatchObject({
      id: "readiness.3",
      code: "3",
      level: null,
      points: 0,
      answer: { kind: "check" },
      title: { th: "มีการประชุมคณะทำงานเพื่อเตรียมความพร้อม อย่างน้อย 2 ครั้ง" },
    });
  });
});
