//! Photos reduced for e-mail bundles (issue 17), on screen: the export dialog's box (ticked
//! with e-mail parts, the clerk's untick kept, none for a summary) and the option it sends,
//! the size before and after, the reducing phase in photos, the result's line, and the
//! label on a photo received reduced.

import { render } from "lit";
import { describe, expect, it } from "vitest";
import type { Api } from "../api";
import type { EvidenceFile, ExportOptions, ExportPlan } from "../bindings";
import { newExportDialog } from "../bundle-state";
import { createController } from "../controller";
import type { State } from "../state";
import { noActions, readyState, recordingActions } from "../test-fixtures/bundles";
import { evidenceFilesView } from "./evidence";
import { modalsView } from "./modals";

const tick = () => new Promise((resolve) => setTimeout(resolve, 0));

function renderModal(state: State): HTMLElement {
  const root = document.createElement("div");
  render(modalsView(state, noActions), root);
  return root;
}

function plan(overrides: Partial<ExportPlan> = {}): ExportPlan {
  return {
    bytes: 32_000_000,
    bytes_as_attached: 420_000_000,
    reduced_photos: 100,
    estimated: true,
    evidence_files: 130,
    parts: 2,
    sequence: 3,
    file_names: ["ปัตตานี_2570_003_part1of2.zip", "ปัตตานี_2570_003_part2of2.zip"],
    ...overrides,
  };
}

/** A controller whose plan_bundle records the options it was asked with. */
function exporting(): { state: State; controller: ReturnType<typeof createController>; asked: ExportOptions[] } {
  const asked: ExportOptions[] = [];
  const api = {
    planBundle: async (_roundId: number, options: ExportOptions) => {
      asked.push(options);
      return plan();
    },
    roundBundles: async () => [],
  } as unknown as Api;
  const state = readyState();
  return { state, controller: createController(api, state, () => {}), asked };
}

/** The text as seen: the drawn arrow as "→", words only for screen readers left out, spaces collapsed. */
function seen(element: Element | null): string {
  const copy = element?.cloneNode(true) as Element | undefined;
  if (!copy) return "";
  for (const arrow of copy.querySelectorAll('svg[data-icon="arrow"]')) arrow.replaceWith("→");
  for (const hidden of copy.querySelectorAll(".visually-hidden")) hidden.remove();
  return (copy.textContent ?? "").replace(/\s+/g, " ").trim();
}

const reduceBox = (root: HTMLElement) => root.querySelector<HTMLInputElement>('input[name="reduce-photos"]');

describe("reducing photos for e-mail in the export dialog", () => {
  it("is off for one file and ticked when e-mail parts are chosen, sending 1600 px then", async () => {
    const { state, controller, asked } = exporting();
    controller.openExport();
    expect(reduceBox(renderModal(state))?.checked, "one file: as attached").toBe(false);
    controller.setExportOption("splitting", true);
    const root = renderModal(state);
    expect(reduceBox(root)?.checked, "e-mail parts: reduced").toBe(true);
    expect(root.querySelector(".export-options")?.textContent).toContain("ด้านยาวไม่เกิน 1,600 พิกเซล ลบข้อมูลตำแหน่ง GPS");
    controller.setExportOption("splitting", false);
    expect(reduceBox(renderModal(state))?.checked, "back to one file: as attached again").toBe(false);
    await tick();
    expect(asked.map((options) => [options.part_size_mb, options.photo_max_side])).toEqual([
      [null, null],
      [20, 1600],
      [null, null],
    ]);
  });

  it("keeps the clerk's untick when e-mail parts are chosen afterwards, and sends null", async () => {
    const { state, controller, asked } = exporting();
    controller.openExport();
    controller.setExportOption("splitting", true);
    controller.setExportOption("reducePhotos", false);
    controller.setExportOption("splitting", false);
    controller.setExportOption("splitting", true);
    expect(reduceBox(renderModal(state))?.checked).toBe(false);
    await tick();
    expect(asked.at(-1)).toEqual({ summary_only: false, remove_personal_data: false, part_size_mb: 20, photo_max_side: null });
  });

  it("is disabled for a summary, which carries no files, and the summary sends null", async () => {
    const { state, controller, asked } = exporting();
    controller.openExport();
    controller.setExportOption("splitting", true);
    controller.setExportOption("summaryOnly", true);
    const box = reduceBox(renderModal(state));
    expect(box?.disabled).toBe(true);
    expect(box?.checked).toBe(false);
    await tick();
    expect(asked.at(-1)).toMatchObject({ summary_only: true, part_size_mb: 20, photo_max_side: null });
  });

  it("shows the size before and after, with 'about' only when some sizes are estimates", () => {
    const state = readyState();
    const dialog = newExportDialog();
    dialog.plan = plan();
    state.modal = dialog;
    const size = () => seen(renderModal(state).querySelector("[data-plan-size]"));
    expect(size()).toBe("ขนาด 420 MB → ประมาณ 32 MB (ย่อรูปภาพ 100 รูป)");
    const hidden = renderModal(state).querySelector("[data-plan-size] .visually-hidden")?.textContent;
    expect(hidden, "a screen reader hears the arrow as a word").toBe("เป็น");
    state.language = "en";
    expect(size()).toBe("420 MB → about 32 MB (100 photos reduced)");
    dialog.plan = plan({ estimated: false });
    expect(size()).toBe("420 MB → 32 MB (100 photos reduced)");
    state.language = "th";
    expect(size()).toBe("ขนาด 420 MB → 32 MB (ย่อรูปภาพ 100 รูป)");
    dialog.plan = plan({ reduced_photos: 0, estimated: false, bytes: 420_000_000 });
    expect(size(), "nothing reduced: the size alone, as before").toBe("ขนาดประมาณ 420 MB");
    expect(renderModal(state).querySelector("[data-export-plan]")?.textContent).toContain("จะเขียน 2 ไฟล์");
  });

  it("counts photos, not megabytes, while reducing", () => {
    const state = readyState();
    const dialog = newExportDialog();
    dialog.plan = plan();
    dialog.step = "running";
    dialog.progress = { phase: "reducing", done: 37, total: 100 };
    state.modal = dialog;
    const progress = () => renderModal(state).querySelector('[data-export-progress="reducing"]')?.textContent ?? "";
    expect(progress()).toContain("กำลังย่อรูปภาพ 37 / 100");
    expect(progress()).toContain("37%");
    expect(progress()).not.toContain("MB");
    state.language = "en";
    expect(progress()).toContain("Reducing photos 37 / 100");
    const { actions, calls } = recordingActions();
    const root = document.createElement("div");
    render(modalsView(state, actions), root);
    root.querySelector<HTMLButtonElement>('[data-action="dismiss"]')?.click();
    expect(
      calls.map(([name]) => name),
      "Cancel stops the export while reducing too",
    ).toEqual(["cancelBundleJob"]);
  });

  it("says how many photos were reduced once done, and that the originals stay", () => {
    const state = readyState();
    const dialog = newExportDialog();
    dialog.step = "done";
    const result = {
      files: ["ปัตตานี_2570_003_part1of2.zip", "ปัตตานี_2570_003_part2of2.zip"],
      folder: "/media/usb",
      bytes: 32_000_000,
      sequence: 3,
      digest: "ab".repeat(32),
      fingerprint: "4F2A-91C3-77DE-0B15",
      verified: true,
      reduced_photos: 100,
    };
    dialog.result = result;
    state.modal = dialog;
    expect(renderModal(state).querySelector("[data-export-reduced]")?.textContent).toBe("ย่อรูปภาพ 100 รูป (ต้นฉบับยังอยู่ในเครื่องนี้)");
    state.language = "en";
    expect(renderModal(state).querySelector("[data-export-reduced]")?.textContent).toBe(
      "100 photos reduced (the originals stay on this PC)",
    );
    dialog.result = { ...result, reduced_photos: 0 };
    expect(renderModal(state).querySelector("[data-export-reduced]"), "nothing reduced, no line").toBeNull();
  });
});

describe("a photo received reduced, in an item's evidence", () => {
  const photo = (reduced_from: EvidenceFile["reduced_from"]): EvidenceFile => ({
    id: 3,
    sha256: "cd".repeat(32),
    original_name: "ห้องบริการ.jpg",
    size: 310_000,
    format: "jpeg",
    added_at: "2026-11-22T01:00:00Z",
    added_by: "clerk",
    reduced_from,
  });

  function rendered(file: EvidenceFile, language: "th" | "en" = "th"): HTMLElement {
    const state = readyState();
    state.language = language;
    const checklist = state.checklist!;
    checklist.evidence = [file];
    checklist.links = [
      {
        round_id: 1,
        item_id: "physical.lighting",
        evidence_id: 3,
        evidence_type: "",
        linked_at: "2026-11-22T01:00:00Z",
        linked_by: "clerk",
        carried_from_round: null,
      },
    ];
    const item = checklist.pack.parts
      .flatMap((part) => part.sections.flatMap((section) => section.items))
      .find((i) => i.id === "physical.lighting")!;
    const root = document.createElement("div");
    render(evidenceFilesView(item, state, noActions, true), root);
    return root;
  }

  it("names the original's size, with its pixel size in the tooltip", () => {
    const original = { sha256: "ab".repeat(32), size: 4_200_000, width: 4000, height: 3000 };
    const label = rendered(photo(original)).querySelector<HTMLElement>("[data-reduced-from]");
    expect(label?.getAttribute("data-reduced-from")).toBe(original.sha256);
    expect(label?.textContent).toContain("ย่อจากต้นฉบับ 4.2 MB");
    expect(label?.title).toBe("ต้นฉบับ 4000 × 3000 พิกเซล");
    const english = rendered(photo(original), "en").querySelector<HTMLElement>("[data-reduced-from]");
    expect(english?.textContent).toContain("Reduced from a 4.2 MB original");
    expect(english?.title).toBe("Original 4000 × 3000 px");
  });

  it("has no label on a file kept as attached", () => {
    expect(rendered(photo(null)).querySelector("[data-reduced-from]")).toBeNull();
  });
});
