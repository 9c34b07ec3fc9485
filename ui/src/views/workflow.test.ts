import { render } from "lit";
import { describe, expect, it } from "vitest";
import { PACK_2568 } from "../test-fixtures/pack";
import type { Actions } from "../actions";
import type { AnswerInput, Checklist, RoundScore, RoundState } from "../bindings";
import { emptyAnswer, filterCounts, initialState, type State } from "../state";
import { appView } from "./app";
import { ruleInWords } from "./evidence";

const noActions = new Proxy({}, { get: () => () => {} }) as Actions;

const ITEMS = PACK_2568.parts
  .filter((part) => part.round_kinds.includes("application"))
  .flatMap((part) => part.sections.flatMap((section) => section.items));

function answer(overrides: Partial<AnswerInput>): AnswerInput {
  return { ...emptyAnswer(), ...overrides };
}

/** A ready state whose lighting item has a photo and still needs a measurement. */
function stateWith(roundState: RoundState = "draft"): State {
  const score = {
    parts: [],
    gate: "open",
    points: { total: 100, earned: 0, open: 38, lost: 0, undisclosed: 62 },
    undisclosed_items: 25,
    level: null,
    reachable_level: "excellent",
    next_level: "basic",
    points_to_next_level: 70,
    cheapest_path: null,
    pack_complete: false,
  } as RoundScore;
  score.parts = ["physical", "quality", "outcome"].map((part_id) => ({
    part_id,
    listed_items: 0,
    not_started: 0,
    in_progress: 0,
    met: 0,
    not_met: 0,
    not_applicable: 0,
    points: { total: 0, earned: 0, open: 0, lost: 0, undisclosed: 0 },
    undisclosed_items: 0,
    gate: "no_gate",
  }));
  const checklist: Checklist = {
    round: {
      id: 7,
      office_id: 1,
      office_name: "",
      pack_id: "gecc-2568",
      pack_version: 2,
      pack_year_be: 2568,
      fiscal_year_be: 2570,
      kind: "application",
      state: roundState,
      created_at: "2026-11-22T00:00:00Z",
      approved_by_name: roundState === "approved" ? "สมชาย ใจดี" : "",
      approved_by_position: roundState === "approved" ? "ปลัดอำเภอ" : "",
      approved_at: roundState === "approved" ? "2026-11-22T03:00:00Z" : null,
      office_is_local: true,
    },
    pack: PACK_2568,
    answers: [],
    score,
    evidence: [
      {
        id: 3,
        sha256: "ab".repeat(32),
        original_name: "ห้องบริการ <img src=x onerror=alert(1)>.jpg",
        size: 245_000,
        format: "jpeg",
        added_at: "2026-11-22T01:00:00Z",
        added_by: "clerk",
        reduced_from: null,
      },
    ],
    links: [
      {
        round_id: 7,
        item_id: "physical.lighting",
        evidence_id: 3,
        evidence_type: "photo",
        linked_at: "2026-11-22T01:00:00Z",
        linked_by: "clerk",
        carried_from_round: null,
      },
    ],
    deadlines: [],
    tallies: [{ item_id: "outcome.citizen-satisfaction", figure_id: "responses", responses: 200, percent: 90 }],
    revision: 0,
    item_evidence: ITEMS.map((item) =>
      item.id === "physical.lighting"
        ? { item_id: item.id, files: 1, rule: null, unmet: { op: "type", id: "measurement" }, needs_new_photo: false }
        : { item_id: item.id, files: 0, rule: null, unmet: null, needs_new_photo: false },
    ),
  };
  const state = initialState("2026-11-22");
  state.phase = "ready";
  state.checklist = checklist;
  state.score = score;
  state.drafts.set("physical.public-transport", answer({ status: "not_applicable" }));
  state.drafts.set("physical.restrooms", answer({ status: "in_progress", due_date: "2026-11-01", owner: "สมศรี" }));
  state.drafts.set("physical.service-hours", answer({ status: "met" }));
  return state;
}

function rendered(state: State): HTMLElement {
  const root = document.createElement("div");
  render(appView(state, noActions), root);
  return root;
}

describe("an item's evidence", () => {
  it("lists the file by its original name, as text, with its kind of evidence", () => {
    const root = rendered(stateWith());
    const file = root.querySelector('[data-item-id="physical.lighting"] [data-evidence-id="3"]');
    expect(file?.querySelector(".evidence-name")?.textContent).toBe("ห้องบริการ <img src=x onerror=alert(1)>.jpg");
    expect(root.querySelector(".evidence-name img"), "a hostile file name creates no element").toBeNull();
    const type = file?.querySelector<HTMLSelectElement>("select.evidence-type");
    expect(type?.value).toBe("photo");
    expect(type?.options.length, "every evidence type of the pack, and 'choose'").toBe(14);
  });

  it("says what the evidence rule still needs, in words", () => {
    const root = rendered(stateWith());
    expect(root.querySelector('[data-item-id="physical.lighting"] [data-evidence-needed]')?.textContent).toContain("ผลการวัด");
  });

  it("writes rules in Thai and English words", () => {
    const state = stateWith();
    const rule = {
      op: "all" as const,
      of: [
        { op: "type" as const, id: "photo" },
        {
          op: "any" as const,
          of: [
            { op: "type" as const, id: "order" },
            { op: "type" as const, id: "minutes" },
          ],
        },
      ],
    };
    expect(ruleInWords(rule, state)).toBe("ภาพถ่าย และ (คำสั่ง หรือ รายงานการประชุมหรือบันทึก)");
    state.language = "en";
    expect(ruleInWords(rule, state)).toBe("Photo and (Order or Minutes or record)");
  });
});

describe("answers beyond the status", () => {
  it("asks for a reason when an item does not apply", () => {
    const root = rendered(stateWith());
    const item = root.querySelector('[data-item-id="physical.public-transport"]');
    expect(item?.querySelector('input[name="not-applicable-reason"]')).not.toBeNull();
    expect(item?.textContent).toContain("ต้องระบุเหตุผล");
    expect(root.querySelector('[data-item-id="physical.service-hours"] input[name="not-applicable-reason"]')).toBeNull();
  });

  it("shows the owner and a due date in the Buddhist era, marked when overdue", () => {
    const item = rendered(stateWith()).querySelector('[data-item-id="physical.restrooms"]');
    expect(item?.querySelector<HTMLInputElement>('input[name="owner"]')?.value).toBe("สมศรี");
    expect(item?.querySelector<HTMLInputElement>('input[name="due-date"]')?.value).toBe("01/11/2569");
    expect(item?.querySelector(".due-words")?.textContent).toContain("1 พ.ย. 2569");
    expect(item?.querySelector(".due-words")?.getAttribute("data-overdue")).toBe("true");
  });
});

describe("filters", () => {
  it("count what each would show", () => {
    const counts = filterCounts(stateWith());
    expect(counts.all).toBe(25);
    expect(counts.open, "everything but the met item").toBe(24);
    expect(counts.overdue, "the restrooms were due on 1 Nov").toBe(1);
    expect(counts.no_evidence).toBe(24);
    expect(counts.evidence_missing).toBe(1);
  });

  it("hide items that do not match, and whole parts with none", () => {
    const state = stateWith();
    state.filter = "overdue";
    const root = rendered(state);
    expect([...root.querySelectorAll("[data-item-id]")].map((e) => e.getAttribute("data-item-id"))).toEqual(["physical.restrooms"]);
    expect(root.querySelectorAll("[data-part-id]").length).toBe(1);
  });
});

describe("review", () => {
  it("offers submit on a draft, with every field editable", () => {
    const root = rendered(stateWith("draft"));
    expect(root.querySelector('[data-action="submit"]')).not.toBeNull();
    expect(root.querySelector('[data-action="attach"]')).not.toBeNull();
    expect(root.querySelector<HTMLTextAreaElement>(".note textarea")?.disabled).toBe(false);
  });

  it("makes a submitted round read-only and offers approve and unlock", () => {
    const root = rendered(stateWith("submitted"));
    expect(root.querySelector('[data-action="approve"]')).not.toBeNull();
    expect(root.querySelector('[data-action="unlock"]')).not.toBeNull();
    expect(root.querySelector('[data-action="attach"]'), "no attaching to a submitted round").toBeNull();
    expect(root.querySelector(".note textarea"), "no box to type a note in").toBeNull();
    expect(root.querySelector<HTMLFieldSetElement>(".status-group")?.disabled).toBe(true);
  });

  it("names who approved an approved round", () => {
    const bar = rendered(stateWith("approved")).querySelector("[data-round-state]");
    expect(bar?.getAttribute("data-round-state")).toBe("approved");
    expect(bar?.textContent).toContain("สมชาย ใจดี");
    expect(bar?.textContent).toContain("ปลัดอำเภอ");
  });
});

describe("an item's history", () => {
  it("lists answer changes and evidence events oldest first", () => {
    const state = stateWith();
    state.modal = {
      kind: "history",
      itemId: "physical.lighting",
      saving: false,
      error: null,
      history: {
        answers: [
          {
            id: 1,
            round_id: 7,
            item_id: "physical.lighting",
            before: null,
            after: answer({ status: "met", note: "วัดแล้ว 350 lux" }),
            changed_by: "clerk",
            changed_at: "2026-11-22T02:00:00Z",
          },
        ],
        events: [
          {
            id: 4,
            round_id: 7,
            item_id: "physical.lighting",
            kind: "evidence_attached",
            detail: { name: "lux.pdf" },
            actor: "clerk",
            at: "2026-11-22T01:00:00Z",
          },
        ],
      },
    };
    const lines = [...rendered(state).querySelectorAll("[data-history] li")].map((li) => li.textContent ?? "");
    expect(lines).toHaveLength(2);
    expect(lines[0]).toContain('แนบไฟล์ "lux.pdf"');
    expect(lines[1], "the first answer has nothing before it").toContain("— › ผ่าน");
    expect(lines[1]).toContain("วัดแล้ว 350 lux");
  });
});

describe("figures behind an outcome answer", () => {
  it("takes responses per satisfaction level and shows what they come to", () => {
    const state = stateWith();
    state.drafts.set(
      "outcome.citizen-satisfaction",
      answer({ figures: { responses: { "very-high": 120, high: 60, medium: 20 }, "sample-size": 200 } }),
    );
    const item = rendered(state).querySelector('[data-item-id="outcome.citizen-satisfaction"]');
    const levels = [...(item?.querySelectorAll<HTMLInputElement>('[data-figure="responses"] input') ?? [])];
    expect(levels.map((input) => input.name)).toEqual(["tally-very-high", "tally-high", "tally-medium", "tally-low", "tally-very-low"]);
    expect(levels[0].value).toBe("120");
    expect(item?.querySelector("[data-tally-summary]")?.textContent).toContain("200");
    expect(item?.querySelector("[data-tally-percent]")?.textContent).toBe("90%");
    expect(item?.querySelector<HTMLInputElement>('input[name="figure-sample-size"]')?.value).toBe("200");
    expect(item?.querySelector('input[name="figure-collected-by"]'), "who collected is asked").not.toBeNull();
  });
});
