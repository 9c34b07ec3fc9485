//! A failed physical gate names the items that fail it, as links, and the checklist has
//! a "ไม่ผ่าน" filter: the gate stops every level, so those items must be easy to find.

import { render } from "lit";
import { describe, expect, it } from "vitest";
import { emptyAnswer } from "../state";
import { appView } from "./app";
import { noActions, readyState } from "../test-fixtures/bundles";
import { PACK_2568 } from "../test-fixtures/pack";

function gateFailed() {
  const state = readyState();
  state.score = {
    ...state.score!,
    gate: "failed",
    parts: state.score!.parts.map((part) => (part.part_id === "physical" ? { ...part, gate: "failed" } : part)),
  };
  state.drafts.set("physical.lighting", { ...emptyAnswer(), status: "not_met" });
  state.drafts.set("physical.restrooms", { ...emptyAnswer(), status: "not_met" });
  state.drafts.set("quality.needs-survey", { ...emptyAnswer(), status: "not_met" });
  state.checklist!.item_evidence = ["physical.lighting", "physical.restrooms", "physical.service-hours", "quality.needs-survey"].map(
    (item_id) => ({ item_id, files: 0, unmet: null }) as never,
  );
  return state;
}

describe("a failed gate", () => {
  it("lists the physical items that fail it as links to them", () => {
    const root = document.createElement("div");
    render(appView(gateFailed(), noActions), root);
    const links = [...root.querySelectorAll<HTMLAnchorElement>("[data-gate-failures] a")];
    expect(links.map((link) => link.getAttribute("href"))).toEqual(["#item-physical.lighting", "#item-physical.restrooms"]);
    const lighting = PACK_2568.parts[0].sections.flatMap((section) => section.items).find((item) => item.id === "physical.lighting")!;
    expect(links[0].textContent, "named by code and title").toContain(`${lighting.code} ${lighting.title.th}`);
    expect(root.querySelector(`#item-physical\\.lighting`), "the link's target exists").not.toBeNull();
  });

  it("has a not-met filter showing only the items not met", () => {
    const state = gateFailed();
    const root = document.createElement("div");
    render(appView(state, noActions), root);
    expect(root.querySelector('[data-filter="not_met"]')?.textContent).toContain("ไม่ผ่าน");
    expect(root.querySelector('[data-filter="not_met"] .count')?.textContent).toBe("3");
    state.filter = "not_met";
    render(appView(state, noActions), root);
    expect([...root.querySelectorAll("[data-item-id]")].map((item) => item.getAttribute("data-item-id"))).toEqual([
      "physical.lighting",
      "physical.restrooms",
      "quality.needs-survey",
    ]);
  });
});
