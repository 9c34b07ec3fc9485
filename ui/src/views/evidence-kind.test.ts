//! After an attach, the clerk is asked which kind a file is when it might be one the
//! item still needs (issue 15, point 8): a small keyboard-usable choice, the guess kept
//! unless another is picked.

import { render } from "lit";
import { describe, expect, it } from "vitest";
import type { Api } from "../api";
import type { AttachReport, KindQuestion } from "../bindings";
import { createController } from "../controller";
import { modalsView } from "./modals";
import { noActions, readyState } from "../test-fixtures/bundles";

const tick = () => new Promise((resolve) => setTimeout(resolve, 0));
const QUESTION: KindQuestion = { evidence_id: 7, name: "scan0001.pdf", guessed: "document", choices: ["survey", "document"] };

function fakeApi(report: AttachReport, typed: Array<[number, string]>) {
  return {
    attachWithDialog: async () => report,
    getChecklist: async () => readyState().checklist,
    setEvidenceType: async (_round: number, _item: string, evidenceId: number, kind: string) => {
      typed.push([evidenceId, kind]);
      return {};
    },
  } as unknown as Api;
}

describe("the kind of evidence, asked at attach time", () => {
  it("opens a choice of the kinds the file might be, with the guess picked, after an attach that has a question", async () => {
    const state = readyState();
    const typed: Array<[number, string]> = [];
    const controller = createController(
      fakeApi({ attached: [], failed: [], cancelled: false, questions: [QUESTION] }, typed),
      state,
      () => {},
    );
    controller.attachFiles("quality.needs-survey");
    await tick();
    await tick();
    expect(state.modal?.kind).toBe("evidence_kind");
    const root = document.createElement("div");
    render(modalsView(state, noActions), root);
    const radios = [...root.querySelectorAll<HTMLInputElement>('[data-kind-question="7"] input[type="radio"]')];
    expect(radios.map((radio) => radio.value)).toEqual(["survey", "document"]);
    expect(
      radios.map((radio) => radio.checked),
      "the guess is picked at first",
    ).toEqual([false, true]);
    expect(root.querySelector('[data-kind-question="7"] legend')?.textContent).toBe("scan0001.pdf");
    expect(root.querySelector('[data-kind-question="7"]')?.textContent, "kinds by the pack's Thai titles").toContain(
      "แบบสำรวจหรือแบบประเมิน",
    );
    expect(
      radios.every((radio) => radio.name === "kind-7"),
      "one radio group: arrow keys move between kinds",
    ).toBe(true);

    controller.chooseEvidenceKind(7, "survey");
    controller.confirmEvidenceKinds();
    await tick();
    await tick();
    expect(typed).toEqual([[7, "survey"]]);
    expect(state.modal).toBeNull();
  });

  it("asks nothing when core has no question, and changes nothing when the guess is kept", async () => {
    const typed: Array<[number, string]> = [];
    const quiet = readyState();
    createController(fakeApi({ attached: [], failed: [], cancelled: false, questions: [] }, typed), quiet, () => {}).attachFiles(
      "quality.needs-survey",
    );
    await tick();
    await tick();
    expect(quiet.modal).toBeNull();

    const kept = readyState();
    const controller = createController(
      fakeApi({ attached: [], failed: [], cancelled: false, questions: [QUESTION] }, typed),
      kept,
      () => {},
    );
    controller.attachFiles("quality.needs-survey");
    await tick();
    await tick();
    controller.confirmEvidenceKinds();
    await tick();
    expect(typed, "the guess stays as filed").toEqual([]);
  });
});
