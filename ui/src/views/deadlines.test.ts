//! The calendar dialog says beside each date box what the date was read as, and why a
//! complete-looking date is refused, before anything is saved.

import { render } from "lit";
import { describe, expect, it } from "vitest";
import { appView } from "./app";
import { noActions, readyState } from "../test-fixtures/bundles";

describe("the calendar dialog", () => {
  it("shows each date as read, or why it is refused", () => {
    const state = readyState();
    state.today = "2026-12-01";
    state.modal = {
      kind: "deadlines",
      rows: [
        { id: null, title: "ส่งแบบประเมิน", typedDate: "๓๑/๐๑/๒๕๗๐", done: false, removed: false },
        { id: null, title: "ค.ศ.", typedDate: "31/01/2027", done: false, removed: false },
        { id: null, title: "ปีผิด", typedDate: "1/1/2500", done: false, removed: false },
        { id: null, title: "กำลังพิมพ์", typedDate: "31/0", done: false, removed: false },
      ],
      saving: false,
      error: null,
    };
    const root = document.createElement("div");
    render(appView(state, noActions), root);
    const cell = (index: number) => root.querySelector(`[data-deadline-row="${index}"]`)!;
    expect(cell(0).querySelector("[data-date-read]")?.textContent).toBe("31 ม.ค. 2570");
    expect(cell(1).querySelector("[data-date-refused]")?.textContent).toContain("พ.ศ. (2570)");
    expect(cell(2).querySelector("[data-date-refused]")?.textContent).toContain("2500");
    expect(cell(3).querySelector("[data-date-read], [data-date-refused]"), "nothing while half typed").toBeNull();
    expect(cell(1).querySelector<HTMLInputElement>('input[name="date"]')?.value, "kept as typed").toBe("31/01/2027");
  });
});
