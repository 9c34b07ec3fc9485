import { render } from "lit";
import { beforeEach, describe, expect, it } from "vitest";
import { PACK_2568 } from "../test-fixtures/pack";
import { profile } from "../test-fixtures/bundles";
import type { Actions } from "../actions";
import type { Checklist, RoundScore } from "../bindings";
import { emptyAnswer, initialState, type State } from "../state";
import { appView } from "./app";
import { parseTypedNumber, readNumber } from "./numbers";

/** Actions that do nothing: these tests look at what is rendered, not at behaviour. */
const noActions = new Proxy({}, { get: () => () => {} }) as Actions;

function score(overrides: Partial<RoundScore> = {}): RoundScore {
  const part = (part_id: string, listed_items: number, undisclosed_items = 0, undisclosed = 0) => ({
    part_id,
    listed_items,
    not_started: listed_items,
    in_progress: 0,
    met: 0,
    not_met: 0,
    not_applicable: 0,
    points: { total: 0, earned: 0, open: 0, lost: 0, undisclosed },
    undisclosed_items,
    gate: "no_gate" as const,
  });
  return {
    parts: [part("physical", 14), part("quality", 8, 25, 62), part("outcome", 3)],
    gate: "open",
    points: { total: 100, earned: 0, open: 38, lost: 0, undisclosed: 62 },
    undisclosed_items: 25,
    level: null,
    reachable_level: "excellent",
    next_level: "basic",
    points_to_next_level: 70,
    cheapest_path: null,
    pack_complete: false,
    ...overrides,
  };
}

function readyState(note = ""): State {
  const checklist: Checklist = {
    round: {
      id: 1,
      office_id: 1,
      office_name: "",
      pack_id: "gecc-2568",
      pack_version: 1,
      pack_year_be: 2568,
      fiscal_year_be: 2570,
      kind: "application",
      state: "draft",
      created_at: "2026-11-22T00:00:00Z",
      approved_by_name: "",
      approved_by_position: "",
      approved_at: null,
      office_is_local: true,
    },
    pack: PACK_2568,
    answers: [],
    score: score(),
    evidence: [],
    links: [],
    item_evidence: [],
    deadlines: [],
    tallies: [],
    revision: 0,
  };
  const state = initialState("2026-11-22");
  state.phase = "ready";
  state.checklist = checklist;
  state.score = checklist.score;
  state.drafts.set("physical.lighting", { ...emptyAnswer(), status: "met", note });
  return state;
}

describe("the checklist screen", () => {
  let root: HTMLElement;
  beforeEach(() => {
    root = document.createElement("div");
  });

  it("shows every listed item of the round's parts, grouped by part", () => {
    render(appView(readyState(), noActions), root);
    expect(root.querySelectorAll("[data-item-id]").length, "14 + 8 + 3 items").toBe(25);
    const parts = [...root.querySelectorAll("[data-part-id]")].map((p) => p.getAttribute("data-part-id"));
    expect(parts, "the maintenance part is not in an application round").toEqual(["physical", "quality", "outcome"]);
  });

  it("says plainly that the pack is incomplete and how many points cannot be assessed", () => {
    render(appView(readyState(), noActions), root);
    const banner = root.querySelector("[data-pack-incomplete]")?.textContent ?? "";
    expect(banner).toContain("ชุดเกณฑ์นี้ยังไม่ครบ");
    expect(banner).toContain("25 ข้อ รวม 62 คะแนน");
    expect(root.querySelectorAll("[data-undisclosed]").length, "both declared advanced blocks are shown").toBe(2);
  });

  it("marks the saved status as checked", () => {
    render(appView(readyState(), noActions), root);
    const met = root.querySelector<HTMLInputElement>('[data-item-id="physical.lighting"] input[value="met"]');
    expect(met?.checked).toBe(true);
  });

  it("shows markup typed into a note as text, never as HTML", () => {
    const hostile = '<img src=x onerror="window.hacked=1"><script>window.hacked=2</script>';
    render(appView(readyState(hostile), noActions), root);
    const note = root.querySelector<HTMLTextAreaElement>('[data-item-id="physical.lighting"] textarea');
    expect(note?.value).toBe(hostile);
    expect(root.querySelector("img"), "no element is created from the note").toBeNull();
    expect(root.querySelector("script")).toBeNull();
  });

  it("switches every pack text to English", () => {
    const state = readyState();
    state.language = "en";
    render(appView(state, noActions), root);
    expect(root.querySelector(".pack-title")?.textContent).toContain("GECC service standard criteria");
    expect(root.querySelector("[data-pack-incomplete]")?.textContent).toContain("This criteria pack is incomplete");
  });

  it("names a failed physical gate instead of a level", () => {
    const state = readyState();
    state.score = score({ gate: "failed", level: null, reachable_level: null });
    render(appView(state, noActions), root);
    expect(root.querySelector("[data-gate]")?.getAttribute("data-gate")).toBe("failed");
    expect(root.textContent).toContain("ไม่ผ่านการรับรอง");
  });

  it("shows a start-up failure with its code and message", () => {
    const state = initialState("2026-11-22");
    state.phase = "failed";
    state.failure = {
      code: "DATABASE_TOO_NEW",
      payload: { code: "DATABASE_TOO_NEW", message: { th: "ฐานข้อมูลใหม่กว่า", en: "newer" } },
    } as State["failure"];
    render(appView(state, noActions), root);
    expect(root.querySelector("[data-error-code]")?.getAttribute("data-error-code")).toBe("DATABASE_TOO_NEW");
    expect(root.textContent).toContain("ฐานข้อมูลใหม่กว่า");
  });
});

describe("the office profile form", () => {
  it("asks for the GECC Online username and never for a password", () => {
    const state = readyState();
    state.modal = {
      kind: "office",
      firstRun: true,
      draft: profile(),
      saving: false,
      error: null,
    };
    const root = document.createElement("div");
    render(appView(state, noActions), root);
    const form = root.querySelector("[data-office-form]");
    expect(form?.querySelector('input[name="gecc_username"]'), "the username is asked").not.toBeNull();
    expect(root.querySelector('input[type="password"]'), "no password field").toBeNull();
    expect([...(form?.querySelectorAll("input") ?? [])].some((i) => /pass/i.test(i.name))).toBe(false);
    expect(form?.textContent).toContain("ไม่เก็บรหัสผ่าน");
  });
});

describe("typed numbers", () => {
  it("reads Arabic and Thai digits and thousands separators, as Thai offices write them", () => {
    expect(parseTypedNumber("92.5")).toBe(92.5);
    expect(parseTypedNumber("๙๒")).toBe(92);
    expect(parseTypedNumber("๑๒๐")).toBe(120);
    expect(parseTypedNumber("1,200"), "a comma groups thousands, it is not a decimal comma").toBe(1200);
    expect(parseTypedNumber("๑,๒๐๐")).toBe(1200);
    expect(parseTypedNumber("1,234,567.5")).toBe(1234567.5);
    expect(parseTypedNumber("１２"), "full-width digits from an input method").toBe(12);
  });

  it("refuses what it cannot read, with the reason, instead of guessing", () => {
    expect(readNumber("7,5"), "not 7.5 nor 75: ambiguous").toEqual({ kind: "refused", why: "notANumber", values: {} });
    expect(readNumber("1,20").kind).toBe("refused");
    expect(readNumber("1.2.3").kind).toBe("refused");
    expect(readNumber("12abc").kind).toBe("refused");
    expect(readNumber("2.5", { whole: true })).toMatchObject({ why: "mustBeWhole" });
    expect(readNumber("11", { max: 10 })).toEqual({ kind: "refused", why: "atMost", values: { max: 10 } });
    expect(readNumber("-1", { min: 0 })).toEqual({ kind: "refused", why: "atLeast", values: { min: 0 } });
    expect(readNumber("๑๐", { min: 0, max: 10 })).toEqual({ kind: "number", value: 10 });
  });

  it("treats an empty or non-numeric field as no value", () => {
    expect(parseTypedNumber("  ")).toBeNull();
    expect(parseTypedNumber("abc")).toBeNull();
  });
});
