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
    const options = { summary_only: true, remove_personal_data: false, part_size_mb: 20, photo_max_side: null };
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

  it("names the province desk's arguments as the shell's commands do (camelCase of the Rust names)", async () => {
    const calls: Array<[string, unknown]> = [];
    const api = createApi(async <T>(command: string, args?: Record<string, unknown>) => {
      calls.push([command, args]);
      return undefined as T;
    });
    const input = { name: "เทศบาลตำบลยะรัง", kind: "local_administration" as const, province: "", district: "ยะรัง", phone: "" };
    const dates = [{ title: "ส่งรายงาน", date: "2027-01-31" }];
    await api.setRole("province");
    await api.workForProvince("ปัตตานี", true);
    await api.getGeography();
    await api.getRoster();
    await api.addProvinceToRoster("ปัตตานี");
    await api.addOfficeToRoster(input);
    await api.addSenderToRoster(9);
    await api.setRosterPhone(3, "073-431-234");
    await api.removeFromRoster(3);
    await api.getReportDates(2570, "application");
    await api.setReportDates(2570, "application", dates);
    expect(calls).toEqual([
      ["set_role", { role: "province" }],
      ["work_for_province", { province: "ปัตตานี", addDistricts: true }],
      ["get_geography", undefined],
      ["get_roster", undefined],
      ["add_province_to_roster", { province: "ปัตตานี" }],
      ["add_office_to_roster", { input }],
      ["add_sender_to_roster", { officeId: 9 }],
      ["set_roster_phone", { id: 3, phone: "073-431-234" }],
      ["remove_from_roster", { id: 3 }],
      ["get_report_dates", { fiscalYearBe: 2570, kind: "application" }],
      ["set_report_dates", { fiscalYearBe: 2570, kind: "application", dates }],
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
