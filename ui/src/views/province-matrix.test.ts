//! The overview of a department's offices (issue 18): a table of thousands draws only the
//! rows in view, numbered for screen readers, and still opens a round by keyboard; a small
//! province's table is drawn whole as before; the box finds offices and the headers order them.

import { render } from "lit";
import { describe, expect, it } from "vitest";
import type { Api } from "../api";
import type { OfficeRow } from "../bindings";
import { createController } from "../controller";
import type { State } from "../state";
import { recordingActions } from "../test-fixtures/bundles";
import { officeRow, provinceState, unsentRow } from "../test-fixtures/province";
import { appView } from "./app";

/** `count` offices, every third not sent (overdue), the others sent with a round of their own. */
function offices(count: number): OfficeRow[] {
  return Array.from({ length: count }, (_, i) =>
    i % 3 === 0
      ? unsentRow(`อำเภอที่ ${i + 1}`, { roster_id: i + 1, reporting: { state: "missing" } })
      : officeRow({ office_name: `เทศบาลตำบลที่ ${i + 1}`, roster_id: i + 1, office_id: i + 1, round_id: 1000 + i }),
  );
}

function rendered(state: State, actions = recordingActions().actions): HTMLElement {
  const root = document.createElement("div");
  render(appView(state, actions), root);
  return root;
}

const drawn = (root: HTMLElement) => [...root.querySelectorAll<HTMLElement>("tbody tr[data-office-name]")];

describe("a department's overview", () => {
  it("draws only the rows in view and eight more each way, numbered among all 5,000 for screen readers", () => {
    const state = provinceState(offices(5_000));
    state.province!.scroll = { top: 2_000 * 40, height: 400, rowHeight: 40 };
    const root = rendered(state);
    const rows = drawn(root);
    expect(rows).toHaveLength(27);
    expect(rows[0].dataset.officeName).toBe("อำเภอที่ 1993");
    expect(rows.map((row) => Number(row.getAttribute("aria-rowindex")))).toEqual(Array.from({ length: 27 }, (_, i) => 1994 + i));
    expect(root.querySelector("[data-province-table]")?.getAttribute("aria-rowcount"), "the header and every office").toBe("5001");
    expect(root.querySelector("thead tr")?.getAttribute("aria-rowindex")).toBe("1");
    const spacers = [...root.querySelectorAll<HTMLElement>(".matrix-spacer")];
    expect(spacers.map((spacer) => spacer.getAttribute("aria-hidden"))).toEqual(["true", "true"]);
    expect(spacers.map((spacer) => spacer.querySelector("td")?.style.height)).toEqual([`${1_992 * 40}px`, `${(5_000 - 2_019) * 40}px`]);
    expect(root.querySelector("[data-province-scroll]")?.classList.contains("windowed")).toBe(true);
  });

  it("opens an office's round from a drawn row by click or Enter, reachable with Tab", () => {
    const { actions, calls } = recordingActions();
    const root = rendered(provinceState(offices(5_000)), actions);
    const row = root.querySelector<HTMLElement>('[data-office-name="เทศบาลตำบลที่ 2"]')!;
    expect(row.getAttribute("tabindex")).toBe("0");
    row.dispatchEvent(new KeyboardEvent("keydown", { key: "Enter", bubbles: true }));
    row.click();
    expect(calls.filter(([name]) => name === "openOfficeRound")).toEqual([
      ["openOfficeRound", [1001]],
      ["openOfficeRound", [1001]],
    ]);
  });

  it("draws a small province's every row as before, with no numbering nor room kept", () => {
    const root = rendered(provinceState(offices(200)));
    expect(drawn(root)).toHaveLength(200);
    expect(root.querySelector("[aria-rowindex], [aria-rowcount], .matrix-spacer")).toBeNull();
    expect(root.querySelector("[data-province-scroll]")?.classList.contains("windowed")).toBe(false);
  });
});

describe("finding and ordering the overview's offices", () => {
  /** The app's own controller, redrawn into `root` at each rerender, as main.ts does. */
  function app(rows: OfficeRow[]) {
    const state = provinceState(rows);
    const root = document.createElement("div");
    let redraws = 0;
    const controller = createController({} as Api, state, () => {
      redraws += 1;
      render(appView(state, controller), root);
    });
    render(appView(state, controller), root);
    return { state, root, controller, redraws: () => redraws };
  }

  it("finds offices by part of the name typed in the box, and says how many of all show", () => {
    const { root } = app(offices(5_000));
    const box = root.querySelector<HTMLInputElement>('input[name="find-office"]')!;
    box.value = "ตำบลที่ 4 99 8";
    box.dispatchEvent(new Event("input"));
    expect(drawn(root).map((row) => row.dataset.officeName)).toEqual(["เทศบาลตำบลที่ 4998"]);
    expect(root.querySelector("[data-matrix-shown]")?.textContent).toBe("แสดง 1 จาก 5,000 สำนักงาน");
    expect(root.querySelector("[data-matrix-shown]")?.getAttribute("role"), "read out as it changes").toBe("status");
  });

  it("shows only the offices not sent, each choice saying how many it holds", () => {
    const { root } = app(offices(9));
    const choice = root.querySelector<HTMLSelectElement>('select[name="show-reporting"]')!;
    expect([...choice.options].map((option) => option.textContent)).toEqual(["ทุกสำนักงาน (9)", "ยังไม่ส่ง (3)", "ส่งช้า (0)", "ส่งแล้ว (6)"]);
    choice.value = "not_sent";
    choice.dispatchEvent(new Event("change"));
    expect(drawn(root).map((row) => row.dataset.officeName)).toEqual(["อำเภอที่ 1", "อำเภอที่ 4", "อำเภอที่ 7"]);
    expect(root.querySelector("[data-province-no-match]")).toBeNull();
    const box = root.querySelector<HTMLInputElement>('input[name="find-office"]')!;
    box.value = "เทศบาล";
    box.dispatchEvent(new Event("input"));
    expect(root.querySelector("[data-province-no-match]")?.textContent).toBe("ไม่พบสำนักงานที่ตรงกับการค้นหา");
  });

  it("orders by a header pressed, saying which way with aria-sort, and turns round on a second press", () => {
    const { root } = app([
      officeRow({ office_name: "ข", round_id: 1 }),
      unsentRow("ก", { reporting: { state: "missing" } }),
      officeRow({ office_name: "ค" }),
    ]);
    const header = (key: string) => root.querySelector<HTMLElement>(`th[data-sort-column="${key}"]`)!;
    expect(header("name").hasAttribute("aria-sort"), "the store's order at first").toBe(false);
    header("name").querySelector("button")!.click();
    expect(drawn(root).map((row) => row.dataset.officeName)).toEqual(["ก", "ข", "ค"]);
    expect(header("name").getAttribute("aria-sort")).toBe("ascending");
    header("name").querySelector("button")!.click();
    expect(drawn(root).map((row) => row.dataset.officeName)).toEqual(["ค", "ข", "ก"]);
    expect(header("name").getAttribute("aria-sort")).toBe("descending");
    header("reporting").querySelector("button")!.click();
    expect(header("reporting").getAttribute("aria-sort")).toBe("ascending");
    expect(header("name").hasAttribute("aria-sort"), "one column at a time").toBe(false);
    expect(drawn(root)[0].textContent).toContain("ยังไม่ส่ง (เลยกำหนด)");
  });

  it("redraws on a scroll only when other rows come into view", () => {
    const { state, controller, redraws } = app(offices(5_000));
    controller.scrollOffices({ top: 0, height: 400, rowHeight: 40 });
    const measured = redraws();
    controller.scrollOffices({ top: 30, height: 400, rowHeight: 40 });
    expect(redraws(), "still the first row at the top").toBe(measured);
    controller.scrollOffices({ top: 4_000, height: 400, rowHeight: 40 });
    expect(redraws()).toBe(measured + 1);
    expect(state.province!.scroll.top).toBe(4_000);
  });
});
