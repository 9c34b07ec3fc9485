//! Starting a round from an earlier one (issue 16). A maintenance report starts by default
//! from the office's newest approved application round, with its statuses and notes; an
//! application starts fresh. The request says exactly what to carry; the notice afterwards
//! says what came along and which items need new photos. Until an answer is saved, it and
//! its carried evidence say "จากรอบ X".

import { render } from "lit";
import { describe, expect, it, vi } from "vitest";
import type { Answer, CarriedRound, Checklist } from "../bindings";
import { createController } from "../controller";
import { emptyAnswer, type State } from "../state";
import { readyState } from "../test-fixtures/bundles";
import { newPackageStore, OFFICE_ROUNDS, type PackageStore, packageApi } from "../test-fixtures/package";
import { appView } from "./app";

const settle = async () => {
  for (let i = 0; i < 10; i++) await new Promise((resolve) => setTimeout(resolve, 0));
};

function mount(state: State, store: PackageStore) {
  const root = document.createElement("div");
  // In the page: a form submits only from there.
  document.body.replaceChildren(root);
  const controller = createController(packageApi(store), state, () => render(appView(state, controller), root));
  render(appView(state, controller), root);
  return root;
}

function change(element: HTMLInputElement | HTMLSelectElement, value: string | boolean, event = "change"): void {
  if (typeof value === "boolean") (element as HTMLInputElement).checked = value;
  else element.value = value;
  element.dispatchEvent(new Event(event, { bubbles: true }));
}

async function openNewRound(store = newPackageStore()) {
  const state = readyState(OFFICE_ROUNDS[0], OFFICE_ROUNDS);
  const root = mount(state, store);
  change(root.querySelector<HTMLSelectElement>(".round-select")!, "new");
  const dialog = () => root.querySelector<HTMLElement>('[data-modal="new-round"]')!;
  const source = () => dialog().querySelector<HTMLSelectElement>('select[name="from-round"]')!;
  const create = async () => {
    store.calls.length = 0;
    dialog().querySelector<HTMLButtonElement>('button[type="submit"]')!.click();
    await settle();
  };
  return { state, root, dialog, source, create, store };
}

describe("starting a new round from an earlier one", () => {
  it("offers the office's rounds, starting an application fresh", async () => {
    const { dialog, source } = await openNewRound();
    expect([...source().options].map((o) => o.textContent)).toEqual([
      "เริ่มใหม่ทั้งหมด",
      "ปีงบประมาณ 2570 การสมัครขอรับรอง (กำลังจัดทำ)",
      "ปีงบประมาณ 2569 การสมัครขอรับรอง (อนุมัติแล้ว)",
      "ปีงบประมาณ 2569 รักษามาตรฐาน รอบ 6 เดือน (อนุมัติแล้ว)",
      "ปีงบประมาณ 2568 การสมัครขอรับรอง (อนุมัติแล้ว)",
    ]);
    expect(source().value).toBe("");
    expect(dialog().querySelector('input[name="carry-statuses"]'), "nothing to carry from nothing").toBeNull();
  });

  it("starts a maintenance report from the newest approved application round, with statuses and notes, and sends exactly that", async () => {
    const { dialog, source, create, store } = await openNewRound();
    change(dialog().querySelector<HTMLSelectElement>('select[name="round-kind"]')!, "maintenance-6-month");
    expect(source().value, "2569's certified round, not this year's draft").toBe("3");
    expect(dialog().querySelector<HTMLInputElement>('input[name="carry-statuses"]')!.checked).toBe(true);
    expect(dialog().querySelector<HTMLInputElement>('input[name="carry-notes"]')!.checked).toBe(true);
    change(dialog().querySelector<HTMLInputElement>('input[name="evidence-before"]')!, "1/10/2569", "input");
    expect(dialog().querySelector(".carry-date [data-date-read]")?.textContent).toBe("1 ต.ค. 2569");
    await create();
    expect(store.calls.slice(0, 2)).toEqual([
      [
        "create_round_from",
        {
          input: { kind: "maintenance-6-month", fiscal_year_be: 2570, pack_id: null, pack_version: null },
          carry: { from_round: 3, statuses: true, notes: true, evidence_before: "2026-10-01" },
        },
      ],
      ["list_rounds", {}],
    ]);
  });

  it("carries only what is ticked, and opens a fresh round when the clerk chooses to start from nothing", async () => {
    const first = await openNewRound();
    change(first.dialog().querySelector<HTMLSelectElement>('select[name="round-kind"]')!, "maintenance-12-month");
    change(first.dialog().querySelector<HTMLInputElement>('input[name="carry-notes"]')!, false);
    await first.create();
    expect(first.store.calls[0]).toEqual([
      "create_round_from",
      {
        input: { kind: "maintenance-12-month", fiscal_year_be: 2570, pack_id: null, pack_version: null },
        carry: { from_round: 3, statuses: true, notes: false, evidence_before: null },
      },
    ]);

    const second = await openNewRound();
    change(second.source(), "");
    change(second.dialog().querySelector<HTMLSelectElement>('select[name="round-kind"]')!, "maintenance-6-month");
    expect(second.source().value, "the clerk's choice stays when the kind changes").toBe("");
    await second.create();
    expect(second.store.calls[0]).toEqual([
      "create_round",
      { input: { kind: "maintenance-6-month", fiscal_year_be: 2570, pack_id: null, pack_version: null } },
    ]);
  });

  it("refuses an evidence date it cannot read, saying why, and opens nothing", async () => {
    const { state, dialog, create, store } = await openNewRound();
    change(dialog().querySelector<HTMLSelectElement>('select[name="round-kind"]')!, "maintenance-6-month");
    change(dialog().querySelector<HTMLInputElement>('input[name="evidence-before"]')!, "1/10/2026", "input");
    await create();
    expect(store.calls).toEqual([]);
    expect(dialog().querySelector('[role="alert"]')?.getAttribute("data-error-code")).toBe("INVALID_INPUT");
    expect(state.modal?.kind).toBe("new_round");
  });

  it("says afterwards what came along, which items need new photos and which were left behind, until dismissed", async () => {
    const carried = (round: CarriedRound["round"]): CarriedRound => ({
      round,
      from_round: 3,
      answers: 12,
      links: 30,
      stale_evidence: ["physical.lighting", "physical.restrooms"],
      left_behind: ["quality.workforce-analysis"],
    });
    const { root, dialog, create } = await openNewRound(newPackageStore({ carried }));
    change(dialog().querySelector<HTMLSelectElement>('select[name="round-kind"]')!, "maintenance-6-month");
    const timers = vi.spyOn(globalThis, "setTimeout");
    await create();
    expect(
      timers.mock.calls.filter(([, delay]) => (delay ?? 0) > 1000),
      "a list to act on does not go by itself, as other information does",
    ).toEqual([]);
    timers.mockRestore();
    expect([...root.querySelectorAll('[data-notice="info"] .notice-line')].map((line) => line.textContent)).toEqual([
      "นำมาจากรอบ 2569 การสมัครขอรับรอง: คำตอบ 12 ข้อ หลักฐาน 30 รายการ",
      "ควรถ่ายรูปใหม่: 8 แสงสว่างในพื้นที่บริการเพียงพอ, 10 ห้องน้ำสะอาดและถูกสุขลักษณะ",
      "ไม่ได้นำมา เพราะเกณฑ์ของรอบใหม่ไม่มีข้อนี้: 3.1 วิเคราะห์กำลังคนเพื่อจัดเจ้าหน้าที่ให้เพียงพอในช่วงที่มีผู้รับบริการมากและช่วงพักกลางวัน",
    ]);
  });
});

describe("the badge of what came from an earlier round", () => {
  const ITEM = "physical.service-hours";

  function carriedChecklist(from: number): Checklist {
    const checklist = structuredClone(readyState(OFFICE_ROUNDS[0], OFFICE_ROUNDS).checklist!);
    const answer: Answer = {
      ...emptyAnswer(),
      status: "met",
      note: "ติดป้ายเวลาเปิดให้บริการแล้ว",
      round_id: 5,
      item_id: ITEM,
      updated_at: "2026-03-01T03:00:00Z",
      updated_by: "unknown",
      carried_from_round: from,
    };
    checklist.answers = [answer];
    checklist.evidence = [
      {
        id: 7,
        sha256: "a".repeat(64),
        original_name: "ประกาศเวลาทำการ.pdf",
        size: 120_000,
        format: "pdf",
        added_at: "2026-01-10T02:00:00Z",
        added_by: "",
        reduced_from: null,
      },
    ];
    checklist.links = [
      {
        round_id: 5,
        item_id: ITEM,
        evidence_id: 7,
        evidence_type: "",
        linked_at: "2026-11-22T03:00:00Z",
        linked_by: "",
        carried_from_round: from,
      },
    ];
    // Its only file is older than the day chosen when the round started.
    checklist.item_evidence = [{ item_id: ITEM, files: 1, rule: null, unmet: null, needs_new_photo: true }];
    return checklist;
  }

  async function showCarried(from: number) {
    const store = newPackageStore();
    store.checklists.set(5, carriedChecklist(from));
    const state = readyState(OFFICE_ROUNDS[0], OFFICE_ROUNDS);
    const root = mount(state, store);
    // Switching to the round reads it as a fresh start would.
    change(root.querySelector<HTMLSelectElement>(".round-select")!, "5");
    await settle();
    const badge = (where: string) => root.querySelector(`${where} [data-carried-from]`)?.textContent ?? null;
    return { root, store, badge };
  }

  it('says "จากรอบ" and the round in words on the item and beside its carried file', async () => {
    const { badge } = await showCarried(3);
    expect(badge(`[data-item-id="${ITEM}"] .item-tags`)).toBe("จากรอบ 2569 การสมัครขอรับรอง");
    expect(badge('[data-evidence-id="7"]')).toBe("จากรอบ 2569 การสมัครขอรับรอง");
    expect(badge('[data-item-id="physical.lighting"] .item-tags'), "nothing on an item not carried").toBeNull();
  });

  it("marks an item whose evidence is all older than the day chosen as needing a new photo", async () => {
    const { root } = await showCarried(3);
    expect(root.querySelector(`[data-item-id="${ITEM}"] [data-needs-new-photo]`)?.textContent).toBe("ควรถ่ายรูปใหม่");
    expect(root.querySelectorAll("[data-needs-new-photo]")).toHaveLength(1);
  });

  it("names a round it does not know by its number", async () => {
    const { badge } = await showCarried(9);
    expect(badge(`[data-item-id="${ITEM}"] .item-tags`)).toBe("จากรอบ หมายเลข 9");
  });

  it("goes from the item once it is saved, sending the answer without where it came from; the file keeps its badge", async () => {
    const { root, store, badge } = await showCarried(3);
    store.calls.length = 0;
    root.querySelector<HTMLInputElement>(`[data-item-id="${ITEM}"] input[value="in_progress"]`)!.click();
    await settle();
    expect(store.calls).toEqual([
      ["save_answer", { roundId: 5, itemId: ITEM, input: { ...emptyAnswer(), status: "in_progress", note: "ติดป้ายเวลาเปิดให้บริการแล้ว" } }],
    ]);
    expect(badge(`[data-item-id="${ITEM}"] .item-tags`)).toBeNull();
    expect(badge('[data-evidence-id="7"]')).toBe("จากรอบ 2569 การสมัครขอรับรอง");
  });
});
