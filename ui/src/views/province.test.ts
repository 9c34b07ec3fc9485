//! The province's overview of offices × parts, and another office's round opened from it.

import { render } from "lit";
import { describe, expect, it } from "vitest";
import type { Api } from "../api";
import type { OfficeRow } from "../bindings";
import { createController } from "../controller";
import { appView } from "./app";
import { noActions, readyState, recordingActions, round } from "../test-fixtures/bundles";
import { officeRow, provinceState } from "../test-fixtures/province";

/** A row of the 2568 pack's three parts, late by three days unless told otherwise. */
function row(overrides: Partial<OfficeRow>): OfficeRow {
  return officeRow({ office_name: "สำนักทะเบียนอำเภอยะรัง", reporting: { state: "late", days: 3 }, ...overrides });
}

function rendered(state: ReturnType<typeof readyState>, actions = noActions): HTMLElement {
  const root = document.createElement("div");
  render(appView(state, actions), root);
  return root;
}

describe("the province's overview", () => {
  it("shows each office's parts as decided/listed, coloured by progress, with score, level and last bundle", () => {
    const root = rendered(provinceState([row({})]));
    const office = root.querySelector('[data-office-row="2"]')!;
    expect(office.textContent).toContain("สำนักทะเบียนอำเภอยะรัง");
    const cells = [...office.querySelectorAll("[data-part-cell]")];
    expect(cells.map((cell) => cell.textContent?.trim())).toEqual(["14/14", "5/8", "0/3"]);
    expect(cells.map((cell) => cell.getAttribute("data-progress"))).toEqual(["decided", "in_progress", "not_started"]);
    expect(office.querySelector("[data-office-score]")?.textContent).toBe("71/100");
    expect(office.textContent, "the level's title from the pack").toContain("ระดับพื้นฐาน");
    expect(office.textContent).toContain("ส่งตรวจแล้ว");
    expect(office.querySelector("[data-last-bundle]")?.textContent, "the date in the Buddhist era").toBe("3 ก.พ. 2570");
  });

  it("opens an office's round when its row is clicked or Enter is pressed on it", () => {
    const { actions, calls } = recordingActions();
    const root = rendered(provinceState([row({ office_id: 2, round_id: 7 }), row({ office_id: 4, round_id: null })]), actions);
    root.querySelector<HTMLElement>('[data-office-row="2"]')!.click();
    root.querySelector<HTMLElement>('[data-office-row="2"]')!.dispatchEvent(new KeyboardEvent("keydown", { key: "Enter", bubbles: true }));
    root.querySelector<HTMLElement>('[data-office-row="4"]')!.click();
    expect(
      calls.filter(([name]) => name === "openOfficeRound"),
      "twice for the row with a round, never for one without",
    ).toEqual([
      ["openOfficeRound", [7]],
      ["openOfficeRound", [7]],
    ]);
    expect(root.querySelector('[data-office-row="2"]')?.getAttribute("tabindex"), "reachable with Tab").toBe("0");
  });

  it("explains how to fill an empty overview", () => {
    const root = rendered(provinceState([]));
    expect(root.querySelector("[data-province-empty]")?.textContent).toContain("นำเข้าทั้งโฟลเดอร์");
    expect(root.querySelector('[data-action="import-folder"]')).not.toBeNull();
  });
});

describe("another office's round", () => {
  const foreign = round({ id: 7, office_id: 2, office_name: "สำนักทะเบียนอำเภอยะรัง", state: "draft", office_is_local: false });

  it("is read-only with a banner saying whose it is, even as a draft", () => {
    const root = rendered(readyState(foreign, [round()]));
    expect(root.querySelector("[data-foreign-round]")?.textContent).toContain("รอบของสำนักงานอื่น (รับจากชุดข้อมูล) อ่านอย่างเดียว");
    expect(root.querySelector("[data-foreign-round]")?.textContent).toContain("สำนักทะเบียนอำเภอยะรัง");
    const item = root.querySelector('[data-item-id="physical.service-hours"]')!;
    expect(item.querySelector('[data-read-only="note"] p')?.textContent, "the note is shown").toBe("ติดป้ายเวลาเปิดให้บริการแล้ว");
    expect(item.querySelector(".note textarea"), "but cannot be edited").toBeNull();
    expect(item.querySelector<HTMLFieldSetElement>(".status-group")?.disabled).toBe(true);
    expect(root.querySelector('[data-action="attach"]'), "no attaching").toBeNull();
    expect(root.querySelector('[data-action="submit"]'), "no review").toBeNull();
    expect(root.querySelector('[data-action="export-bundle"]'), "no export of another office's round").toBeNull();
    expect(root.querySelector('[data-action="edit-calendar"]'), "no calendar edits").toBeNull();
  });

  it("shows in the round switcher without being listed among this office's rounds", () => {
    const root = rendered(readyState(foreign, [round()]));
    const options = [...root.querySelectorAll<HTMLOptionElement>(".round-select option")];
    expect(options.map((option) => option.value)).toEqual(["7", "1", "new"]);
    expect(options[0].selected && options[0].disabled, "the foreign round is shown, not choosable").toBe(true);
    expect(options[0].textContent).toContain("รับจากชุดข้อมูล");
  });

  it("is left out of the switcher when the app starts", async () => {
    const api = {
      getSettings: async () => ({ language: "th", role: "district" }),
      getOffice: async () => ({ id: 1, name: "สำนักทะเบียนอำเภอเมืองปัตตานี" }),
      listRounds: async () => [foreign, round()],
      listPacks: async () => [],
      getChecklist: async () => readyState().checklist,
    } as unknown as Api;
    const state = readyState();
    state.rounds = [];
    await createController(api, state, () => {}).boot();
    expect(
      state.rounds.map((r) => r.id),
      "only this office's rounds",
    ).toEqual([1]);
  });
});
