//! Who is working (issue 15, point 9): chosen from the office's staff list when the app
//! starts (last time's name picked already), changed from the top bar, the list edited
//! in the same dialog; the shell records changes under that name.

import { render } from "lit";
import { describe, expect, it } from "vitest";
import type { Api } from "../api";
import type { Staff } from "../bindings";
import { createController } from "../controller";
import { namesOf } from "../actions/staff";
import { initialState } from "../state";
import { appView } from "./app";
import { noActions, readyState, round } from "../test-fixtures/bundles";

const tick = () => new Promise((resolve) => setTimeout(resolve, 0));

/** An API that boots to a round and keeps a staff list as the store would. */
function staffApi(staff: Staff, calls: string[]) {
  const checklist = readyState().checklist!;
  return {
    getSettings: async () => ({ language: "th", role: "district" }),
    getOffice: async () => ({ name: "สำนักทะเบียนอำเภอเมืองปัตตานี" }),
    listRounds: async () => [round()],
    listPacks: async () => [],
    getChecklist: async () => checklist,
    getStaff: async () => staff,
    setStaff: async (names: string[]) => {
      calls.push(`set_staff ${names.join("|")}`);
      staff = { names, current: staff.current && names.includes(staff.current) ? staff.current : null };
      return staff;
    },
    choosePerson: async (name: string | null) => {
      calls.push(`choose_person ${name}`);
      staff = { ...staff, current: name };
      return staff;
    },
  } as unknown as Api;
}

describe("who is working", () => {
  it("is asked when the app starts on a PC whose office lists its staff, last time's name picked", async () => {
    const calls: string[] = [];
    const state = initialState("2026-11-22");
    const controller = createController(
      staffApi({ names: ["นายวิชัย รักงาน", "นางสาวสมศรี ใจดี"], current: "นางสาวสมศรี ใจดี" }, calls),
      state,
      () => {},
    );
    await controller.boot();
    expect(state.modal?.kind).toBe("who");
    const root = document.createElement("div");
    render(appView(state, noActions), root);
    const radios = [...root.querySelectorAll<HTMLInputElement>('[data-modal="who"] input[name="who"]')];
    expect(radios.map((radio) => radio.value)).toEqual(["นายวิชัย รักงาน", "นางสาวสมศรี ใจดี", ""]);
    expect(radios.find((radio) => radio.checked)?.value, "Enter carries on as last time").toBe("นางสาวสมศรี ใจดี");

    controller.chooseWho("นายวิชัย รักงาน");
    controller.confirmWho();
    await tick();
    await tick();
    expect(calls).toEqual(["choose_person นายวิชัย รักงาน"]);
    expect(state.modal).toBeNull();
    render(appView(state, noActions), root);
    expect(root.querySelector('[data-action="choose-person"]')?.textContent?.trim()).toBe("ผู้ใช้งาน: นายวิชัย รักงาน");
  });

  it("is not asked where the office has no staff list, and the list is filled in from the top bar", async () => {
    const calls: string[] = [];
    const state = initialState("2026-11-22");
    const controller = createController(staffApi({ names: [], current: null }, calls), state, () => {});
    await controller.boot();
    expect(state.modal, "nothing in the way of the checklist").toBeNull();
    const root = document.createElement("div");
    render(appView(state, noActions), root);
    expect(root.querySelector('[data-action="choose-person"]')?.textContent?.trim()).toBe("ผู้ใช้งาน: ไม่ระบุ");

    controller.openWho();
    expect(state.modal?.kind === "who" && state.modal.listText, "an empty list opens ready to type").toBe("");
    controller.setStaffList("  นางสาวสมศรี ใจดี \n\nนายวิชัย รักงาน\nนางสาวสมศรี ใจดี");
    controller.chooseWho("นางสาวสมศรี ใจดี");
    controller.confirmWho();
    await tick();
    await tick();
    expect(calls).toEqual(["set_staff นางสาวสมศรี ใจดี|นายวิชัย รักงาน", "choose_person นางสาวสมศรี ใจดี"]);
  });

  it("reads a typed list one name a line, trimmed, without blanks or repeats", () => {
    expect(namesOf(" ก \n\nข\nก\n")).toEqual(["ก", "ข"]);
  });
});
