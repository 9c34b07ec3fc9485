//! The roster dialog (issue 16): the offices the province expects bundles from, a phone
//! number saved when its box is left, an entry taken off only after a second press,
//! every district of a province added at once, a local organisation added by name, and
//! each refusal said beside what was refused, in the language on screen.

import { render } from "lit";
import { describe, expect, it } from "vitest";
import { createController } from "../controller";
import { deskApi, newDeskStore, provinceState, type DeskStore } from "../test-fixtures/province";
import { appView } from "./app";
import { focusableIn } from "./modal";

const settle = async () => {
  for (let i = 0; i < 10; i++) await new Promise((resolve) => setTimeout(resolve, 0));
};

/** A province PC with its overview on screen and the roster dialog open. */
async function openRoster(store: DeskStore, fail = {}, language: "th" | "en" = "th") {
  const state = provinceState([]);
  state.role = "province";
  state.language = language;
  state.office = { ...store.office, name: "ที่ทำการปกครองจังหวัดปัตตานี", province: "ปัตตานี" };
  const root = document.createElement("div");
  document.body.replaceChildren(root);
  const controller = createController(deskApi(store, fail), state, () => render(appView(state, controller), root));
  render(appView(state, controller), root);
  root.querySelector<HTMLButtonElement>('[data-action="open-roster"]')!.click();
  await settle();
  store.calls.length = 0;
  const dialog = () => root.querySelector<HTMLElement>('[data-modal="roster"]')!;
  return { state, root, dialog };
}

/** A store whose roster holds Pattani's twelve districts. */
async function pattaniStore(): Promise<DeskStore> {
  const store = newDeskStore();
  await deskApi(store).addProvinceToRoster("ปัตตานี");
  store.calls.length = 0;
  return store;
}

function type(input: HTMLInputElement | HTMLSelectElement, value: string, event = "input"): void {
  input.value = value;
  input.dispatchEvent(new Event(event, { bubbles: true }));
}

const commands = (store: DeskStore) =>
  store.calls.map(([command, args]) => [command, args]).filter(([command]) => command !== "get_roster");

describe("the roster dialog", () => {
  it("lists every office with its phone number, saved when the box is left, and reads the overview again", async () => {
    const store = await pattaniStore();
    const { dialog } = await openRoster(store);
    expect(dialog().querySelector("h2")?.textContent).toBe("รายชื่อสำนักงาน (12)");
    const names = [...dialog().querySelectorAll("[data-roster-entry] th")].map((cell) => cell.textContent);
    expect(names.slice(0, 3)).toEqual(["อำเภอเมืองปัตตานี", "อำเภอโคกโพธิ์", "อำเภอหนองจิก"]);
    type(dialog().querySelector<HTMLInputElement>('[data-roster-entry="2"] input[name="phone"]')!, " 073-431-234 ", "change");
    await settle();
    expect(commands(store)).toEqual([
      ["set_roster_phone", { id: 2, phone: " 073-431-234 " }],
      ["province_status", { fiscalYearBe: 2570, kind: "application" }],
    ]);
    expect(dialog().querySelector('[data-roster-entry="2"] [data-phone-saved]')?.textContent).toBe("บันทึกแล้ว");
    expect(dialog().querySelector<HTMLInputElement>('[data-roster-entry="2"] input[name="phone"]')?.value, "as the store keeps it").toBe(
      "073-431-234",
    );
  });

  it("takes an office off only after a second press, and not at all when kept", async () => {
    const store = await pattaniStore();
    const { dialog } = await openRoster(store);
    dialog().querySelector<HTMLButtonElement>('[data-remove="2"]')!.click();
    expect(dialog().querySelector('[data-remove-ask="2"]')?.textContent).toContain('นำ "อำเภอโคกโพธิ์" ออกจากรายชื่อ? ชุดข้อมูลที่ได้รับแล้วยังอยู่');
    dialog().querySelector<HTMLButtonElement>('[data-remove-ask="2"] [data-action="keep"]')!.click();
    expect(dialog().querySelector("[data-remove-ask]")).toBeNull();
    expect(commands(store)).toEqual([]);

    dialog().querySelector<HTMLButtonElement>('[data-remove="2"]')!.click();
    dialog().querySelector<HTMLButtonElement>('[data-remove-ask="2"] [data-action="confirm-remove"]')!.click();
    await settle();
    expect(commands(store)[0]).toEqual(["remove_from_roster", { id: 2 }]);
    expect(dialog().querySelectorAll("[data-roster-entry]")).toHaveLength(11);
    expect(dialog().querySelector('[data-roster-entry="2"]')).toBeNull();
  });

  it("adds every district of this PC's province, saying how many were new", async () => {
    const store = newDeskStore();
    const { dialog } = await openRoster(store);
    expect(dialog().querySelector("[data-roster-none]")?.textContent).toBe("ยังไม่มีสำนักงานในรายชื่อ");
    expect(dialog().querySelector<HTMLSelectElement>('select[name="roster-province"]')?.value, "this PC's province first").toBe("ปัตตานี");
    dialog().querySelector<HTMLButtonElement>('[data-action="add-districts"]')!.click();
    await settle();
    expect(commands(store)[0]).toEqual(["add_province_to_roster", { province: "ปัตตานี" }]);
    expect(dialog().querySelector("[data-roster-done]")?.textContent).toBe("เพิ่ม 12 อำเภอ (มีอยู่แล้ว 0)");
    expect(dialog().querySelectorAll("[data-roster-entry]")).toHaveLength(12);

    type(dialog().querySelector<HTMLSelectElement>('select[name="roster-province"]')!, "ยะลา", "change");
    dialog().querySelector<HTMLButtonElement>('[data-action="add-districts"]')!.click();
    await settle();
    expect(dialog().querySelector("[data-roster-done]")?.textContent).toBe("เพิ่ม 8 อำเภอ (มีอยู่แล้ว 0)");
  });

  it("adds a local organisation by name, kind, district and phone, then clears the boxes", async () => {
    const store = await pattaniStore();
    const { dialog } = await openRoster(store);
    type(dialog().querySelector<HTMLInputElement>('input[name="office-name"]')!, "เทศบาลตำบลยะรัง");
    type(dialog().querySelector<HTMLInputElement>('input[name="office-district"]')!, "ยะรัง");
    type(dialog().querySelector<HTMLInputElement>('input[name="office-phone"]')!, "073-123-456");
    dialog().querySelector<HTMLButtonElement>('[data-action="add-office"]')!.click();
    await settle();
    expect(commands(store)[0]).toEqual([
      "add_office_to_roster",
      { input: { name: "เทศบาลตำบลยะรัง", kind: "local_administration", province: "", district: "ยะรัง", phone: "073-123-456" } },
    ]);
    expect(dialog().querySelector(".roster-add [data-roster-done]")?.textContent).toBe('เพิ่ม "เทศบาลตำบลยะรัง" ในรายชื่อแล้ว');
    expect(dialog().querySelector<HTMLInputElement>('input[name="office-name"]')?.value).toBe("");
    expect(dialog().querySelector("h2")?.textContent).toBe("รายชื่อสำนักงาน (13)");
  });

  it("says beside the organisation's boxes why it was refused, in the language on screen, and keeps what was typed", async () => {
    const store = await pattaniStore();
    const refused = { add_office_to_roster: { code: "INVALID_INPUT", th: "กรุณากรอกชื่อสำนักงาน", en: "Fill in the office name." } };
    const { dialog } = await openRoster(store, refused, "en");
    type(dialog().querySelector<HTMLInputElement>('input[name="office-phone"]')!, "073-123-456");
    dialog().querySelector<HTMLButtonElement>('[data-action="add-office"]')!.click();
    await settle();
    const error = dialog().querySelector('[aria-labelledby="roster-office-heading"] [role="alert"]');
    expect(error?.textContent).toBe("Fill in the office name.");
    expect(error?.getAttribute("data-error-code")).toBe("INVALID_INPUT");
    expect(dialog().querySelector<HTMLInputElement>('input[name="office-phone"]')?.value).toBe("073-123-456");
  });

  it("keeps Tab inside, and closes with Escape", async () => {
    const store = await pattaniStore();
    const { state, dialog } = await openRoster(store);
    const stops = focusableIn(dialog());
    expect(stops.length, "twelve phone boxes, twelve remove buttons, the add parts and close").toBeGreaterThan(30);
    stops.at(-1)!.focus();
    stops.at(-1)!.dispatchEvent(new KeyboardEvent("keydown", { key: "Tab", bubbles: true, cancelable: true }));
    expect(document.activeElement).toBe(stops[0]);
    dialog().dispatchEvent(new KeyboardEvent("keydown", { key: "Escape", bubbles: true }));
    expect(state.modal).toBeNull();
  });
});
