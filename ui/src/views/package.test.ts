//! The province package's dialogs (issue 16). The province sends the edition it chose and
//! the year's report dates it ticked, and is shown the file and the fingerprint to give
//! out by phone. An office sees who signed a package and what it would change; a key it
//! does not know, or one that changed, must be checked with the province (a box ticked)
//! before the import button works; a refusal says why and what to do, by its code.

import { render } from "lit";
import { describe, expect, it } from "vitest";
import { createController } from "../controller";
import type { State } from "../state";
import { readyState } from "../test-fixtures/bundles";
import { newPackageStore, type PackageStore, packageApi, preview } from "../test-fixtures/package";
import { provinceState } from "../test-fixtures/province";
import { appView } from "./app";

const settle = async () => {
  for (let i = 0; i < 10; i++) await new Promise((resolve) => setTimeout(resolve, 0));
};

function mount(state: State, store: PackageStore, fail: Parameters<typeof packageApi>[1] = {}) {
  const root = document.createElement("div");
  // In the page: a form submits only from there.
  document.body.replaceChildren(root);
  const controller = createController(packageApi(store, fail), state, () => render(appView(state, controller), root));
  render(appView(state, controller), root);
  const click = (selector: string) => root.querySelector<HTMLElement>(selector)!.click();
  const text = (selector: string) => root.querySelector(selector)?.textContent?.replace(/\s+/g, " ").trim() ?? null;
  return { root, click, text };
}

const tick = (box: HTMLInputElement, checked: boolean) => {
  box.checked = checked;
  box.dispatchEvent(new Event("change", { bubbles: true }));
};

describe("the province's dialog to send its criteria", () => {
  async function openExport(packageStore = newPackageStore()) {
    const state = provinceState([]);
    state.role = "province";
    const screen = mount(state, packageStore);
    screen.click('[data-action="send-package"]');
    await settle();
    packageStore.calls.length = 0;
    const dialog = () => screen.root.querySelector<HTMLElement>('[data-modal="package-export"]')!;
    return { ...screen, state, dialog, calls: packageStore.calls };
  }

  it("offers the editions newest first, marking the shipped ones, and every kind of the overview's year ticked with its dates", async () => {
    const { dialog } = await openExport();
    const options = [...dialog().querySelectorAll<HTMLOptionElement>('select[name="package-edition"] option')];
    expect(options.map((o) => o.textContent)).toEqual([
      "เกณฑ์ GECC 2568 ฉบับจังหวัดปัตตานี รุ่น 3",
      "เกณฑ์มาตรฐานศูนย์ราชการสะดวก (GECC) ประจำปี 2568 รุ่น 2 · มากับโปรแกรม",
      "เกณฑ์มาตรฐานศูนย์ราชการสะดวก (GECC) ประจำปี 2568 รุ่น 1 · มากับโปรแกรม",
    ]);
    expect(options[0].selected, "the newest chosen").toBe(true);
    expect(dialog().querySelector("legend")?.textContent).toBe("วันกำหนดส่งรายงานที่ส่งไปด้วย ปีงบประมาณ 2570");
    const boxes = [...dialog().querySelectorAll<HTMLInputElement>('[data-package-dates] input[type="checkbox"]')];
    expect(boxes.map((box) => box.checked)).toEqual([true, true, true]);
    expect(dialog().querySelector('[data-package-dates="application"] .hint')?.textContent).toBe("31 ม.ค. 2570 · จังหวัดกำหนดเอง");
    expect(dialog().querySelector('[data-package-dates="maintenance-6-month"] .hint')?.textContent).toBe("ไม่มีวันกำหนดส่ง · ตามหนังสือกรมฯ");
  });

  it("sends exactly the edition chosen and the kinds ticked, then shows the file, its fingerprint to give by phone and its folder", async () => {
    const { dialog, click, text, calls } = await openExport();
    const select = dialog().querySelector<HTMLSelectElement>('select[name="package-edition"]')!;
    select.value = "gecc-2568@2";
    select.dispatchEvent(new Event("change", { bubbles: true }));
    tick(dialog().querySelector<HTMLInputElement>('input[name="dates-maintenance-12-month"]')!, false);
    click('[data-modal="package-export"] button[type="submit"]');
    await settle();
    expect(calls).toEqual([
      [
        "export_province_package",
        {
          request: {
            pack_id: "gecc-2568",
            pack_version: 2,
            report_dates: [
              { fiscal_year_be: 2570, kind: "application" },
              { fiscal_year_be: 2570, kind: "maintenance-6-month" },
            ],
          },
        },
      ],
    ]);
    expect(text("[data-package-file]")).toBe("ชุดเกณฑ์จังหวัดปัตตานี-gecc-2568-v2.zip");
    expect(text("[data-package-key]")).toBe("ลายนิ้วมือกุญแจ 4F2A-91C3-77DE-0B15: ให้สำนักงานตรวจทางโทรศัพท์");
    expect(text("[data-package-written] .path")).toBe("/media/province/GECC");
    click('[data-modal="package-export"] [data-action="open-export-folder"]');
    await settle();
    expect(calls.at(-1)?.[0], "the shell opens the folder it wrote to").toBe("open_export_folder");
  });

  it("goes back to the choices when the folder dialog is cancelled, with nothing written", async () => {
    const packageStore = newPackageStore();
    const api = packageApi(packageStore);
    const state = provinceState([]);
    state.role = "province";
    const root = document.createElement("div");
    document.body.replaceChildren(root);
    const controller = createController({ ...api, exportProvincePackage: async () => null }, state, () =>
      render(appView(state, controller), root),
    );
    render(appView(state, controller), root);
    root.querySelector<HTMLElement>('[data-action="send-package"]')!.click();
    await settle();
    root.querySelector<HTMLElement>('[data-modal="package-export"] button[type="submit"]')!.click();
    await settle();
    expect(root.querySelector('[data-modal="package-export"] select[name="package-edition"]')).not.toBeNull();
    expect(root.querySelector("[data-package-written]")).toBeNull();
  });
});

describe("an office's dialog to import the province's criteria", () => {
  async function choose(packageStore: PackageStore, fail: Parameters<typeof packageApi>[1] = {}) {
    const state = readyState();
    state.rounds = packageStore.rounds;
    const screen = mount(state, packageStore, fail);
    screen.click('[data-action="choose-package"]');
    await settle();
    const dialog = () => screen.root.querySelector<HTMLElement>('[data-modal="package-import"]');
    const importButton = () => dialog()!.querySelector<HTMLButtonElement>('button[type="submit"]');
    return { ...screen, state, dialog, importButton };
  }

  it("shows the province, the fingerprint and what the edition changes: items, parts, rounds and dates", async () => {
    const { text, root } = await choose(newPackageStore());
    expect(text("[data-package-province]")).toBe("จังหวัดปัตตานี");
    expect(text("[data-package-fingerprint]")).toBe("4F2A-91C3-77DE-0B15");
    expect(text("[data-package-edition]")).toBe("เกณฑ์ GECC 2568 ฉบับจังหวัดปัตตานี รุ่น 3 (จากรุ่น 2)");
    expect([...root.querySelectorAll('[data-items="added"] li')].map((li) => li.textContent?.replace(/\s+/g, " ").trim())).toEqual([
      "2.5 มีช่องทางรับฟังความคิดเห็นข้อที่ 5 2 คะแนน",
      "2.6 มีช่องทางรับฟังความคิดเห็นข้อที่ 6 2 คะแนน",
      "2.7 มีช่องทางรับฟังความคิดเห็นข้อที่ 7 2 คะแนน",
    ]);
    expect(text('[data-package-parts] [data-part="quality"]'), "before, becomes, after").toBe("ด้านคุณภาพ 8 เป็น 11 8 เป็น 14");
    expect(text('[data-package-rounds] [data-round="5"]')).toBe("ปีงบประมาณ 2570 · การสมัครขอรับรอง: ย้ายไปใช้รุ่น 3 คำตอบตามไปด้วย");
    expect(text('[data-package-rounds] [data-round="3"]')).toBe(
      "ปีงบประมาณ 2569 · การสมัครขอรับรอง: คงรุ่น 2 · ส่งหรืออนุมัติแล้ว จึงไม่ย้าย (ปลดล็อกก่อนหากต้องการย้าย)",
    );
    expect(text('[data-package-dates] [data-dates="2570/application"]')).toBe(
      "ปีงบประมาณ 2570 · การสมัครขอรับรอง: 25 ม.ค. 2570 รายงานจังหวัด ครั้งที่ ๑ · 26 ก.พ. 2570 รายงานจังหวัด ครั้งที่ ๒",
    );
  });

  it("with a key it knows, says so and imports at once, without accepting any key", async () => {
    const packageStore = newPackageStore({ chosen: preview({ trust: { state: "known" } }) });
    const { text, dialog, importButton } = await choose(packageStore);
    expect(text('[data-key-trust="known"]')).toBe("กุญแจเดิมของจังหวัด");
    expect(dialog()!.querySelector('input[name="key-checked"]')).toBeNull();
    expect(importButton()!.disabled).toBe(false);
    importButton()!.click();
    await settle();
    expect(packageStore.calls.find(([command]) => command === "import_province_package")).toEqual([
      "import_province_package",
      { acceptNewKey: false },
    ]);
  });

  it("with a new key, warns to phone the province and keeps the import button off until the check is ticked", async () => {
    const packageStore = newPackageStore();
    const { state, text, dialog, importButton, root } = await choose(packageStore);
    expect(text('[data-key-trust="new"] p')).toBe("ยังไม่รู้จักกุญแจนี้: โทรถามจังหวัดว่าลายนิ้วมือตรงกันก่อน");
    expect(importButton()!.textContent).toBe("นำเข้า");
    expect(importButton()!.disabled, "not before the fingerprint is checked").toBe(true);
    const box = dialog()!.querySelector<HTMLInputElement>('input[name="key-checked"]')!;
    expect(box.closest("label")?.textContent?.trim()).toBe("ตรวจลายนิ้วมือกับจังหวัดแล้ว");
    tick(box, true);
    expect(importButton()!.disabled).toBe(false);
    tick(box, false);
    expect(importButton()!.disabled, "untick, and it is off again").toBe(true);
    tick(box, true);
    packageStore.calls.length = 0;
    importButton()!.click();
    await settle();
    expect(packageStore.calls.map(([command]) => command)).toEqual([
      "import_province_package",
      "get_office",
      "list_rounds",
      "list_packs",
      "get_checklist",
    ]);
    expect(packageStore.calls[0]).toEqual(["import_province_package", { acceptNewKey: true }]);
    expect(state.modal, "closed once imported").toBeNull();
    expect(root.querySelector('[data-notice="info"] span')?.textContent).toBe(
      "นำเข้าชุดเกณฑ์ของจังหวัดปัตตานีแล้ว: เกณฑ์ GECC 2568 ฉบับจังหวัดปัตตานี รุ่น 3 · ย้ายรอบมาใช้รุ่นนี้ 1 รอบ",
    );
  });

  it("with a changed key, names both fingerprints in a stronger warning and waits for the same check", async () => {
    const changed = preview({ trust: { state: "changed", known_fingerprint: "9C01-55AB-E2F0-7D34" } });
    const { text, dialog, importButton } = await choose(newPackageStore({ chosen: changed }));
    const warning = text('[data-key-trust="changed"] p')!;
    expect(warning).toContain("9C01-55AB-E2F0-7D34");
    expect(warning).toContain("4F2A-91C3-77DE-0B15");
    expect(warning).toContain("โทรถามจังหวัด");
    expect(dialog()!.querySelector('[data-key-trust="changed"]')?.className).toBe("danger-box");
    expect(importButton()!.disabled).toBe(true);
    tick(dialog()!.querySelector<HTMLInputElement>('input[name="key-checked"]')!, true);
    expect(importButton()!.disabled).toBe(false);
  });

  it("says a package taken in already changes nothing, and offers no import", async () => {
    const { text, importButton } = await choose(newPackageStore({ chosen: preview({ trust: { state: "known" }, already_taken: true }) }));
    expect(text("[data-already-taken]")).toBe("นำเข้าแล้ว ไม่มีอะไรเปลี่ยน");
    expect(importButton()).toBeNull();
  });

  it("closes when the file dialog is cancelled", async () => {
    const { state } = await choose(newPackageStore({ chosen: null }));
    expect(state.modal).toBeNull();
  });

  it("shows why a file is refused (BUNDLE_REFUSED) and what to do, with a way to choose another", async () => {
    const refused = {
      code: "BUNDLE_REFUSED",
      th: "ไฟล์ถูกแก้ไขหลังลงนาม: data/criteria-pack.json",
      en: "Changed after signing: data/criteria-pack.json",
    };
    const { dialog, importButton } = await choose(newPackageStore({ chosen: refused }));
    const error = dialog()!.querySelector('[role="alert"]')!;
    expect(error.getAttribute("data-error-code")).toBe("BUNDLE_REFUSED");
    expect(error.textContent).toContain("ไฟล์ถูกแก้ไขหลังลงนาม: data/criteria-pack.json");
    expect(error.textContent).toContain("ขอไฟล์ใหม่จากจังหวัด");
    expect(importButton()).toBeNull();
    expect(dialog()!.querySelector('[data-action="choose-package"]')?.textContent).toBe("เลือกไฟล์อื่น…");
  });

  it("keeps the preview when the office's own edition is in the way (PACK_CONFLICT), saying what to ask the province", async () => {
    const conflict = { code: "PACK_CONFLICT", th: "มีชุดเกณฑ์ gecc-2568 รุ่น 3 อื่นอยู่แล้ว", en: "Another gecc-2568 version 3 is installed" };
    const packageStore = newPackageStore({ chosen: preview({ trust: { state: "known" } }) });
    const { state, dialog, importButton } = await choose(packageStore, { import_province_package: conflict });
    importButton()!.click();
    await settle();
    const error = dialog()!.querySelector('[role="alert"]')!;
    expect(error.getAttribute("data-error-code")).toBe("PACK_CONFLICT");
    expect(error.textContent).toContain("มีชุดเกณฑ์ gecc-2568 รุ่น 3 อื่นอยู่แล้ว");
    expect(error.textContent).toContain("ให้บันทึกเป็นรุ่นถัดไป");
    expect(dialog()!.querySelector("[data-package-edition]"), "the preview stays").not.toBeNull();
    expect(state.modal?.kind).toBe("package_import");
    expect(
      packageStore.calls.filter(([command]) => command === "list_rounds"),
      "nothing to reload",
    ).toEqual([]);
  });
});
