import { render } from "lit";
import { describe, expect, it } from "vitest";
import { CommandError, type Api } from "../api";
import type { ExportOptions, ImportOptions, ImportOutcome } from "../bindings";
import { newExportDialog, newImportDialog } from "../bundle-state";
import { createController } from "../controller";
import { appView } from "./app";
import { modalsView } from "./modals";
import { conflict, noActions, office, outcome, profile, readyState, recordingActions, verdict } from "../test-fixtures/bundles";

const tick = () => new Promise((resolve) => setTimeout(resolve, 0));

function renderModal(state: ReturnType<typeof readyState>, actions = noActions): HTMLElement {
  const root = document.createElement("div");
  render(modalsView(state, actions), root);
  return root;
}

describe("the export dialog", () => {
  it("shows the size, the evidence files and every part's name before anything is written", () => {
    const state = readyState();
    const dialog = newExportDialog();
    dialog.plan = {
      bytes: 38_400_000,
      bytes_as_attached: 38_400_000,
      reduced_photos: 0,
      estimated: false,
      evidence_files: 12,
      parts: 2,
      sequence: 3,
      file_names: ["ปัตตานี_2570_003_part1of2.zip", "ปัตตานี_2570_003_part2of2.zip"],
    };
    state.modal = dialog;
    const root = renderModal(state);
    const plan = root.querySelector("[data-export-plan]")?.textContent ?? "";
    expect(plan, "the size in MB").toContain("ขนาดประมาณ 38 MB");
    expect(plan).toContain("ไฟล์หลักฐาน 12 ไฟล์");
    expect(plan).toContain("จะเขียน 2 ไฟล์");
    expect([...root.querySelectorAll("[data-plan-files] li")].map((li) => li.textContent)).toEqual(dialog.plan.file_names);
    expect(
      root.querySelector<HTMLButtonElement>('[data-modal="export-bundle"] button[type="submit"]')?.disabled,
      "Start can be pressed",
    ).toBe(false);
  });

  it("warns before exporting without an office profile, one click from filling it in", () => {
    const state = readyState();
    const blank = office();
    state.office = blank;
    state.modal = newExportDialog();
    const { actions, calls } = recordingActions();
    const root = renderModal(state, actions);
    expect(root.querySelector("[data-no-profile]")?.textContent).toContain("ยังไม่ได้กรอกข้อมูลสำนักงาน");
    root.querySelector<HTMLButtonElement>('[data-action="fill-profile"]')!.click();
    expect(calls.map(([name]) => name)).toEqual(["openOffice"]);
    state.office = { ...blank, name: "สำนักทะเบียนอำเภอเมืองปัตตานี" };
    expect(renderModal(state).querySelector("[data-no-profile]"), "no warning once the office is named").toBeNull();
  });

  it("cannot start until the plan is known", () => {
    const state = readyState();
    state.modal = newExportDialog();
    const start = renderModal(state).querySelector<HTMLButtonElement>('[data-modal="export-bundle"] button[type="submit"]');
    expect(start?.disabled, "no plan yet, no start").toBe(true);
  });

  it("asks for the plan again whenever an option changes, and refuses a part size that is not a whole number", async () => {
    const asked: ExportOptions[] = [];
    const api = {
      planBundle: async (_roundId: number, options: ExportOptions) => {
        asked.push(options);
        return {
          bytes: 1,
          bytes_as_attached: 1,
          reduced_photos: 0,
          estimated: false,
          evidence_files: 0,
          parts: 1,
          sequence: 1,
          file_names: ["a.zip"],
        };
      },
      roundBundles: async () => [],
    } as unknown as Api;
    const state = readyState();
    const controller = createController(api, state, () => {});
    controller.openExport();
    controller.setExportOption("summaryOnly", true);
    controller.setExportOption("splitting", true);
    controller.setPartSize("๑๐");
    controller.setPartSize("2.5");
    await tick();
    expect(asked).toEqual([
      { summary_only: false, remove_personal_data: false, part_size_mb: null, photo_max_side: null },
      { summary_only: true, remove_personal_data: false, part_size_mb: null, photo_max_side: null },
      { summary_only: true, remove_personal_data: false, part_size_mb: 20, photo_max_side: null },
      { summary_only: true, remove_personal_data: false, part_size_mb: 10, photo_max_side: null },
    ]);
    const root = renderModal(state);
    expect(root.querySelector("[data-plan-error]")?.textContent, "2.5 MB is refused in words").toContain("จำนวนเต็มเมกะไบต์");
  });

  it("says plainly that every file was read back and the stick may be removed, in Thai and English", () => {
    const state = readyState();
    const dialog = newExportDialog();
    dialog.step = "done";
    dialog.result = {
      files: ["ปัตตานี_2570_001.zip"],
      folder: "/media/usb",
      bytes: 2_000_000,
      sequence: 1,
      digest: "ab".repeat(32),
      fingerprint: "4F2A-91C3-77DE-0B15",
      verified: true,
      reduced_photos: 0,
    };
    state.modal = dialog;
    const root = renderModal(state);
    const done = root.querySelector("[data-export-done]")?.textContent ?? "";
    expect(done).toContain("อ่านกลับและตรวจครบทุกไฟล์แล้ว ถอดแฟลชไดรฟ์ได้อย่างปลอดภัย");
    expect(done).toContain("ปัตตานี_2570_001.zip");
    expect(root.querySelector("[data-export-folder]")?.textContent).toBe("/media/usb");
    expect(root.querySelector("[data-export-sequence]")?.textContent).toBe("1");
    expect(root.querySelector("[data-export-fingerprint]")?.textContent).toBe("4F2A-91C3-77DE-0B15");
    state.language = "en";
    expect(renderModal(state).querySelector("[data-export-done]")?.textContent).toContain("It is safe to remove the USB stick.");
  });

  it("offers to open the folder it wrote to after an export, and the shell is asked for it without a path", async () => {
    const opened: unknown[][] = [];
    const api = { openExportFolder: async (...args: unknown[]) => void opened.push(args) } as unknown as Api;
    const state = readyState();
    const dialog = newExportDialog();
    dialog.step = "done";
    dialog.result = {
      files: ["ปัตตานี_2570_001.zip"],
      folder: "/media/usb",
      bytes: 2_000_000,
      sequence: 1,
      digest: "ab".repeat(32),
      fingerprint: "4F2A-91C3-77DE-0B15",
      verified: true,
      reduced_photos: 0,
    };
    state.modal = dialog;
    const controller = createController(api, state, () => {});
    const root = renderModal(state, controller);
    const button = root.querySelector<HTMLButtonElement>('[data-export-done] [data-action="open-export-folder"]');
    expect(button?.textContent).toBe("เปิดโฟลเดอร์");
    button!.click();
    await tick();
    expect(opened, "one call, and the UI hands over no path").toEqual([[]]);
  });

  it("explains a full disk, and a cancel that left nothing behind", () => {
    const state = readyState();
    const dialog = newExportDialog();
    dialog.error = new CommandError({ code: "DISK_FULL", message: { th: "ที่ /media/usb มีพื้นที่ว่าง 1 MB", en: "1 MB free" } });
    state.modal = dialog;
    const full = renderModal(state).querySelector('[data-error-code="DISK_FULL"]')?.textContent ?? "";
    expect(full, "what to do").toContain("เฉพาะสรุป");
    expect(full, "and the Rust side's details").toContain("มีพื้นที่ว่าง 1 MB");
    dialog.error = new CommandError({ code: "CANCELLED", message: { th: "ยกเลิกแล้ว", en: "Cancelled" } });
    expect(renderModal(state).querySelector('[data-error-code="CANCELLED"]')?.textContent).toContain("ไม่มีไฟล์ใดค้างอยู่ที่ปลายทาง");
  });

  it("stays open while writing: Escape does nothing and the dismiss button cancels the job", () => {
    const state = readyState();
    const dialog = newExportDialog();
    dialog.step = "running";
    dialog.progress = { phase: "checking", done: 30, total: 40 };
    state.modal = dialog;
    const { actions, calls } = recordingActions();
    const root = renderModal(state, actions);
    expect(root.querySelector('[data-export-progress="checking"]')?.textContent).toContain("75%");
    root.querySelector(".modal-backdrop")?.dispatchEvent(new KeyboardEvent("keydown", { key: "Escape", bubbles: true }));
    root.querySelector<HTMLButtonElement>('[data-action="dismiss"]')?.click();
    expect(
      calls.map(([name]) => name),
      "no close, one cancel",
    ).toEqual(["cancelBundleJob"]);
  });
});

describe("the import dialog's verdicts", () => {
  const unsigned = verdict({
    files: ["ยะรัง_2570_001.zip"],
    ok: false,
    problems: [
      {
        file: "ยะรัง_2570_001.zip",
        entry: "data/evidence/ab12.jpg",
        code: "checksum_mismatch",
        message: { th: "ไฟล์ data/evidence/ab12.jpg เสียหาย", en: "data/evidence/ab12.jpg is damaged" },
      },
      { file: "ยะรัง_2570_001.zip", entry: "", code: "unsigned", message: { th: "ชุดข้อมูลไม่มีลายมือชื่อดิจิทัล", en: "The bundle is not signed." } },
    ],
    entries: [{ path: "data/evidence/ab12.jpg", size: 10, ok: false }],
    summary: { ...verdict().summary!, office_name: "สำนักทะเบียนอำเภอยะรัง", district: "ยะรัง", signer: null },
  });

  it("names each bundle's office, year, kind, number and signer, with every problem in words", () => {
    const state = readyState();
    state.modal = { ...newImportDialog(), step: "verdicts", verdicts: [verdict(), unsigned] };
    const root = renderModal(state);
    const [ok, failed] = [...root.querySelectorAll("[data-verdict]")];
    expect(ok.getAttribute("data-verdict")).toBe("ok");
    expect(ok.textContent).toContain("สำนักทะเบียนอำเภอเมืองปัตตานี");
    expect(ok.textContent).toContain("ปีงบประมาณ 2570 · การสมัครขอรับรอง");
    expect(ok.querySelector("[data-signer]")?.textContent, "the signer's fingerprint").toBe("4F2A-91C3-77DE-0B15");
    expect(failed.getAttribute("data-verdict")).toBe("failed");
    expect(failed.textContent).toContain("ไม่ผ่าน");
    expect(failed.querySelector("[data-signer]")?.textContent).toBe("ไม่มีลายมือชื่อ");
    expect([...failed.querySelectorAll("[data-finding]")].map((f) => f.getAttribute("data-finding"))).toEqual([
      "checksum_mismatch",
      "unsigned",
    ]);
    expect(failed.textContent).toContain("ไฟล์ data/evidence/ab12.jpg เสียหาย");
    expect(failed.querySelector("[data-failed-entries]")?.textContent).toContain("data/evidence/ab12.jpg");
    state.language = "en";
    expect(renderModal(state).querySelectorAll("[data-verdict]")[1].textContent).toContain("The bundle is not signed.");
  });

  it("offers only the overrides a verdict calls for, and the advanced one always", () => {
    const state = readyState();
    state.modal = { ...newImportDialog(), step: "verdicts", verdicts: [unsigned] };
    const root = renderModal(state);
    expect(root.querySelector('input[name="allow-unsigned"]'), "an unsigned bundle offers importing anyway").not.toBeNull();
    expect(root.querySelector('input[name="accept-new-key"]'), "no new key, no such checkbox").toBeNull();
    expect(root.querySelector('input[name="adopt-office"]')).not.toBeNull();
    expect(
      root.querySelector<HTMLButtonElement>('[data-modal="import-bundles"] button[type="submit"]')?.disabled,
      "nothing importable yet",
    ).toBe(true);
  });
});

describe("conflicts between this PC and a bundle", () => {
  it("import again with the side chosen per item, after 'the bundle's for all' and one change", async () => {
    const sent: ImportOptions[] = [];
    const replies: ImportOutcome[][] = [
      [
        outcome("needs_choice", {
          conflicts: [
            conflict("physical.service-hours", "ติดป้ายแล้ว", "ติดป้ายและประกาศในเว็บแล้ว"),
            conflict("physical.lighting", "", "วัดแสงแล้ว"),
          ],
        }),
      ],
      [outcome("imported", { round_id: 1, taken: ["physical.lighting"], history_added: 2 })],
    ];
    const api = {
      chooseBundles: async () => [verdict()],
      importBundles: async (options: ImportOptions) => {
        sent.push(structuredClone(options));
        return replies[sent.length - 1];
      },
      listRounds: async () => [readyState().checklist!.round],
      getChecklist: async () => readyState().checklist,
    } as unknown as Api;
    const state = readyState();
    const root = document.createElement("div");
    const controller = createController(api, state, () => render(appView(state, controller), root));
    const submit = () =>
      root.querySelector<HTMLFormElement>('[data-modal="import-bundles"]')!.dispatchEvent(new Event("submit", { cancelable: true }));

    controller.openImport();
    root.querySelector<HTMLButtonElement>('[data-action="choose-files"]')!.click();
    await tick();
    submit();
    await tick();
    const rows = [...root.querySelectorAll("[data-conflict]")];
    expect(rows.map((row) => row.getAttribute("data-conflict"))).toEqual(["physical.service-hours", "physical.lighting"]);
    expect(rows[0].textContent, "both sides' notes are shown").toContain("ติดป้ายและประกาศในเว็บแล้ว");
    expect(
      root.querySelector<HTMLButtonElement>('[data-modal="import-bundles"] button[type="submit"]')?.disabled,
      "every item needs a choice first",
    ).toBe(true);

    root.querySelector<HTMLButtonElement>('[data-action="all-theirs"]')!.click();
    const keepMine = root.querySelector<HTMLInputElement>('[data-conflict="physical.service-hours"] input[value="mine"]')!;
    keepMine.checked = true;
    keepMine.dispatchEvent(new Event("change"));
    submit();
    await tick();
    await tick();

    expect(sent[0].choices, "the first attempt had no choices").toEqual({});
    expect(sent[1].choices).toEqual({ "physical.service-hours": "mine", "physical.lighting": "theirs" });
    expect(root.querySelector("[data-outcome]")?.getAttribute("data-outcome")).toBe("imported");
    expect(root.querySelector("[data-imported-counts]")?.textContent).toContain("รับคำตอบ 1 ข้อ");
  });
});

describe("the office profile", () => {
  it("shows this PC's key fingerprint, to read out when the province calls to confirm it", () => {
    const state = readyState();
    state.signingKey = { public_key: "AAAA", fingerprint: "4F2A-91C3-77DE-0B15" };
    state.modal = {
      kind: "office",
      firstRun: false,
      saving: false,
      error: null,
      draft: profile(),
    };
    const key = renderModal(state).querySelector("[data-key-fingerprint]")?.textContent ?? "";
    expect(key).toContain("4F2A-91C3-77DE-0B15");
    expect(key).toContain("แจ้งลายนิ้วมือนี้ทางโทรศัพท์เมื่อจังหวัดขอยืนยัน");
  });
});
