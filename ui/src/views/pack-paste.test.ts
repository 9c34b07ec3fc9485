//! The pack editor of issue 16 rendered into a DOM: the quality part's 25 advanced items
//! pasted from the manual (previewed, three set to 6 points, added with ids from their
//! numbers and taken off the declared items), the structure check, new items' ids
//! following their numbers, and evidence rules chosen by the kinds' Thai names.

import { describe, expect, it } from "vitest";
import { openPackEditor } from "../test-fixtures/pack-editor";
import { pointsBoxKey } from "../pack-editor";
import { MANUAL_PASTE, NEW_CODES, SIX_POINT_CODES } from "../test-fixtures/manual-2568";
import { PACK_2568 } from "../test-fixtures/pack";

function openEditor() {
  const { root, state, controller } = openPackEditor(PACK_2568, "gecc-2568 v2");
  const type = (selector: string, text: string, at: ParentNode = root) => {
    const box = at.querySelector<HTMLInputElement | HTMLTextAreaElement>(selector)!;
    box.value = text;
    box.dispatchEvent(new Event("input", { bubbles: true }));
  };
  const click = (selector: string) => root.querySelector<HTMLElement>(selector)!.click();
  const text = (selector: string) => root.querySelector(selector)?.textContent?.replace(/\s+/g, " ").trim() ?? "";
  const lines = (selector: string) =>
    [...root.querySelectorAll(selector)].map((element) => element.textContent!.replace(/\s+/g, " ").trim());
  const quality = () => state.editor!.draft.parts.find((p) => p.id === "quality")!;
  return { root, state, controller, type, click, text, lines, quality };
}

const QUALITY = '[data-editor-part="quality"]';

describe("pasting the quality part's items from the manual", () => {
  it("previews one row per number, flags the numbers the part has, and says what was skipped", () => {
    const { root, type, click, text, lines } = openEditor();
    click(`${QUALITY} [data-action="open-paste"]`);
    type(`${QUALITY} textarea[name="paste"]`, MANUAL_PASTE);
    const rows = [...root.querySelectorAll<HTMLElement>("[data-paste-row]")];
    expect(rows.map((row) => row.dataset.pasteRow)).toHaveLength(27);
    expect(text("[data-paste-count]")).toBe("พบ 27 ข้อ เพิ่มได้ 25 ข้อ");
    const flagged = rows.filter((row) => row.querySelector("[data-paste-flag]")).map((row) => row.dataset.pasteRow);
    expect(flagged, "2.8 and 2.12 are in the pack already").toEqual(["2.8", "2.12"]);
    const row25 = root.querySelector('[data-paste-row="2.5"]')!;
    expect(row25.querySelector<HTMLSelectElement>('select[name="paste-level"]')!.value, "advanced, as the part declared").toBe("advanced");
    expect(row25.querySelector<HTMLInputElement>('input[name="paste-points"]')!.value, "2, as most declared items are worth").toBe("2");
    expect(root.querySelector<HTMLSelectElement>('[data-paste-row="3.2"] select[name="paste-section"]')!.value).toBe("quality-3");
    expect(text("[data-paste-skipped] summary")).toBe("ข้ามไป 8 บรรทัด");
    expect(text("[data-paste-skipped]")).toContain("บรรทัด 9: หน้า 12 · เลขหน้า");
    expect(lines("[data-paste-plan] p"), "25 × 2 points is 3 more than the 22 declared").toEqual([
      "เมื่อเพิ่มแล้ว ข้อที่ยังไม่มีรายการจะลดลงตามที่เพิ่ม: ขั้นสูง ข้อละ 2 คะแนน จาก 22 เหลือ 0 ข้อ",
      "3 ข้อขั้นสูง ข้อละ 2 คะแนน เกินจากที่ประกาศไว้",
      "คะแนนรวมของด้านคุณภาพจะเปลี่ยนจาก 70 เป็น 76 คะแนน",
    ]);
  });

  it("adds the 25 items, three of them set to 6 points, with ids from their numbers, and the part still adds up to 62", () => {
    const { root, state, type, click, text, lines, quality } = openEditor();
    click(`${QUALITY} [data-action="open-paste"]`);
    type(`${QUALITY} textarea[name="paste"]`, MANUAL_PASTE);
    for (const code of SIX_POINT_CODES) type(`[data-paste-row="${code}"] input[name="paste-points"]`, "๖");
    expect(lines("[data-paste-plan] p")).toEqual([
      "เมื่อเพิ่มแล้ว ข้อที่ยังไม่มีรายการจะลดลงตามที่เพิ่ม: ขั้นสูง ข้อละ 2 คะแนน จาก 22 เหลือ 0 ข้อ, ขั้นสูง ข้อละ 6 คะแนน จาก 3 เหลือ 0 ข้อ",
      "คะแนนรวมของด้านคุณภาพจึงยังเป็น 70 คะแนน เท่าเดิม",
    ]);
    click('[data-action="add-pasted"]');
    expect(state.editor!.paste, "the box closes").toBeNull();
    const added = quality()
      .sections.flatMap((s) => s.items)
      .filter((item) => item.level === "advanced");
    expect(added.map((item) => item.code).sort()).toEqual([...NEW_CODES].sort());
    expect(added.find((item) => item.code === "2.10")).toMatchObject({
      id: "quality.2-10",
      points: 2,
      title: { th: "มีการให้บริการแบบเบ็ดเสร็จ ณ จุดเดียว (One Stop Service)" },
    });
    expect(added.filter((item) => item.points === 6).map((item) => item.id)).toEqual(["quality.3-9", "quality.3-10", "quality.3-11"]);
    expect(
      quality()
        .sections[0].items.map((item) => item.code)
        .slice(0, 6),
      "each at its number's place",
    ).toEqual(["2.1", "2.2", "2.3", "2.4", "2.5", "2.6"]);
    expect(quality().undisclosed, "nothing left declared").toEqual([]);
    expect(text(`${QUALITY} [data-structure]`)).toBe("ด้านคุณภาพ ขั้นสูง: กรอกแล้ว 22 ข้อ × 2 คะแนน + 3 ข้อ × 6 คะแนน = 62 คะแนน ตรงกับที่ประกาศ");
    expect(root.querySelector(`${QUALITY} [data-structure]`)!.getAttribute("data-matches")).toBe("true");
    expect(state.notices.at(-1)?.text.th).toBe("เพิ่ม 25 ข้อในด้านคุณภาพแล้ว");
  });

  it("warns when the items added do not match what was declared", () => {
    const { type, click, text, lines } = openEditor();
    click(`${QUALITY} [data-action="open-paste"]`);
    type(`${QUALITY} textarea[name="paste"]`, MANUAL_PASTE);
    click('[data-action="add-pasted"]');
    expect(text(`${QUALITY} [data-structure] strong`)).toBe("ด้านคุณภาพ ขั้นสูง: ไม่ตรงกับที่ประกาศ");
    expect(lines(`${QUALITY} [data-structure] li`), "three 2-point items too many; the 6-point ones are still declared").toEqual([
      "มี 25 ข้อ ข้อละ 2 คะแนน แต่ประกาศไว้ 22 ข้อ",
      "รวม 68 คะแนน แต่ประกาศไว้ 62 คะแนน",
    ]);
  });

  it("says so when a line that begins like an item is out of order and kept as text", () => {
    const { type, click, text } = openEditor();
    click(`${QUALITY} [data-action="open-paste"]`);
    type(`${QUALITY} textarea[name="paste"]`, "2.6 ลดระยะเวลารอคอยลง\n1.5 เท่าจากปีก่อน");
    expect(text("[data-paste-kept]")).toBe("บรรทัด 2 ขึ้นต้นด้วย 1.5 ซึ่งไม่เรียงต่อจากข้อก่อน จึงถือเป็นข้อความของข้อ 2.6");
    expect(text('[data-paste-row="2.6"]')).toContain("ลดระยะเวลารอคอยลง 1.5 เท่าจากปีก่อน");
  });

  it("moves what was typed in a points box down with its row when pasted items go above it", () => {
    const { state, type, click, root } = openEditor();
    const section = state.editor!.draft.parts[1].sections[0];
    type(`${QUALITY} tbody tr[data-draft-item="quality.continuous-improvement"] input[name="points"]`, "1,5");
    click(`${QUALITY} [data-action="open-paste"]`);
    type(`${QUALITY} textarea[name="paste"]`, "2.5 ก\n2.6 ข");
    click('[data-action="add-pasted"]');
    expect(section.items[6].id).toBe("quality.continuous-improvement");
    expect(state.typed.get(pointsBoxKey("quality", section.id, 6))?.text).toBe("1,5");
    expect(root.querySelector<HTMLInputElement>('[data-draft-item="quality.continuous-improvement"] input[name="points"]')!.value).toBe(
      "1,5",
    );
  });
});

describe("new items' ids", () => {
  it("follow the number typed for a new item; an item the pack had keeps its id, and no id is typed by hand", () => {
    const { root, type, click } = openEditor();
    expect(root.querySelectorAll('input[name="id"]')).toHaveLength(0);
    click(`${QUALITY} [data-action="fill-in"]`);
    const row = () =>
      root.querySelector<HTMLElement>(`${QUALITY} tr[data-draft-item="quality.3-2"], ${QUALITY} tr[data-draft-item="quality.2-5"]`)!;
    expect(row().querySelector<HTMLInputElement>('input[name="code"]')!.value, "offered the section's next number").toBe("3.2");
    type('input[name="code"]', "2.5", row());
    expect(row().dataset.draftItem).toBe("quality.2-5");
    expect(row().querySelector("[data-item-id-text]")!.textContent).toBe("quality.2-5");
    type('input[name="code"]', "2.1.1", root.querySelector('[data-draft-item="quality.needs-survey"]')!);
    expect(root.querySelector<HTMLInputElement>('[data-draft-item="quality.needs-survey"] input[name="code"]')!.value, "its id stays").toBe(
      "2.1.1",
    );
  });

  it("are made from the section's next free number for an item added by hand", () => {
    const { root, state, controller } = openEditor();
    controller.addDraftItem("quality", "quality-2");
    expect(state.editor!.draft.parts[1].sections[0].items.at(-1)).toMatchObject({ code: "2.5", id: "quality.2-5" });
    controller.addDraftItem("quality", "quality-2");
    expect(state.editor!.draft.parts[1].sections[0].items.at(-1), "2.5 is taken now").toMatchObject({ code: "2.6", id: "quality.2-6" });
    expect(root.querySelectorAll('[data-draft-item="quality.2-6"]')).toHaveLength(1);
  });
});

describe("choosing an evidence rule by the kinds' Thai names", () => {
  it("makes 'report & photo' from ticked kinds with และ, and 'report | photo' with หรือ", () => {
    const { root, state, click } = openEditor();
    const row = '[data-draft-item="quality.follow-up-plan"]';
    click(`${row} [data-action="choose-rule"]`);
    const chooser = root.querySelector('[data-rule-chooser="quality.follow-up-plan"]')!;
    const tick = (id: string) => chooser.querySelector<HTMLInputElement>(`input[name="rule-kind"][value="${id}"]`)!.click();
    const item = () => state.editor!.draft.parts[1].sections[0].items.find((i) => i.id === "quality.follow-up-plan")!;
    expect(chooser.querySelector<HTMLInputElement>('input[value="plan"]')!.checked, "the rule it had").toBe(true);
    tick("plan");
    tick("report");
    tick("photo");
    expect(item().evidence_rule).toBe("report & photo");
    expect(root.querySelector("[data-rule-result] strong")!.textContent!.replace(/\s+/g, "")).toBe("รายงานและภาพถ่าย");
    root.querySelector<HTMLInputElement>('[data-rule-chooser] input[type="radio"][value="any"]')!.click();
    expect(item().evidence_rule).toBe("report | photo");
    click('[data-action="rule-done"]');
    expect(root.querySelector("[data-rule-chooser]")).toBeNull();
    expect(root.querySelector(`${row} [data-rule-words]`)!.textContent!.replace(/\s+/g, "")).toBe("รายงานหรือภาพถ่าย");
  });

  it("shows a rule it cannot hold in Thai words, read-only, with the advanced text box one click away", () => {
    const { root, state, click, type } = openEditor();
    const row = '[data-draft-item="quality.survey-analysis"]';
    expect(root.querySelector(`${row} [data-rule-words]`)!.textContent!.replace(/\s+/g, "")).toBe("รายงานและ(ภาพถ่ายหรือเอกสารอื่น)");
    expect(root.querySelector(`${row} [data-action="choose-rule"]`)).toBeNull();
    click(`${row} [data-action="advanced-rule"]`);
    const box = root.querySelector<HTMLInputElement>('[data-rule-chooser] input[name="evidence-rule"]')!;
    expect(box.value).toBe("report & (photo | document)");
    type('[data-rule-chooser] input[name="evidence-rule"]', "report & stamp");
    expect(root.querySelector("[data-rule-result]")!.textContent).toContain("ชุดเกณฑ์นี้ไม่มีชนิดหลักฐาน stamp");
    type('[data-rule-chooser] input[name="evidence-rule"]', "report & photo");
    expect(state.editor!.draft.parts[1].sections[0].items[1].evidence_rule).toBe("report & photo");
    click('[data-action="simple-rule"]');
    expect(root.querySelector<HTMLInputElement>('[data-rule-chooser] input[value="photo"]')!.checked).toBe(true);
  });
});
