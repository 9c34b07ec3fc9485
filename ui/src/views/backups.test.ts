import { render } from "lit";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { CommandError, type Api } from "../api";
import { newBackupsDialog } from "../actions/backup";
import type { AnswerInput, BackupInfo, Checklist, Office, RestoreReport, Round } from "../bindings";
import { createController } from "../controller";
import { emptyAnswer, type BackupsDialog, type State } from "../state";
import { appView } from "./app";
import { modalsView } from "./modals";
import { noActions, office, readyState, recordingActions, round } from "../test-fixtures/bundles";

const tick = () => new Promise((resolve) => setTimeout(resolve, 0));
const settle = async () => {
  for (let i = 0; i < 20; i++) await tick();
};

// Backups are stamped in UTC; the clerk reads them in Thai time.
const originalZone = process.env.TZ;
beforeAll(() => {
  process.env.TZ = "Asia/Bangkok";
});
afterAll(() => {
  process.env.TZ = originalZone;
});

function backup(createdAt: string, reason: BackupInfo["reason"], bytes = 245_760): BackupInfo {
  return { file_name: `${createdAt.replaceAll(":", "-")}_${reason}.sqlite3`, reason, created_at: createdAt, bytes };
}

const MANUAL = backup("2026-11-22T06:40:05.123Z", "manual");
const START = backup("2026-11-22T06:39:58.001Z", "start", 1_500_000);
const BEFORE_RESTORE = backup("2026-11-22T07:00:00.000Z", "before-restore");

function withDialog(change: Partial<BackupsDialog> = {}): State {
  const state = readyState();
  state.modal = { ...newBackupsDialog(), backups: [MANUAL, START], ...change };
  return state;
}

function renderModal(state: State, actions = noActions): HTMLElement {
  const root = document.createElement("div");
  render(modalsView(state, actions), root);
  return root;
}

const rowText = (root: HTMLElement, selector: string) => [...root.querySelectorAll(selector)].map((cell) => cell.textContent?.trim());

describe("the backups dialog", () => {
  it("is opened from the top bar", () => {
    const { actions, calls } = recordingActions();
    const root = document.createElement("div");
    render(appView(readyState(), actions), root);
    root.querySelector<HTMLButtonElement>('[data-action="open-backups"]')?.click();
    expect(root.querySelector('[data-action="open-backups"]')?.textContent).toBe("สำรองข้อมูล");
    expect(calls.map(([name]) => name)).toEqual(["openBackups"]);
  });

  it("lists every backup, newest first, with the local time in the Buddhist era, why it was made and its size", () => {
    const root = renderModal(withDialog());
    expect(rowText(root, "[data-backup-when]"), "13:40 in Bangkok is 06:40 UTC; seconds tell close backups apart").toEqual([
      "22 พ.ย. 2569 13:40:05",
      "22 พ.ย. 2569 13:39:58",
    ]);
    expect(rowText(root, "[data-backup-reason]")).toEqual(["สำรองด้วยตนเอง", "เปิดโปรแกรม"]);
    expect(rowText(root, "[data-backup-size]")).toEqual(["0.25 MB", "1.5 MB"]);
    expect(root.querySelectorAll('[data-backup] [data-action="restore"]').length, "each can be restored").toBe(2);
  });

  it("speaks English too, with Common Era years", () => {
    const state = withDialog();
    state.language = "en";
    const root = renderModal(state);
    expect(rowText(root, "[data-backup-when]")[0]).toBe("22 Nov 2026 13:40:05");
    expect(rowText(root, "[data-backup-reason]")).toEqual(["Backed up by hand", "The program started"]);
    expect(root.querySelector('[data-action="back-up-now"]')?.textContent?.trim()).toBe("Back up now");
  });

  it("says when there is no backup yet", () => {
    const root = renderModal(withDialog({ backups: [] }));
    expect(root.querySelector("[data-no-backups]")?.textContent).toBe("ยังไม่มีข้อมูลสำรอง");
  });

  it("asks before restoring: what is restored, that the current data is backed up first, and what is lost", () => {
    const root = renderModal(withDialog({ step: "confirm", chosen: MANUAL }));
    const warning = root.querySelector("[data-restore-confirm]")?.textContent ?? "";
    expect(warning).toContain("กู้คืนข้อมูลเป็นอย่างที่เป็นเมื่อ 22 พ.ย. 2569 13:40:05 (สำรองด้วยตนเอง)");
    expect(warning).toContain("โปรแกรมจะสำรองข้อมูลปัจจุบันไว้ก่อน");
    expect(root.querySelector("[data-restore-loses]")?.textContent, "answers made after that moment").toContain(
      "คำตอบ บันทึก กำหนดการ และการแนบหลักฐานที่ทำหลัง 22 พ.ย. 2569 13:40:05 จะหายไป",
    );
    expect(root.querySelector('[data-modal="backups"] button[type="submit"]')?.textContent).toBe("กู้คืน");
    expect(root.querySelector('[data-modal="backups"] [data-action="dismiss"]')?.textContent).toBe("ยกเลิก");
  });

  it("cannot be closed while a restore runs", () => {
    const state = withDialog({ step: "restoring", chosen: MANUAL, saving: true });
    const root = renderModal(state);
    expect(root.querySelector("[data-restoring]")?.textContent).toBe("กำลังกู้คืน…");
    expect(root.querySelector<HTMLButtonElement>('[data-modal="backups"] [data-action="dismiss"]')?.disabled).toBe(true);
    expect(root.querySelector<HTMLButtonElement>('[data-modal="backups"] button[type="submit"]')?.disabled).toBe(true);
    const controller = createController({} as Api, state, () => {});
    controller.closeModal();
    expect(state.modal?.kind, "Escape and close wait for the restore").toBe("backups");
  });

  it("reports what the restore did, with evidence files deleted since marked not received", () => {
    const report: RestoreReport = { restored: MANUAL, previous: BEFORE_RESTORE, missing_evidence: 2 };
    const root = renderModal(withDialog({ step: "restored", report, backups: [BEFORE_RESTORE, MANUAL, START] }));
    const text = root.querySelector("[data-restore-report]")?.textContent ?? "";
    expect(text).toContain("กู้คืนข้อมูลเป็นอย่างที่เป็นเมื่อ 22 พ.ย. 2569 13:40:05 แล้ว");
    expect(text).toContain("ข้อมูลก่อนกู้คืนสำรองไว้แล้ว (22 พ.ย. 2569 14:00:00)");
    expect(root.querySelector("[data-missing-evidence]")?.textContent).toBe("ไฟล์หลักฐาน 2 ไฟล์ที่ถูกลบไปหลังจากนั้น ถูกระบุว่ายังไม่ได้รับ");
    expect(rowText(root, "[data-backup-reason]")[0], "the backup made before the restore, to undo it").toBe("ก่อนกู้คืนข้อมูล");
  });

  it("leaves out the evidence line when no file is missing", () => {
    const report: RestoreReport = { restored: MANUAL, previous: BEFORE_RESTORE, missing_evidence: 0 };
    const root = renderModal(withDialog({ step: "restored", report }));
    expect(root.querySelector("[data-restore-report]")).not.toBeNull();
    expect(root.querySelector("[data-missing-evidence]")).toBeNull();
  });
});

/** The store on the Rust side, before and after a restore, as far as the screen sees it. */
function fakeStore() {
  const calls: string[] = [];
  const officeNamed = (name: string): Office => office({ name, province: "ปัตตานี", district: "เมือง" });
  const answered = (roundOnScreen: Round, note: string): Checklist => {
    const base = readyState(roundOnScreen).checklist as Checklist;
    const answer: AnswerInput = { ...emptyAnswer(), status: "met", note };
    return {
      ...base,
      answers: [
        {
          ...answer,
          round_id: roundOnScreen.id,
          item_id: "physical.service-hours",
          updated_at: "",
          updated_by: "clerk",
          carried_from_round: null,
        },
      ],
    };
  };
  const store = {
    restored: false,
    rounds: [round({ id: 1 }), round({ id: 2, fiscal_year_be: 2571 })],
    restoredRounds: [round({ id: 1 })],
  };
  let backups = [MANUAL, START];
  const api = {
    listBackups: async () => {
      calls.push("list_backups");
      return backups;
    },
    createBackup: async () => {
      calls.push("create_backup");
      const made = backup("2026-11-22T06:50:00.000Z", "manual");
      backups = [made, ...backups];
      return made;
    },
    restoreBackup: async (fileName: string) => {
      calls.push(`restore_backup ${fileName}`);
      store.restored = true;
      backups = [BEFORE_RESTORE, ...backups];
      return { restored: MANUAL, previous: BEFORE_RESTORE, missing_evidence: 1 };
    },
    saveAnswer: async (_round: number, itemId: string, input: AnswerInput) => {
      calls.push(`save_answer ${itemId} ${input.note}`);
      return {
        answer: { ...input, round_id: 1, item_id: itemId, updated_at: "", updated_by: "" },
        score: readyState().score,
        tallies: [],
        revision: 1,
      };
    },
    getOffice: async () => {
      calls.push("get_office");
      return officeNamed(store.restored ? "สำนักงานเดิม" : "สำนักงานใหม่");
    },
    listRounds: async () => {
      calls.push("list_rounds");
      return store.restored ? store.restoredRounds : store.rounds;
    },
    listPacks: async () => {
      calls.push("list_packs");
      return [];
    },
    getChecklist: async (roundId: number) => {
      calls.push(`get_checklist ${roundId}`);
      const shown = (store.restored ? store.restoredRounds : store.rounds).find((r) => r.id === roundId) as Round;
      return answered(shown, store.restored ? "คำตอบเดิม" : "คำตอบใหม่");
    },
  } as unknown as Api;
  return { api, calls, store };
}

describe("restoring a backup", () => {
  it("sends what was typed first, restores, then reads the office, the rounds and the checklist again", async () => {
    const { api, calls } = fakeStore();
    const state = readyState();
    const controller = createController(api, state, () => {});
    controller.openBackups();
    await settle();
    controller.setNote("physical.service-hours", "พิมพ์ค้างไว้");
    controller.askRestore(MANUAL.file_name);
    expect((state.modal as BackupsDialog).step).toBe("confirm");
    controller.confirmRestore();
    await settle();

    expect(calls.slice(1, 3), "the typed note is saved before the data is replaced, so the backup made first has it").toEqual([
      "save_answer physical.service-hours พิมพ์ค้างไว้",
      `restore_backup ${MANUAL.file_name}`,
    ]);
    expect(calls.slice(3)).toEqual(["get_office", "list_rounds", "list_packs", "get_checklist 1", "list_backups"]);
    expect(state.office?.name).toBe("สำนักงานเดิม");
    expect(state.drafts.get("physical.service-hours")?.note, "the checklist shows the restored answer").toBe("คำตอบเดิม");
    const dialog = state.modal as BackupsDialog;
    expect(dialog.step).toBe("restored");
    expect(dialog.report?.missing_evidence).toBe(1);
    expect(dialog.backups?.[0].reason, "the list shows the backup made before restoring").toBe("before-restore");
  });

  it("shows the newest round when the round on screen did not exist yet at the backup's time", async () => {
    const { api, store } = fakeStore();
    const state = readyState(round({ id: 2, fiscal_year_be: 2571 }), store.rounds);
    const controller = createController(api, state, () => {});
    controller.openBackups();
    await settle();
    controller.askRestore(MANUAL.file_name);
    controller.confirmRestore();
    await settle();
    expect(state.checklist?.round.id).toBe(1);
    expect(
      state.rounds.map((r) => r.id),
      "the round switcher lists the restored rounds",
    ).toEqual([1]);
  });

  it("keeps the confirmation, with the reason, when the restore is refused", async () => {
    const { api } = fakeStore();
    (api as { restoreBackup: Api["restoreBackup"] }).restoreBackup = async () => {
      throw new CommandError({
        code: "INVALID_INPUT",
        message: { th: "สำเนาสำรองนี้ใช้ไม่ได้ (damaged)", en: "This backup cannot be used (damaged)" },
      });
    };
    const state = readyState();
    const controller = createController(api, state, () => {});
    controller.openBackups();
    await settle();
    controller.askRestore(MANUAL.file_name);
    controller.confirmRestore();
    await settle();
    const dialog = state.modal as BackupsDialog;
    expect(dialog.step).toBe("confirm");
    expect(renderModal(state).querySelector('[data-modal="backups"] .form-error')?.textContent).toContain("สำเนาสำรองนี้ใช้ไม่ได้");
  });

  it("backs up now and points at the new backup in the list", async () => {
    const { api, calls } = fakeStore();
    const state = readyState();
    const controller = createController(api, state, () => {});
    controller.openBackups();
    await settle();
    controller.backUpNow();
    await settle();
    expect(calls).toEqual(["list_backups", "create_backup", "list_backups"]);
    const root = renderModal(state);
    expect(root.querySelector("[data-backed-up]")?.textContent).toContain("สำรองข้อมูลแล้ว (22 พ.ย. 2569 13:50:00)");
    expect(root.querySelector("tr.just-made [data-backup-reason]")?.textContent).toBe("สำรองด้วยตนเอง");
    expect(root.querySelectorAll("[data-backup]").length).toBe(3);
  });

  it("goes back to the list when the clerk cancels the restore", async () => {
    const { api, calls } = fakeStore();
    const state = readyState();
    const controller = createController(api, state, () => {});
    controller.openBackups();
    await settle();
    controller.askRestore(START.file_name);
    controller.cancelRestore();
    expect((state.modal as BackupsDialog).step).toBe("list");
    expect(
      calls.some((call) => call.startsWith("restore_backup")),
      "nothing restored",
    ).toBe(false);
  });
});

describe("the diagnostics file", () => {
  it("is saved from the backups dialog, which says what it holds and where it went", async () => {
    const { api } = fakeStore();
    const saved: string[] = [];
    (api as { saveDiagnostics: Api["saveDiagnostics"] }).saveDiagnostics = async () => {
      saved.push("asked");
      return "/home/clerk/gecc-diagnostics-20261202-061500.zip";
    };
    const state = readyState();
    const controller = createController(api, state, () => {});
    controller.openBackups();
    await settle();
    const before = renderModal(state, controller);
    expect(before.querySelector("[data-diagnostics]")?.textContent, "no answers, notes or names go in").toContain(
      "ไม่มีคำตอบ บันทึก ชื่อบุคคล หรือไฟล์หลักฐาน",
    );
    before.querySelector<HTMLButtonElement>('[data-action="save-diagnostics"]')?.click();
    await settle();
    expect(saved).toEqual(["asked"]);
    expect(renderModal(state).querySelector("[data-diagnostics-saved]")?.textContent).toContain(
      "บันทึกแล้วที่ /home/clerk/gecc-diagnostics-20261202-061500.zip",
    );
  });

  it("says nothing was saved when the clerk closes the save dialog, and shows a failure in the dialog", async () => {
    const { api } = fakeStore();
    let fail = false;
    (api as { saveDiagnostics: Api["saveDiagnostics"] }).saveDiagnostics = async () => {
      if (fail) {
        throw new CommandError({ code: "DISK_FULL", message: { th: "พื้นที่ดิสก์เต็ม", en: "The disk is full" } });
      }
      return null;
    };
    const state = readyState();
    const controller = createController(api, state, () => {});
    controller.openBackups();
    await settle();
    controller.saveDiagnostics();
    await settle();
    expect(renderModal(state).querySelector("[data-diagnostics-saved]")).toBeNull();
    fail = true;
    controller.saveDiagnostics();
    await settle();
    const dialog = state.modal as BackupsDialog;
    expect(dialog.saving, "the buttons work again").toBe(false);
    expect(renderModal(state).querySelector('[data-modal="backups"] .form-error')?.textContent).toContain("พื้นที่ดิสก์เต็ม");
  });
});
