import { render } from "lit";
import { describe, expect, it } from "vitest";
import { type Api, CommandError, type PrintChoice, type PrintSource } from "../api";
import type { AnswerInput } from "../bindings";
import { createController } from "../controller";
import type { PrintDialog, State } from "../state";
import { appView } from "./app";
import { modalsView } from "./modals";
import { noActions, readyState, recordingActions } from "../test-fixtures/bundles";

const settle = async () => {
  for (let i = 0; i < 20; i++) await new Promise((resolve) => setTimeout(resolve, 0));
};

function renderModal(state: State): HTMLElement {
  const root = document.createElement("div");
  render(modalsView(state, noActions), root);
  return root;
}

/** An API that records what was printed and answers with the file it "wrote". */
function printingApi(answer: (save: boolean) => Promise<string | null>) {
  const calls: string[] = [];
  const printed: Array<{ source: PrintSource; choice: PrintChoice; save: boolean }> = [];
  const api = {
    saveAnswer: async (_round: number, itemId: string, input: AnswerInput) => {
      calls.push(`save_answer ${itemId}`);
      return {
        answer: { ...input, round_id: 1, item_id: itemId, updated_at: "", updated_by: "" },
        score: readyState().score,
        tallies: [],
        revision: 1,
      };
    },
    printDocument: async (source: PrintSource, choice: PrintChoice, save: boolean) => {
      calls.push(`print_document ${choice.document} ${save ? "save" : "open"}`);
      printed.push({ source, choice, save });
      return answer(save);
    },
  } as unknown as Api;
  return { api, calls, printed };
}

describe("printing", () => {
  it("is offered in the round's review bar", () => {
    const { actions, calls } = recordingActions();
    const root = document.createElement("div");
    render(appView(readyState(), actions), root);
    const button = root.querySelector<HTMLButtonElement>('[data-action="print"]');
    expect(button?.textContent, "the button reads Print in Thai").toBe("พิมพ์…");
    button?.click();
    expect(calls.map(([name]) => name)).toEqual(["openPrint"]);
  });

  it("offers a round's report, sign-off sheet, evidence index and its office's forms 1 and 2, the report first, in Thai digits", () => {
    const state = readyState();
    const controller = createController({} as Api, state, () => {});
    controller.openPrint();
    const root = renderModal(state);
    const labels = [...root.querySelectorAll('[data-modal="print"] input[name="print-document"]')].map((input) =>
      input.closest("label")?.textContent?.trim(),
    );
    expect(labels).toEqual([
      "รายงานผลการประเมินตนเอง",
      "แบบรับรองผลการประเมินตนเอง (ลงนาม)",
      "บัญชีหลักฐาน",
      "แบบรายงาน ๑ การลงทะเบียน",
      "แบบรายงาน ๒ การกรอกข้อมูลใบสมัคร",
    ]);
    const dialog = state.modal as PrintDialog;
    expect(dialog.choice, "Thai digits and '- ๒ -' page numbers are the official default").toEqual({
      document: "report",
      arabicDigits: false,
      pageNumbers: "dashes",
    });
    expect(dialog.source).toEqual({ roundId: state.checklist?.round.id });
  });

  it("saves what was typed, then opens the chosen document with the options chosen, and says where the PDF is", async () => {
    const { api, calls, printed } = printingApi(async () => "/tmp/gecc-desk-print/บัญชีหลักฐาน.pdf");
    const state = readyState();
    const controller = createController(api, state, () => {});
    controller.setNote("physical.service-hours", "พิมพ์ค้างไว้");
    controller.openPrint();
    controller.setPrintChoice({ document: "evidence" });
    controller.setPrintChoice({ arabicDigits: true, pageNumbers: "of-total" });
    controller.printNow(false);
    await settle();
    expect(calls, "the note typed a moment ago is in the printed copy").toEqual([
      "save_answer physical.service-hours",
      "print_document evidence open",
    ]);
    expect(printed[0].choice).toEqual({ document: "evidence", arabicDigits: true, pageNumbers: "of-total" });
    const root = renderModal(state);
    expect(root.querySelector("[data-print-written]")?.getAttribute("data-print-written")).toBe("opened");
    expect(root.querySelector("[data-print-path]")?.textContent).toBe("/tmp/gecc-desk-print/บัญชีหลักฐาน.pdf");
  });

  it("shows nothing written when the save dialog is cancelled, and the error with its code when printing fails", async () => {
    let fail = false;
    const { api } = printingApi(async () => {
      if (fail) throw new CommandError({ code: "IO", message: { th: "เขียนไฟล์ไม่ได้", en: "Could not write the file." } });
      return null;
    });
    const state = readyState();
    const controller = createController(api, state, () => {});
    controller.openPrint();
    controller.printNow(true);
    await settle();
    expect((state.modal as PrintDialog).written, "a cancelled save dialog writes nothing").toBeNull();
    fail = true;
    controller.printNow(true);
    await settle();
    const root = renderModal(state);
    expect(root.querySelector("[data-error-code]")?.getAttribute("data-error-code")).toBe("IO");
    expect(root.querySelector("[data-error-code]")?.textContent).toContain("เขียนไฟล์ไม่ได้");
  });

  it("prints forms 1 and 2 for every office from the province overview, for the year and kind shown", () => {
    const state = readyState();
    state.view = "province";
    state.province = { fiscalYear: 2569, kind: "application", status: null, error: null, loading: false } as unknown as State["province"];
    const controller = createController({} as Api, state, () => {});
    controller.openProvincePrint();
    const dialog = state.modal as PrintDialog;
    expect(dialog.documents).toEqual(["form1", "form2"]);
    expect(dialog.source).toEqual({ fiscalYearBe: 2569, kind: "application" });
  });
});
