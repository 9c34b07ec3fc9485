//! Submitting and approving show what the round holds: undecided items and items
//! without evidence as links, and the level; approving offers last time's approver.

import { render } from "lit";
import { describe, expect, it } from "vitest";
import type { Api } from "../api";
import { createController } from "../controller";
import { appView } from "./app";
import { noActions, readyState, round } from "../test-fixtures/bundles";

describe("the submit and approve dialogs", () => {
  it("list undecided items and items without evidence as links, with the level reached", () => {
    const state = readyState();
    state.checklist!.item_evidence = [{ item_id: "physical.service-hours", files: 2, rule: null } as never];
    state.modal = { kind: "submit", saving: false, error: null };
    const root = document.createElement("div");
    render(appView(state, noActions), root);
    const summary = root.querySelector("[data-modal=submit] [data-review-summary]")!;
    expect(summary.querySelector("[data-review-level]")?.textContent).toContain("ยังไม่ถึงระดับพื้นฐาน");
    const undecided = summary.querySelector('[data-review-list="undecided"]')!;
    expect(undecided.textContent).toContain("ยังไม่ได้ประเมิน 24 ข้อ");
    expect(undecided.textContent).toContain("และอีก 16 ข้อ");
    const links = [...undecided.querySelectorAll<HTMLAnchorElement>("a")];
    expect(links).toHaveLength(8);
    expect(links.map((link) => link.getAttribute("href"))).not.toContain("#item-physical.service-hours");
    expect(summary.querySelector('[data-review-list="no-evidence"]')?.textContent).toContain("ยังไม่มีไฟล์หลักฐาน 24 ข้อ");
  });

  it("offers the name and position of whoever approved last", () => {
    const state = readyState();
    state.rounds = [
      round({ id: 1 }),
      round({
        id: 2,
        state: "approved",
        approved_by_name: "นายสมชาย ใจดี",
        approved_by_position: "นายอำเภอ",
        approved_at: "2026-03-01T03:00:00.000Z",
      }),
      round({
        id: 3,
        state: "approved",
        approved_by_name: "นางสาวสมศรี",
        approved_by_position: "ปลัดอำเภอ",
        approved_at: "2025-03-01T03:00:00.000Z",
      }),
    ];
    const root = document.createElement("div");
    const controller = createController({} as Api, state, () => render(appView(state, controller), root));
    controller.openApprove();
    expect(root.querySelector<HTMLInputElement>('[data-modal=approve] input[name="name"]')?.value).toBe("นายสมชาย ใจดี");
    expect(root.querySelector<HTMLInputElement>('[data-modal=approve] input[name="position"]')?.value).toBe("นายอำเภอ");
    expect(root.querySelector("[data-modal=approve] [data-review-summary]")).not.toBeNull();
  });
});
