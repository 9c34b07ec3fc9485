import { describe, expect, it } from "vitest";
import type { Api } from "./api";
import type { AnswerInput, AnswerSaved, Checklist, RoundScore } from "./bindings";
import { createController } from "./controller";
import { initialState } from "./state";

function scoreOf(earned: number): RoundScore {
  return { points: { total: 100, earned, open: 0, lost: 0, undisclosed: 0 } } as RoundScore;
}

/** An API whose saves finish when the test says, each with the revision it is given. */
function apiWithHeldSaves() {
  const held: Array<{ itemId: string; finish: (earned: number, revision: number) => void }> = [];
  const api = {
    saveAnswer: (_roundId: number, itemId: string, input: AnswerInput) =>
      new Promise<AnswerSaved>((resolve) => {
        held.push({
          itemId,
          finish: (earned, revision) =>
            resolve({
              answer: { ...input, round_id: 1, item_id: itemId, updated_at: "", updated_by: "", carried_from_round: null },
              score: scoreOf(earned),
              tallies: [],
              revision,
            }),
        });
      }),
  } as unknown as Api;
  return { api, held };
}

const tick = () => new Promise((resolve) => setTimeout(resolve, 0));

describe("the controller", () => {
  it("keeps the score of the newest state when saves of two items finish out of order", async () => {
    const { api, held } = apiWithHeldSaves();
    const state = initialState("2026-11-22");
    state.checklist = { round: { id: 1, state: "draft" }, answers: [], revision: 0, tallies: [] } as unknown as Checklist;
    state.score = scoreOf(0);
    const controller = createController(api, state, () => {});
    controller.setStatus("quality.needs-survey", "met");
    controller.setStatus("physical.lighting", "met");
    // The second save committed last (revision 2) but its answer arrives first.
    held[1].finish(1, 2);
    await tick();
    held[0].finish(0, 1);
    await tick();
    expect(state.score?.points.earned, "the older state's score does not overwrite the newer").toBe(1);
    expect(state.checklist?.revision).toBe(2);
  });
});

describe("starting up", () => {
  it("asks for the settings and everything the window opens on at once, not one answer after another", async () => {
    const asked: string[] = [];
    // Nothing is answered: what is asked for before any answer came is what goes at once.
    const never = (command: string) => () => {
      asked.push(command);
      return new Promise<never>(() => {});
    };
    const api = {
      getSettings: never("get_settings"),
      getOffice: never("get_office"),
      listRounds: never("list_rounds"),
      listPacks: never("list_packs"),
      getStaff: never("get_staff"),
      getChecklist: never("get_checklist"),
    } as unknown as Api;
    const controller = createController(api, initialState("2026-11-22"), () => {});
    void controller.boot();
    await tick();
    expect(asked[0], "the settings first: they decide what is shown").toBe("get_settings");
    expect([...asked].sort()).toEqual(["get_office", "get_settings", "get_staff", "list_packs", "list_rounds"]);
  });
});
