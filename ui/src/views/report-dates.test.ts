//! The report dates dialog (issue 16): the dates of the overview's year and kind, typed in
//! the Buddhist era, from the department's letter until the province sets its own; saved
//! all at once, after which the overview is measured against them.

import { render } from "lit";
import { describe, expect, it } from "vitest";
import { createController } from "../controller";
import { deskApi, newDeskStore, provinceState, type DeskStore } from "../test-fixtures/province";
import { appView } from "./app";

const settle = async () => {
  for (let i = 0; i < 10; i++) await new Promise((resolve) => setTimeout(resolve, 0));
};

async function openReportDates(store: DeskStore) {
  const state = provinceState([]);
  state.today = "2026-12-01";
  const root = document.createElement("div");
  // In the page: a form submits only from there.
  document.body.replaceChildren(root);
  const controller = createController(deskApi(store), state, () => render(appView(state, controller), root));
  render(appView(state, controller), root);
  root.querySelector<HTMLButtonElement>('[data-action="open-report-dates"]')!.click();
  await settle();
  store.calls.length = 0;
  const dialog = () => root.querySelector<HTMLElement>('[data-modal="report-dates"]');
  return { state, dialog };
}

function type(input: HTMLInputElement, value: string): void {
  input.value = value;
  input.dispatchEvent(new Event("input", { bubbles: true }));
}

const save = (dialog: HTMLElement) => dialog.querySelector<HTMLButtonElement>('button[type="submit"]')!.click();

describe("the report dates dialog", () => {
  it("shows the letter's dates of the overview's year and kind, typed as offices write them, and says they are not edited", async () => {
    const { dialog } = await openReportDates(newDeskStore());
    expect(dialog()?.querySelector("h2")?.textContent).toBe("กำหนดส่งรายงาน ปีงบประมาณ 2570 · การสมัครขอรับรอง");
    expect(dialog()?.querySelector("[data-report-dates-source]")?.textContent?.trim()).toBe("วันที่ตามหนังสือกรมฯ (ยังไม่ได้แก้ไข)");
    const row = dialog()!.querySelector('[data-report-date="0"]')!;
    expect(row.querySelector<HTMLInputElement>('input[name="title"]')?.value).toBe("ส่งรายงานผลการประเมินตนเองให้จังหวัด");
    expect(row.querySelector<HTMLInputElement>('input[name="date"]')?.value).toBe("31/01/2570");
    expect(row.querySelector("[data-date-read]")?.textContent).toBe("31 ม.ค. 2570");
  });

  it("saves the dates as edited, added and removed, then reads the overview again", async () => {
    const store = newDeskStore();
    const { state, dialog } = await openReportDates(store);
    type(dialog()!.querySelector<HTMLInputElement>('[data-report-date="0"] input[name="date"]')!, "๑๕/๐๑/๒๕๗๐");
    dialog()!.querySelector<HTMLButtonElement>('[data-action="add-report-date"]')!.click();
    type(dialog()!.querySelector<HTMLInputElement>('[data-report-date="1"] input[name="title"]')!, "ส่งรายงานรอบที่สอง");
    type(dialog()!.querySelector<HTMLInputElement>('[data-report-date="1"] input[name="date"]')!, "1/3/2570");
    dialog()!.querySelector<HTMLButtonElement>('[data-action="add-report-date"]')!.click();
    dialog()!.querySelector<HTMLButtonElement>('[data-report-date="2"] [data-action="remove-report-date"]')!.click();
    save(dialog()!);
    await settle();
    expect(store.calls).toEqual([
      [
        "set_report_dates",
        {
          fiscalYearBe: 2570,
          kind: "application",
          dates: [
            { title: "ส่งรายงานผลการประเมินตนเองให้จังหวัด", date: "2027-01-15" },
            { title: "ส่งรายงานรอบที่สอง", date: "2027-03-01" },
          ],
        },
      ],
      ["province_status", { fiscalYearBe: 2570, kind: "application" }],
    ]);
    expect(state.modal, "closed once saved").toBeNull();

    const again = await openReportDates(store);
    expect(again.dialog()?.querySelector("[data-report-dates-source]")?.textContent?.trim()).toBe("วันที่ที่จังหวัดกำหนดเอง");
  });

  it("refuses a date in the Common Era, naming its row, and saves nothing", async () => {
    const store = newDeskStore();
    const { state, dialog } = await openReportDates(store);
    type(dialog()!.querySelector<HTMLInputElement>('[data-report-date="0"] input[name="date"]')!, "31/01/2027");
    expect(dialog()!.querySelector("[data-date-refused]")?.textContent, "said beside the box as it is typed").toContain("2570");
    save(dialog()!);
    await settle();
    expect(store.calls).toEqual([]);
    const error = dialog()!.querySelector('[role="alert"]');
    expect(error?.textContent).toContain('วันที่ "31/01/2027" ของ "ส่งรายงานผลการประเมินตนเองให้จังหวัด" ไม่ถูกต้อง');
    expect(error?.getAttribute("data-error-code")).toBe("INVALID_INPUT");
    expect(state.modal?.kind).toBe("report_dates");
  });
});
