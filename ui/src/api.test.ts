import { describe, expect, it } from "vitest";
import { CommandError, createApi, toCommandError } from "./api";
import { emptyAnswer } from "./state";

describe("the command API", () => {
  it("passes each command's arguments by name", async () => {
    const calls: Array<[string, unknown]> = [];
    const api = createApi(async <T>(command: string, args?: Record<string, unknown>) => {
      calls.push([command, args]);
      return undefined as T;
    });
    await api.saveAnswer(3, "physical.lighting", { ...emptyAnswer(), status: "met" });
    await api.getChecklist(3);
    expect(calls[0][0]).toBe("save_answer");
    expect(calls[0][1]).toMatchObject({ roundId: 3, itemId: "physical.lighting" });
    expect(calls[1]).toEqual(["get_checklist", { roundId: 3 }]);
  });

  it("passes the bundle commands' arguments in camelCase, their records as they are", async () => {
    const calls: Array<[string, unknown]> = [];
    const api = createApi(async <T>(command: string, args?: Record<string, unknown>) => {
      calls.push([command, args]);
      return undefined as T;
    });
    const options = { summary_only: true, remove_personal_data: false, part_size_mb: 20 };
    await api.planBundle(3, options);
    await api.provinceStatus(2570, "application");
    await api.chooseBundles(true);
    expect(calls).toEqual([
      ["plan_bundle", { roundId: 3, options }],
      ["province_status", { fiscalYearBe: 2570, kind: "application" }],
      ["choose_bundles", { folder: true }],
    ]);
  });

  it("names the backup to restore by its file name", async () => {
    const calls: Array<[string, unknown]> = [];
    const api = createApi(async <T>(command: string, args?: Record<string, unknown>) => {
      calls.push([command, args]);
      return undefined as T;
    });
    await api.listBackups();
    await api.createBackup();
    await api.restoreBackup("2026-11-22T06-40-05.123Z_manual.sqlite3");
    expect(calls).toEqual([
      ["list_backups", undefined],
      ["create_backup", undefined],
      ["restore_backup", { fileName: "2026-11-22T06-40-05.123Z_manual.sqlite3" }],
    ]);
  });

  it("turns an error payload from Rust into a CommandError with its code", async () => {
    const api = createApi(async () => {
      throw { code: "ROUND_LOCKED", message: { th: "ล็อกแล้ว", en: "Locked" } };
    });
    const error = await api.listRounds().catch((e) => e);
    expect(error).toBeInstanceOf(CommandError);
    expect(error.code, "the UI branches on the code").toBe("ROUND_LOCKED");
    expect(error.payload.message.th).toBe("ล็อกแล้ว");
  });

  it("turns anything else into an INTERNAL error that still has both languages", () => {
    const error = toCommandError("window closed");
    expect(error.code).toBe("INTERNAL");
    expect(error.payload.message.th).toContain("window closed");
    expect(error.payload.message.en).toContain("window closed");
  });
});
