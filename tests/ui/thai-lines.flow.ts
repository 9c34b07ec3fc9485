//! Thai words are not cut in the middle when a line wraps (issue 15, point 14): long Thai
//! text in the sidebar's calendar and in a submitted round's note, measured in Chromium's
//! line boxes at every sidebar width from narrow to wide. ICU's dictionary, which
//! Chromium breaks Thai with, cuts "พื้น|ฐาน"; the e2e test measures WebKitGTK.

import fs from "node:fs";
import path from "node:path";
import type { Page } from "playwright-core";
import { describe, expect, it } from "vitest";
import { type App, flowSuite, repoRoot } from "./harness";
import { WHOLE_WORDS, wordsCut } from "./thai-lines";

const OFFICE_SCREEN = { width: 1366, height: 768 };
const LONG_TITLE = "ส่งรายงานผลการพัฒนาศูนย์บริการตามเกณฑ์พื้นฐานให้จังหวัดภายในวันที่สิบห้าธันวาคมพร้อมเอกสารหลักฐานประกอบ";
const LONG_NOTE = "ได้ปรับปรุงพื้นที่ให้บริการตามเกณฑ์พื้นฐานเรียบร้อยแล้วตั้งแต่เดือนธันวาคมโดยติดตั้งป้ายบอกทางและจัดที่นั่งรอสำหรับผู้สูงอายุตามมาตรฐาน\nบรรทัดที่สอง";

/** The parts of the real checklist these tests read and change. */
interface ThaiChecklist {
  deadlines: Array<{ title: string }>;
  answers: unknown[];
  round: { id: number; state: string };
  pack: { parts: Array<{ sections: Array<{ items: Array<{ id: string }> }> }> };
}

describe("Thai line breaks in Chromium", () => {
  const flow = flowSuite<ThaiChecklist>((checklist) => {
    checklist.deadlines[0]!.title = LONG_TITLE;
  });
  let app: App | null = null;

  /** Words cut at each sidebar width from 12rem to 24rem. */
  async function cutAtEveryWidth(page: Page, widthOf: string, selector: string): Promise<string[]> {
    const cut = new Set<string>();
    for (let width = 192; width <= 384; width += 3) {
      await page.evaluate(([target, px]) => ((document.querySelector(target as string) as HTMLElement).style.width = `${px}px`), [
        widthOf,
        width,
      ] as const);
      for (const word of await wordsCut(page, selector, WHOLE_WORDS)) cut.add(`${word} at ${width}px`);
    }
    return [...cut];
  }

  it("keeps every Thai word of a long calendar entry on one line in the sidebar", async () => {
    app = await flow.open(OFFICE_SCREEN);
    const { page } = app;
    const folder = path.join(repoRoot, "target/ui");
    fs.mkdirSync(folder, { recursive: true });
    await page.locator(".sidebar").screenshot({ path: path.join(folder, "issue15-thai-sidebar-1366.png") });
    expect(await cutAtEveryWidth(page, ".sidebar", ".deadlines, .next-deadline")).toEqual([]);
  });

  it("keeps every Thai word of a submitted round's note on one line", async () => {
    const checklist = flow.checklist;
    const itemId = checklist.pack.parts[0]!.sections[0]!.items[0]!.id;
    const submitted = {
      ...checklist,
      round: { ...checklist.round, state: "submitted" },
      answers: [
        {
          round_id: checklist.round.id,
          item_id: itemId,
          updated_at: "2026-12-01T00:00:00Z",
          updated_by: "clerk",
          status: "met",
          note: LONG_NOTE,
          owner: "",
          due_date: null,
          sub_scores: {},
          value_number: null,
          value_text: null,
          not_applicable_reason: "",
          figures: {},
        },
      ],
    };
    app = await flow.open(OFFICE_SCREEN, false, null, submitted);
    const { page } = app;
    const note = `[data-item-id="${itemId}"] [data-read-only="note"]`;
    await page.waitForSelector(note);
    await page.locator(`[data-item-id="${itemId}"]`).screenshot({ path: path.join(repoRoot, "target/ui", "issue15-thai-note-1366.png") });
    expect(await cutAtEveryWidth(page, note, `${note} p`)).toEqual([]);
    const lineOf = (word: string) =>
      page
        .locator(`${note} p .word`, { hasText: word })
        .first()
        .evaluate((element) => Math.round(element.getBoundingClientRect().bottom));
    expect(await lineOf("บรรทัด"), "the note's second line still starts a line").toBeGreaterThan(await lineOf("มาตรฐาน"));
  });
});
