//! A round started from last year's (issue 16) in Chromium at 1366×768: the office's
//! certified 2569 application round is on screen; the new-round dialog, asked for a
//! six-month report, offers to start from it with statuses and notes, and takes a day
//! before which evidence should be photographed again. The new round's carried answers
//! and files say "จากรอบ 2569 การสมัครขอรับรอง", the notice says what came along, and
//! saving an item takes its badge away. Screenshots land in target/ui.

import fs from "node:fs";
import path from "node:path";
import type { Page } from "playwright-core";
import { describe, expect, it } from "vitest";
import { type App, flowSuite, repoRoot } from "./harness";
import { wordsCut } from "./thai-lines";

const OFFICE_SCREEN = { width: 1366, height: 768 };
const WORDS = ["รอบก่อนหน้า", "สถานะ", "บันทึก", "หลักฐาน", "ถ่ายใหม่", "การสมัคร", "รับรอง", "มาตรฐาน", "ผู้รับผิดชอบ"];
const CARRIED = "physical.service-hours";
/** The packs installed, as list_packs sends them: the newest shipped edition first. */
const PACKS = [3, 2, 1].map((version) => ({
  pack_id: "gecc-2568",
  pack_version: version,
  year_be: 2568,
  builtin: true,
  complete: false,
  sha256: "",
  parts: [],
  title: { th: "เกณฑ์มาตรฐานศูนย์ราชการสะดวก (GECC) ประจำปี 2568", en: "" },
}));
const ALSO_CARRIED = "quality.needs-survey";

interface Checklist {
  round: Record<string, unknown>;
  answers: Array<Record<string, unknown>>;
  evidence: Array<Record<string, unknown>>;
  links: Array<Record<string, unknown>>;
}

function screenshotPath(name: string): string {
  const folder = path.join(repoRoot, "target/ui");
  fs.mkdirSync(folder, { recursive: true });
  return path.join(folder, name);
}

function answer(itemId: string, status: string, note: string): Record<string, unknown> {
  return {
    round_id: 1,
    item_id: itemId,
    updated_at: "2026-03-01T03:00:00Z",
    updated_by: "นางสาวสมศรี ใจดี",
    carried_from_round: null,
    status,
    note,
    owner: "",
    due_date: null,
    sub_scores: {},
    value_number: null,
    value_text: null,
    not_applicable_reason: "",
    figures: {},
  };
}

/** Last year's round, certified: two answers with notes and a file of evidence. */
function lastYear(checklist: Checklist): Checklist {
  const copy = structuredClone(checklist);
  Object.assign(copy.round, { fiscal_year_be: 2569, state: "approved", approved_at: "2026-03-01T03:00:00Z", approved_by_name: "นายอำเภอ" });
  copy.answers = [
    answer(CARRIED, "met", "ติดป้ายเวลาเปิดให้บริการ จ.-ศ. ๐๘.๓๐-๑๖.๓๐ น. ที่หน้าศูนย์"),
    answer(ALSO_CARRIED, "in_progress", "แบบสำรวจรอบแรกเสร็จแล้ว รอสรุปผล"),
  ];
  copy.evidence = [
    {
      id: 7,
      sha256: "a".repeat(64),
      original_name: "ประกาศเวลาทำการ.pdf",
      size: 182_000,
      format: "pdf",
      added_at: "2026-01-10T02:00:00Z",
      added_by: "",
    },
  ];
  copy.links = [
    {
      round_id: 1,
      item_id: CARRIED,
      evidence_id: 7,
      evidence_type: "",
      linked_at: "2026-01-10T02:00:00Z",
      linked_by: "",
      carried_from_round: null,
    },
  ];
  return copy;
}

const badgeOf = (page: Page, itemId: string) => page.locator(`[data-item-id="${itemId}"] .item-tags [data-carried-from]`);

/** What in a dialog reaches past its edges (a long title widening a box, a fingerprint running out). */
const outside = (page: Page, selector: string) =>
  page.locator(selector).evaluate((dialog) => {
    const edge = dialog.getBoundingClientRect();
    return [...dialog.querySelectorAll<HTMLElement>("*")]
      .filter((element) => {
        const box = element.getBoundingClientRect();
        return box.width > 0 && (box.right > edge.right + 1 || box.left < edge.left - 1);
      })
      .map((element) => element.getAttribute("name") ?? (element.className || element.tagName));
  });

describe("a round started from last year's at 1366×768", () => {
  const flow = flowSuite<Checklist>();
  let app: App | null = null;

  it("offers last year's certified round for a six-month report, carries it, and a saved item loses its badge", async () => {
    app = await flow.open(OFFICE_SCREEN, false, null, lastYear(flow.checklist), { packs: PACKS });
    const { page } = app;
    await page.locator(".round-select").selectOption("new");
    const dialog = page.locator("[data-modal=new-round]");
    await dialog.waitFor();
    expect(await dialog.locator('select[name="from-round"]').inputValue(), "an application starts fresh").toBe("");
    await dialog.locator('select[name="round-kind"]').selectOption("maintenance-6-month");
    // The window redraws on the next frame: a report starts from the certified round.
    await expect.poll(() => dialog.locator('select[name="from-round"]').inputValue()).toBe("1");
    expect(await dialog.locator('select[name="from-round"] option:checked').textContent()).toBe("ปีงบประมาณ 2569 การสมัครขอรับรอง (อนุมัติแล้ว)");
    expect(await dialog.locator('input[name="carry-statuses"]').isChecked()).toBe(true);
    expect(await dialog.locator('input[name="carry-notes"]').isChecked()).toBe(true);
    await dialog.locator('input[name="evidence-before"]').fill("1/10/2569");
    await expect.poll(() => dialog.locator("[data-date-read]").textContent()).toBe("1 ต.ค. 2569");
    await page.screenshot({ path: screenshotPath("issue16-carry-over-1366.png") });
    expect(await wordsCut(page, "[data-modal=new-round]", WORDS)).toEqual([]);
    const box = await dialog.boundingBox();
    expect(box!.y >= 0 && box!.y + box!.height <= OFFICE_SCREEN.height, "the whole dialog shows").toBe(true);
    expect(await outside(page, "[data-modal=new-round]"), "the pack's long title widens nothing past the dialog").toEqual([]);

    await dialog.locator('button[type="submit"]').click();
    await badgeOf(page, CARRIED).waitFor();
    expect((await app.calls("create_round_from")).map((call) => call.args)).toEqual([
      {
        input: { kind: "maintenance-6-month", fiscal_year_be: 2570, pack_id: "gecc-2568", pack_version: 3 },
        carry: { from_round: 1, statuses: true, notes: true, evidence_before: "2026-10-01" },
      },
    ]);
    expect(await page.locator(".round-select option:checked").textContent()).toBe("ปีงบประมาณ 2570 · รักษามาตรฐาน รอบ 6 เดือน");
    expect(await badgeOf(page, CARRIED).textContent()).toBe("จากรอบ 2569 การสมัครขอรับรอง");
    expect(await badgeOf(page, ALSO_CARRIED).textContent()).toBe("จากรอบ 2569 การสมัครขอรับรอง");
    expect(await page.locator(`[data-item-id="${CARRIED}"] [data-evidence-id="7"] [data-carried-from]`).textContent()).toBe(
      "จากรอบ 2569 การสมัครขอรับรอง",
    );
    expect(await page.locator(`[data-item-id="${CARRIED}"] [data-needs-new-photo]`).textContent()).toBe("ควรถ่ายรูปใหม่");
    expect(await page.locator("[data-notice=info] .notice-line").allTextContents()).toEqual([
      "นำมาจากรอบ 2569 การสมัครขอรับรอง: คำตอบ 2 ข้อ หลักฐาน 1 รายการ",
      "ควรถ่ายรูปใหม่: 1 กำหนดและประกาศวัน-เวลาเปิดให้บริการที่ชัดเจน",
    ]);
    await page.locator(`[data-item-id="${CARRIED}"]`).scrollIntoViewIfNeeded();
    await page.screenshot({ path: screenshotPath("issue16-carried-badge-1366.png") });
    expect(await wordsCut(page, `[data-item-id="${CARRIED}"] .item-tags, .notices`, WORDS)).toEqual([]);

    // Looked at and saved: the answer is this round's own now.
    await page.locator(`[data-item-id="${CARRIED}"] label[data-status="not_met"]`).click();
    await page.locator(`[data-item-id="${CARRIED}"] [data-saved]`).waitFor();
    expect(await badgeOf(page, CARRIED).count()).toBe(0);
    expect(await badgeOf(page, ALSO_CARRIED).count(), "an item not saved keeps its badge").toBe(1);
    const saved = (await app.calls("save_answer")).map((call) => call.args.input as Record<string, unknown>);
    expect(saved).toHaveLength(1);
    expect(saved[0], "what is saved never says where it came from").not.toHaveProperty("carried_from_round");
  });
});
