//! Notes are shown whole in rounds that can no longer change (submitted, approved, or
//! received), where a disabled one-line box used to cut them off.

import { render } from "lit";
import { describe, expect, it, vi } from "vitest";
import { emptyAnswer } from "../state";
import { appView } from "./app";
import { fitWaiting } from "./note";
import { noActions, readyState, round } from "../test-fixtures/bundles";

const ITEM = '[data-item-id="physical.service-hours"]';
const LONG_NOTE = "ติดป้ายเวลาเปิดให้บริการแล้วที่ประตูหน้าและประตูข้าง\nบรรทัดที่สอง: รอรูปถ่ายจากฝ่ายอาคารสถานที่ ".repeat(6).trim();

describe("a note", () => {
  for (const shown of [round({ state: "submitted" }), round({ state: "approved" }), round({ office_is_local: false })]) {
    it(`is shown whole, lines as written, in a ${shown.office_is_local ? shown.state : "received"} round`, () => {
      const state = readyState(shown);
      state.drafts.set("physical.service-hours", { ...emptyAnswer(), status: "met", note: LONG_NOTE });
      const root = document.createElement("div");
      render(appView(state, noActions), root);
      expect(root.querySelector(`${ITEM} .note textarea`), "no cut-off box").toBeNull();
      expect(root.querySelector(`${ITEM} [data-read-only="note"] p`)?.textContent).toBe(LONG_NOTE);
    });
  }

  it("is a box to type in while the round is a draft", () => {
    const root = document.createElement("div");
    render(appView(readyState(), noActions), root);
    expect(root.querySelector<HTMLTextAreaElement>(`${ITEM} .note textarea`)?.value).toBe("ติดป้ายเวลาเปิดให้บริการแล้ว");
    expect(root.querySelector(`${ITEM} [data-read-only="note"]`)).toBeNull();
  });
});

describe("notes that come with the checklist", () => {
  it("are fitted to their text together at the next frame, with one layout of the page", () => {
    const state = readyState();
    const parts = state.checklist?.pack.parts ?? [];
    const items = parts.flatMap((part) => part.sections.flatMap((section) => section.items)).slice(0, 5);
    for (const item of items) state.drafts.set(item.id, { ...emptyAnswer(), status: "met", note: `${LONG_NOTE} ${item.id}` });
    fitWaiting(); // Boxes earlier tests left waiting for a frame.
    const frames = vi.spyOn(globalThis, "requestAnimationFrame").mockImplementation(() => 0);
    const root = document.createElement("div");
    document.body.append(root);
    try {
      render(appView(state, noActions), root);
      const boxes = [...root.querySelectorAll<HTMLTextAreaElement>(".note textarea")];
      expect(boxes.length, "a note box for each item").toBeGreaterThanOrEqual(items.length);
      expect(frames, "one frame asked for, not one per box").toHaveBeenCalledTimes(1);
      expect(frames).toHaveBeenCalledWith(fitWaiting);

      // Measuring one box lays the page out; a box changed after that would lay it out again.
      const letGoWhenMeasured: boolean[] = [];
      const measure = vi.spyOn(HTMLTextAreaElement.prototype, "scrollHeight", "get").mockImplementation(() => {
        letGoWhenMeasured.push(boxes.every((box) => box.style.height === "auto"));
        return 40;
      });
      fitWaiting();
      measure.mockRestore();
      expect(letGoWhenMeasured.length, "each box measured").toBe(boxes.length);
      expect(letGoWhenMeasured.every(Boolean), "every box let go before any is measured").toBe(true);
      expect(
        boxes.map((box) => box.style.height),
        "each box as tall as its text",
      ).toEqual(boxes.map(() => "42px"));
    } finally {
      frames.mockRestore();
      root.remove();
    }
  });
});
