//! What a clerk types in number and date boxes, through the real controller and views
//! (the Rust side replaced by a stand-in that checks sub-scores as the core does): Thai
//! digits and thousands read, a box that cannot be read marked and kept, no redraw
//! replacing a half-typed box, one bad value not holding back the rest of the item.

import { render } from "lit";
import { beforeEach, describe, expect, it } from "vitest";
import type { Api } from "../api";
import type { AnswerInput, AnswerSaved, RoundScore } from "../bindings";
import { createController, type Controller } from "../controller";
import type { State } from "../state";
import { appView } from "./app";
import { readyState } from "../test-fixtures/bundles";

const SURVEY = '[data-item-id="outcome.citizen-satisfaction"]';
const LIGHTING = '[data-item-id="physical.lighting"]';

interface Held {
  itemId: string;
  input: AnswerInput;
  finish(): void;
}

/** Saves wait until the test finishes them; a sub-score above 10 is refused, as the core does. */
function heldApi(held: Held[], score: RoundScore) {
  return {
    saveAnswer: (_roundId: number, itemId: string, input: AnswerInput) =>
      new Promise<AnswerSaved>((resolve, reject) => {
        held.push({
          itemId,
          input,
          finish: () => {
            if (Object.values(input.sub_scores).some((value) => (value ?? 0) > 10)) {
              reject({ code: "INVALID_INPUT", payload: { message: { th: "คะแนนเกิน", en: "too high" } } });
              return;
            }
            resolve({
              answer: { ...input, round_id: 1, item_id: itemId, updated_at: "", updated_by: "" },
              score,
              tallies: [],
              revision: held.length,
            } as unknown as AnswerSaved);
          },
        });
      }),
  } as unknown as Api;
}

const tick = () => new Promise((resolve) => setTimeout(resolve, 0));

function type(root: HTMLElement, selector: string, text: string, event: "input" | "change" = "input"): void {
  const box = root.querySelector<HTMLInputElement | HTMLTextAreaElement>(selector);
  if (!box) throw new Error(`no box ${selector}`);
  box.focus();
  box.value = text;
  box.dispatchEvent(new Event(event, { bubbles: true }));
}

const fieldValue = (root: HTMLElement, selector: string) => root.querySelector<HTMLInputElement>(selector)?.value;

describe("typing in number and date boxes", () => {
  let root: HTMLElement;
  let state: State;
  let held: Held[];
  let controller: Controller;

  /** Every save the controller sent, finished or not, so a test can read what was saved. */
  const savedInputs: Held[] = [];

  beforeEach(() => {
    root = document.createElement("div");
    document.body.replaceChildren(root);
    state = readyState();
    held = [];
    savedInputs.length = 0;
    const push = held.push.bind(held);
    held.push = (...saves: Held[]) => {
      savedInputs.push(...saves);
      return push(...saves);
    };
    const rerender = () => render(appView(state, controller), root);
    controller = createController(heldApi(held, state.score!), state, rerender);
    rerender();
  });

  /** Sends what waits for the typing pause, lets every save finish, and returns the last of `itemId`. */
  async function saveAll(itemId: string): Promise<AnswerInput | undefined> {
    const flushing = controller.saver.flush();
    for (let round = 0; round < 10; round++) {
      await tick();
      for (const save of held.splice(0)) save.finish();
    }
    await flushing.catch(() => {});
    return [...savedInputs].reverse().find((s) => s.itemId === itemId)?.input;
  }

  it("leaves no number box to the browser's number type", () => {
    expect(root.querySelectorAll('input[type="number"]').length).toBe(0);
    expect(root.querySelectorAll(`${SURVEY} input[inputmode="numeric"], ${SURVEY} input[inputmode="decimal"]`).length).toBeGreaterThan(5);
  });

  it("reads Thai digits and thousands separators, and marks a box it cannot read without dropping it", async () => {
    type(root, `${SURVEY} input[name="tally-very-high"]`, "๑๒๐");
    type(root, `${SURVEY} input[name="tally-high"]`, "1,200");
    type(root, `${SURVEY} input[name="tally-medium"]`, "abc");
    type(root, `${SURVEY} input[name="figure-sample-size"]`, "๑,๒๐๐");
    const saved = await saveAll("outcome.citizen-satisfaction");
    expect(saved?.figures.responses).toEqual({ "very-high": 120, high: 1200 });
    expect(saved?.figures["sample-size"]).toBe(1200);
    const bad = root.querySelector<HTMLInputElement>(`${SURVEY} input[name="tally-medium"]`)!;
    expect(bad.value, "what was typed stays").toBe("abc");
    expect(bad.classList.contains("invalid")).toBe(true);
    expect(bad.getAttribute("aria-invalid")).toBe("true");
    const why = root.querySelector(`${SURVEY} [data-box-error="tally-medium"]`);
    expect(why?.textContent).toContain("อ่านเป็นตัวเลขไม่ได้");
    expect(bad.getAttribute("aria-describedby")).toBe(why?.id);
    expect(fieldValue(root, `${SURVEY} input[name="tally-very-high"]`), "Thai digits stay as typed").toBe("๑๒๐");
  });

  it("never redraws over a date, a number and a note being typed when another item's save finishes", async () => {
    type(root, `${SURVEY} input[name="due-date"]`, "15/01/25");
    type(root, `${SURVEY} input[name="figure-sample-size"]`, "1,2");
    type(root, `${SURVEY} .note textarea`, "เก็บแบบสอบถามแล้ว ๒");
    root.querySelector<HTMLInputElement>(`${LIGHTING} input[value="met"]`)!.click();
    await tick();
    const lighting = held.find((save) => save.itemId === "physical.lighting")!;
    lighting.finish();
    await tick();
    expect(state.saves.get("physical.lighting")?.kind).toBe("saved");
    expect(fieldValue(root, `${SURVEY} input[name="due-date"]`)).toBe("15/01/25");
    expect(fieldValue(root, `${SURVEY} input[name="figure-sample-size"]`)).toBe("1,2");
    expect(fieldValue(root, `${SURVEY} .note textarea`)).toBe("เก็บแบบสอบถามแล้ว ๒");
    // Typing goes on and the whole date is saved, not what a redraw left of it.
    type(root, `${SURVEY} input[name="due-date"]`, "15/01/2570");
    type(root, `${SURVEY} input[name="due-date"]`, "15/01/2570", "change");
    type(root, `${SURVEY} input[name="figure-sample-size"]`, "1,200");
    const saved = await saveAll("outcome.citizen-satisfaction");
    expect(saved?.due_date).toBe("2027-01-15");
    expect(saved?.figures["sample-size"]).toBe(1200);
  });

  it("saves what is valid while one sub-score is too high, and shows each maximum before it is exceeded", async () => {
    const label = root.querySelector(`${SURVEY} [data-sub-score="collection-method"]`);
    expect(label?.textContent, "the maximum is shown up front").toContain("เต็ม 10");
    type(root, `${SURVEY} input[name="sub-score-collection-method"]`, "99");
    type(root, `${SURVEY} input[name="sub-score-sample-coverage"]`, "2");
    type(root, `${SURVEY} input[name="figure-sample-size"]`, "150");
    const saved = await saveAll("outcome.citizen-satisfaction");
    expect(state.saves.get("outcome.citizen-satisfaction")?.kind, "the item is not blocked").toBe("saved");
    expect(saved?.sub_scores).toEqual({ "sample-coverage": 2 });
    expect(saved?.figures["sample-size"]).toBe(150);
    const bad = root.querySelector<HTMLInputElement>(`${SURVEY} input[name="sub-score-collection-method"]`)!;
    expect(bad.value).toBe("99");
    expect(bad.classList.contains("invalid")).toBe(true);
    expect(root.querySelector(`${SURVEY} [data-box-error="sub-score-collection-method"]`)?.textContent).toContain("ต้องไม่เกิน 10");
  });

  it("refuses sub-scores that add up past the item's points, naming the limit", async () => {
    type(root, `${SURVEY} input[name="sub-score-collection-method"]`, "6");
    type(root, `${SURVEY} input[name="sub-score-sample-coverage"]`, "5");
    expect(root.querySelector(`${SURVEY} [data-box-error="sub-score-sample-coverage"]`)?.textContent).toContain("รวมกันต้องไม่เกิน 10");
    const saved = await saveAll("outcome.citizen-satisfaction");
    expect(saved?.sub_scores).toEqual({ "collection-method": 6 });
  });

  it("says what a date was read as, and keeps a refused date in its box with the reason beside it", async () => {
    type(root, `${SURVEY} input[name="due-date"]`, "15.01.2570");
    expect(root.querySelector(`${SURVEY} [data-due-words]`)?.textContent).toContain("15 ม.ค. 2570");
    type(root, `${SURVEY} input[name="due-date"]`, "15/01/2027");
    type(root, `${SURVEY} input[name="due-date"]`, "15/01/2027", "change");
    const box = root.querySelector<HTMLInputElement>(`${SURVEY} input[name="due-date"]`)!;
    expect(box.value, "the refused date stays in the box").toBe("15/01/2027");
    expect(box.classList.contains("invalid")).toBe(true);
    expect(root.querySelector(`${SURVEY} [data-box-error="due-date"]`)?.textContent).toContain("2570");
    expect(state.notices, "said beside the box, not in a corner").toEqual([]);
    type(root, `${SURVEY} input[name="due-date"]`, "1/1/2500", "change");
    expect(root.querySelector(`${SURVEY} [data-box-error="due-date"]`)?.textContent).toContain("นอกช่วง");
    await saveAll("outcome.citizen-satisfaction");
    expect(held.length + savedInputs.filter((s) => s.itemId === "outcome.citizen-satisfaction").length, "nothing was saved").toBe(0);
  });
});
