import { describe, expect, it, vi } from "vitest";
import type { AnswerInput, AnswerSaved } from "./bindings";
import { AnswerSaver, type SaveStatus } from "./saver";
import { emptyAnswer } from "./state";

function input(note: string): AnswerInput {
  return { ...emptyAnswer(), note };
}

function saved(itemId: string, value: AnswerInput): AnswerSaved {
  return {
    answer: { ...value, round_id: 1, item_id: itemId, updated_at: "2026-11-22T00:00:00Z", updated_by: "test", carried_from_round: null },
    score: {} as AnswerSaved["score"],
    tallies: [],
    revision: 1,
  };
}

/** A save function whose calls resolve only when the test says so. */
function controlledSave() {
  const calls: Array<{ itemId: string; input: AnswerInput; resolve: () => void; reject: (e: unknown) => void }> = [];
  const save = (itemId: string, value: AnswerInput) =>
    new Promise<AnswerSaved>((resolve, reject) => {
      calls.push({ itemId, input: value, resolve: () => resolve(saved(itemId, value)), reject });
    });
  return { calls, save };
}

const tick = () => new Promise((resolve) => setTimeout(resolve, 0));

describe("AnswerSaver", () => {
  it("saves a click at once", async () => {
    const { calls, save } = controlledSave();
    const saver = new AnswerSaver(save, () => {});
    saver.change("a", input("x"), true);
    expect(calls.length, "an immediate change is sent without waiting").toBe(1);
  });

  it("waits for typing to pause and sends only the newest text", async () => {
    vi.useFakeTimers();
    const { calls, save } = controlledSave();
    const saver = new AnswerSaver(save, () => {}, 400);
    saver.change("a", input("ก"), false);
    saver.change("a", input("กข"), false);
    vi.advanceTimersByTime(399);
    expect(calls.length, "nothing is sent while the clerk is still typing").toBe(0);
    vi.advanceTimersByTime(1);
    expect(
      calls.map((c) => c.input.note),
      "only the last text is sent",
    ).toEqual(["กข"]);
    vi.useRealTimers();
  });

  it("never runs two saves of one item at once and ends with the newest content", async () => {
    const { calls, save } = controlledSave();
    const saver = new AnswerSaver(save, () => {});
    saver.change("a", input("1"), true);
    saver.change("a", input("2"), true);
    saver.change("a", input("3"), true);
    expect(calls.length, "the second and third wait for the first").toBe(1);
    calls[0].resolve();
    await tick();
    expect(
      calls.map((c) => c.input.note),
      "the newest waiting content follows, the middle one is skipped",
    ).toEqual(["1", "3"]);
    calls[1].resolve();
    await tick();
    expect(saver.busy).toBe(false);
  });

  it("saves different items independently", () => {
    const { calls, save } = controlledSave();
    const saver = new AnswerSaver(save, () => {});
    saver.change("a", input("1"), true);
    saver.change("b", input("1"), true);
    expect(calls.map((c) => c.itemId)).toEqual(["a", "b"]);
  });

  it("flush sends waiting text at once and resolves when everything is saved", async () => {
    const { calls, save } = controlledSave();
    const saver = new AnswerSaver(save, () => {}, 10_000);
    saver.change("a", input("typed"), false);
    let flushed = false;
    const flushing = saver.flush().then(() => (flushed = true));
    await tick();
    expect(
      calls.map((c) => c.input.note),
      "flush does not wait for the typing delay",
    ).toEqual(["typed"]);
    expect(flushed, "flush waits for the save to finish").toBe(false);
    calls[0].resolve();
    await flushing;
    expect(saver.busy).toBe(false);
  });

  it("reports a failed save with its error code and the input that failed", async () => {
    const statuses: SaveStatus[] = [];
    const saver = new AnswerSaver(
      () => Promise.reject({ code: "ROUND_LOCKED", message: { th: "ล็อก", en: "locked" } }),
      (_, status) => statuses.push(status),
    );
    saver.change("a", input("x"), true);
    await tick();
    const last = statuses.at(-1);
    expect(last?.kind).toBe("failed");
    if (last?.kind === "failed") {
      expect(last.error.code).toBe("ROUND_LOCKED");
      expect(last.input.note, "the clerk's input is kept for a retry").toBe("x");
    }
  });

  it("reports pending, saving and saved in order", async () => {
    const statuses: string[] = [];
    const { calls, save } = controlledSave();
    const saver = new AnswerSaver(save, (_, status) => statuses.push(status.kind));
    saver.change("a", input("x"), true);
    calls[0].resolve();
    await tick();
    expect(statuses).toEqual(["pending", "saving", "saved"]);
  });
});
