//! Notes are shown whole in rounds that can no longer change (submitted, approved, or
//! received), where a disabled one-line box used to cut them off.

import { render } from "lit";
import { describe, expect, it } from "vitest";
import { emptyAnswer } from "../state";
import { appView } from "./app";
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
