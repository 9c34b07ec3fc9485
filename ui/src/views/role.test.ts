//! The first run asks whom the PC works for (issue 16) before anything else: a district
//! office starts as before (its first round, the welcome form); a province PC is named
//! after its province, lists the province's districts, and opens on the overview with no
//! checklist of its own, then on every start, until it asks for one.

import { render } from "lit";
import { describe, expect, it } from "vitest";
import { createController } from "../controller";
import type { State } from "../state";
import { deskApi, firstRunState, newDeskStore, type DeskStore } from "../test-fixtures/province";
import { appView } from "./app";

const settle = async () => {
  for (let i = 0; i < 10; i++) await new Promise((resolve) => setTimeout(resolve, 0));
};

/** Starts the app on `store`, drawing every change into a page. */
async function start(store: DeskStore): Promise<{ state: State; root: HTMLElement; controller: ReturnType<typeof createController> }> {
  const state = firstRunState();
  const root = document.createElement("div");
  document.body.replaceChildren(root);
  const controller = createController(deskApi(store), state, () => render(appView(state, controller), root));
  await controller.boot();
  await settle();
  return { state, root, controller };
}

/** The commands that changed something, in order. */
const changes = (store: DeskStore) =>
  store.calls.filter(([command]) => !/^(get_|list_|province_status|signing_key)/.test(command)).map(([command, args]) => [command, args]);

function choose(root: HTMLElement, role: "district" | "province", province?: string): void {
  root.querySelector<HTMLInputElement>(`[data-modal="role"] input[name="role"][value="${role}"]`)!.click();
  if (province === undefined) return;
  const select = root.querySelector<HTMLSelectElement>('[data-modal="role"] select[name="province"]')!;
  select.value = province;
  select.dispatchEvent(new Event("change", { bubbles: true }));
}

const confirm = (root: HTMLElement) => root.querySelector<HTMLButtonElement>('[data-modal="role"] button[type="submit"]')!.click();

describe("the first run's question of whom the PC works for", () => {
  it("is asked before anything else, and no round is opened until it is answered", async () => {
    const store = newDeskStore();
    const { state, root } = await start(store);
    const dialog = root.querySelector<HTMLElement>('[data-modal="role"]')!;
    expect(dialog.querySelector("h2")?.textContent).toBe("เครื่องนี้ใช้งานให้หน่วยงานใด");
    const labels = [...dialog.querySelectorAll(".role-choice strong")].map((label) => label.textContent);
    expect(labels).toEqual(["สำนักงานทะเบียนอำเภอ / องค์กรปกครองส่วนท้องถิ่น", "ที่ทำการปกครองจังหวัด"]);
    expect(dialog.querySelector<HTMLInputElement>("input[name=role]:checked")?.value, "a district office, as most PCs are").toBe(
      "district",
    );
    expect(dialog.dataset.initialFocus, "the arrow keys work at once").toBe("input[name=role]:checked");
    // What the window opens on is asked for beside the settings (a round trip each), but
    // nothing is written: no round, no pack, until the question is answered.
    expect(store.calls.map(([command]) => command)[0], "the settings first: they decide what is shown").toBe("get_settings");
    expect(
      store.calls.every(([command]) => /^(get_|list_)/.test(command)),
      "only reads",
    ).toBe(true);

    expect(dialog.querySelector('[data-action="dismiss"]'), "it cannot be put off").toBeNull();
    dialog.dispatchEvent(new KeyboardEvent("keydown", { key: "Escape", bubbles: true }));
    expect(state.modal?.kind).toBe("role");
  });

  it("for the province: saves the role, names the office after the province, lists its districts, and opens the overview", async () => {
    const store = newDeskStore();
    const { state, root } = await start(store);
    choose(root, "province", "ปัตตานี");
    const options = [...root.querySelectorAll<HTMLOptionElement>('select[name="province"] option')];
    expect(options.length, "a choice, then the 77 provinces").toBe(78);
    expect(root.querySelector<HTMLInputElement>('input[name="add-districts"]')?.checked, "districts listed unless unticked").toBe(true);
    confirm(root);
    await settle();

    expect(changes(store)).toEqual([["work_for_province", { province: "ปัตตานี", addDistricts: true }]]);
    expect(state.office?.name).toBe("ที่ทำการปกครองจังหวัดปัตตานี");
    expect(state.view).toBe("province");
    expect(state.checklist, "no checklist of its own").toBeNull();
    const badges = [...root.querySelectorAll("[data-reporting]")].map((badge) => badge.textContent);
    expect(badges).toEqual(Array(12).fill("ยังไม่ส่ง"));
    expect(root.querySelector("[data-desk-province]")?.textContent).toBe("จังหวัดปัตตานี");
    expect(state.notices.map((notice) => notice.text.th)).toEqual(["เพิ่ม 12 อำเภอ (มีอยู่แล้ว 0)"]);
  });

  it("for the province, with the box unticked: lists no district", async () => {
    const store = newDeskStore();
    const { root } = await start(store);
    choose(root, "province", "ยะลา");
    root.querySelector<HTMLInputElement>('input[name="add-districts"]')!.click();
    confirm(root);
    await settle();
    expect(changes(store)).toEqual([["work_for_province", { province: "ยะลา", addDistricts: false }]]);
    expect(root.querySelector("[data-roster-hint]"), "the overview says how to list them later").not.toBeNull();
  });

  it("asks for the province before saving anything", async () => {
    const store = newDeskStore();
    const { state, root } = await start(store);
    choose(root, "province");
    confirm(root);
    await settle();
    expect(root.querySelector('[data-modal="role"] [role="alert"]')?.textContent).toBe("กรุณาเลือกจังหวัด");
    expect(root.querySelector('[data-modal="role"] [role="alert"]')?.getAttribute("data-error-code")).toBe("INVALID_INPUT");
    expect(changes(store)).toEqual([]);
    expect(state.modal?.kind).toBe("role");
  });

  it("keeps the question open with the store's reason when saving fails", async () => {
    const store = newDeskStore();
    const state = firstRunState();
    const fail = { work_for_province: { code: "STORAGE", th: "บันทึกไม่ได้", en: "Could not save" } };
    const controller = createController(deskApi(store, fail), state, () => {});
    await controller.boot();
    controller.chooseRole("province");
    controller.setRoleProvince("ปัตตานี");
    controller.confirmRole();
    await settle();
    expect(state.modal?.kind === "role" && state.modal.error?.code).toBe("STORAGE");
    expect(state.view, "nothing opened").toBe("checklist");
  });

  it("for a district office: starts as before, with this year's round and the welcome form", async () => {
    const store = newDeskStore();
    const { state, root } = await start(store);
    confirm(root);
    await settle();
    expect(changes(store).map(([command, args]) => `${command} ${JSON.stringify(args)}`)).toEqual([
      'set_role {"role":"district"}',
      'create_round {"input":{"kind":"application","fiscal_year_be":null,"pack_id":null,"pack_version":null}}',
    ]);
    expect(state.modal?.kind === "office" && state.modal.firstRun).toBe(true);
    expect(root.querySelector('[data-modal="office"] .welcome')).not.toBeNull();
  });
});

describe("a province PC", () => {
  const provinceStore = () =>
    newDeskStore({
      settings: { language: "th", role: "province" },
      office: { ...newDeskStore().office, name: "ที่ทำการปกครองจังหวัดปัตตานี", kind: "other", province: "ปัตตานี" },
    });

  it("opens on the overview on every start, without a round of its own", async () => {
    const store = provinceStore();
    const { state, root } = await start(store);
    expect(state.view).toBe("province");
    expect(root.querySelector('[data-modal="role"]')).toBeNull();
    expect(store.calls.map(([command]) => command)).not.toContain("create_round");
    expect(root.querySelector("[data-desk-province]")?.textContent).toBe("จังหวัดปัตตานี");
    expect(root.querySelector('[data-action="close-province"]'), "no checklist to go back to").toBeNull();
  });

  it("gets its own checklist when it asks for one", async () => {
    const store = provinceStore();
    const { state, root } = await start(store);
    root.querySelector<HTMLButtonElement>('[data-action="own-checklist"]')!.click();
    await settle();
    expect(changes(store).map(([command]) => command)).toEqual(["create_round"]);
    expect(state.view).toBe("checklist");
    expect(state.checklist?.round.id).toBe(1);
    expect(root.querySelector("[data-item-id]")).not.toBeNull();
  });
});
