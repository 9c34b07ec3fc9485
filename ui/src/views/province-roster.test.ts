//! The overview over the province's roster (issue 16): every office listed shows, sent or
//! not; a count of who has sent; a badge that says sent, late or not yet; the offices not
//! sent copied with their phone numbers for the phone round; and an office that sent
//! without being listed offered for the roster.

import { render } from "lit";
import { afterEach, describe, expect, it, vi } from "vitest";
import type { Api } from "../api";
import { createController } from "../controller";
import type { State } from "../state";
import { recordingActions } from "../test-fixtures/bundles";
import { officeRow, provinceState, unsentRow } from "../test-fixtures/province";
import { appView } from "./app";

const tick = () => new Promise((resolve) => setTimeout(resolve, 0));

/** Two districts not sent, one sent on time, an organisation sent late without being listed, and this office. */
function pattani(rosterSize?: number): State {
  return provinceState(
    [
      unsentRow("อำเภอโคกโพธิ์", { roster_id: 2, district: "โคกโพธิ์", phone: "073-431-234", reporting: { state: "missing" } }),
      unsentRow("อำเภอหนองจิก", { roster_id: 3, district: "หนองจิก", phone: " ", reporting: { state: "not_due" } }),
      officeRow({ office_name: "อำเภอยะรัง", roster_id: 1, office_id: 4, bundles: 2, reporting: { state: "on_time" } }),
      officeRow({
        office_name: "เทศบาลเมืองปัตตานี",
        roster_id: null,
        office_id: 9,
        round_id: 12,
        bundles: 1,
        reporting: { state: "late", days: 4 },
      }),
      officeRow({ office_name: "ที่ทำการปกครองจังหวัดปัตตานี", roster_id: null, office_id: 1, is_local: true, bundles: 0 }),
    ],
    rosterSize,
  );
}

function rendered(state: State, actions = recordingActions().actions): HTMLElement {
  const root = document.createElement("div");
  render(appView(state, actions), root);
  return root;
}

const badges = (root: HTMLElement) => [...root.querySelectorAll("[data-reporting]")].map((badge) => badge.textContent);

describe("the overview over the roster", () => {
  afterEach(() => {
    vi.unstubAllGlobals();
    Reflect.deleteProperty(document, "execCommand");
  });

  it("counts the offices that sent and those that did not, this office aside", () => {
    expect(rendered(pattani()).querySelector("[data-sent-counts]")?.textContent).toBe("ส่งแล้ว 2 / ยังไม่ส่ง 2 / ทั้งหมด 4");
  });

  it("says in each row's badge whether the office sent, sent late, or has not sent before or after the date", () => {
    expect(badges(rendered(pattani()))).toEqual(["ยังไม่ส่ง (เลยกำหนด)", "ยังไม่ส่ง", "ส่งแล้ว", "ส่งช้า 4 วัน", "รอบของสำนักงานนี้"]);
  });

  it("shows each office's phone number, and a dash where there is none", () => {
    const phones = [...rendered(pattani()).querySelectorAll("[data-phone]")].map((cell) => cell.textContent);
    expect(phones).toEqual(["073-431-234", "—", "073-439-123", "073-439-123", "073-439-123"]);
  });

  it("copies one line per office not sent, with its number or that it has none, and says how many", async () => {
    const copied: string[] = [];
    vi.stubGlobal("navigator", { clipboard: { writeText: async (text: string) => void copied.push(text) } });
    const state = pattani();
    const controller = createController({} as Api, state, () => {});
    rendered(state, controller).querySelector<HTMLButtonElement>('[data-action="copy-unsent"]')!.click();
    await tick();
    expect(copied).toEqual(["อำเภอโคกโพธิ์ — โทร 073-431-234\nอำเภอหนองจิก — ไม่มีเบอร์"]);
    expect(state.notices.map((notice) => notice.text.th)).toEqual(["คัดลอกแล้ว 2 สำนักงาน"]);
  });

  it("copies through a hidden text box when the webview refuses the clipboard, and says so when both fail", async () => {
    vi.stubGlobal("navigator", { clipboard: { writeText: () => Promise.reject(new Error("not allowed")) } });
    let selected = "";
    document.execCommand = ((command: string) => {
      selected = command === "copy" ? (document.activeElement as HTMLTextAreaElement).value : "";
      return true;
    }) as typeof document.execCommand;
    const state = pattani();
    state.language = "en";
    const controller = createController({} as Api, state, () => {});
    controller.copyUnsent();
    await tick();
    expect(selected, "in the language on screen").toBe("อำเภอโคกโพธิ์ — tel. 073-431-234\nอำเภอหนองจิก — no number");
    expect(document.querySelector("textarea"), "the text box is gone again").toBeNull();

    document.execCommand = (() => false) as typeof document.execCommand;
    controller.copyUnsent();
    await tick();
    expect(state.notices.map((notice) => [notice.kind, notice.text.en])).toEqual([
      ["info", "Copied 2 offices"],
      ["error", "Could not copy; try again."],
    ]);
  });

  it("offers an office that sent without being listed for the roster, without opening its round", () => {
    const { actions, calls } = recordingActions();
    const root = rendered(pattani(), actions);
    const offered = [...root.querySelectorAll("[data-not-on-roster]")].map((badge) => badge.closest("tr")?.dataset.officeName);
    expect(offered, "not the listed offices, nor this office").toEqual(["เทศบาลเมืองปัตตานี"]);
    root.querySelector<HTMLButtonElement>('[data-office-name="เทศบาลเมืองปัตตานี"] [data-action="add-sender"]')!.click();
    expect(calls).toEqual([["addSenderToRoster", [9]]]);
  });

  it("offers nothing for the roster while there is none, and says how to make one", () => {
    const { actions, calls } = recordingActions();
    const root = rendered(pattani(0), actions);
    expect(root.querySelector("[data-not-on-roster]")).toBeNull();
    expect(root.querySelector('[data-action="add-sender"]')).toBeNull();
    expect(root.querySelector("[data-roster-hint]")?.textContent).toContain("ยังไม่มีรายชื่อสำนักงาน: เลือกจังหวัดเพื่อเพิ่มทุกอำเภอ");
    root.querySelector<HTMLButtonElement>('[data-action="open-roster-hint"]')!.click();
    expect(calls).toEqual([["openRoster", []]]);
    expect(rendered(pattani()).querySelector("[data-roster-hint]"), "no hint once there is a roster").toBeNull();
  });

  it("adds a sender to the roster and reads the overview again", async () => {
    const calls: string[] = [];
    const api = {
      addSenderToRoster: async (officeId: number) => {
        calls.push(`add_sender_to_roster ${officeId}`);
        return { id: 16, name: "เทศบาลเมืองปัตตานี" };
      },
      provinceStatus: async () => {
        calls.push("province_status");
        return pattani().province!.status!;
      },
    } as unknown as Api;
    const state = pattani();
    createController(api, state, () => {}).addSenderToRoster(9);
    await tick();
    expect(calls).toEqual(["add_sender_to_roster 9", "province_status"]);
    expect(state.notices[0].text.th).toBe('เพิ่ม "เทศบาลเมืองปัตตานี" ในรายชื่อแล้ว');
  });
});
