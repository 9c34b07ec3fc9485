//! Issue 16's follow-up: the readiness assessment, which version 3 of the 2568 pack adds
//! as a part without sections and one form declared (worth no points, its questions not
//! known), takes its questions in the pack editor: pasted or added by hand, the first one
//! makes the part's section, ids come from the numbers, and the questions replace the form.

import { describe, expect, it } from "vitest";
import { openPackEditor } from "./test-fixtures/pack-editor";
import type { CriteriaPack } from "./bindings";
import { addBlankItem, fillUndisclosedItem } from "./pack-editor";
import { checkStructure, planAdding } from "./pack-structure";
import { addPastedRows, readPaste } from "./paste-rows";
import { PACK_2568_V3 } from "./test-fixtures/pack";
import { READINESS_CODES, READINESS_PASTE } from "./test-fixtures/readiness-2568";
import { structureWords } from "./views/pack-structure";

const readiness = (pack: CriteriaPack) => pack.parts.find((p) => p.id === "readiness")!;
const readinessCheck = (draft: CriteriaPack) => checkStructure(PACK_2568_V3, draft).find((check) => check.partId === "readiness")!;

/** The v3 pack with the ten questions pasted into its readiness part. */
function pasted(): CriteriaPack {
  const draft = structuredClone(PACK_2568_V3);
  const { rows } = readPaste(readiness(draft), READINESS_PASTE, []);
  addPastedRows(draft, PACK_2568_V3, "readiness", rows);
  return draft;
}

describe("the 2568 pack version 3's readiness part", () => {
  it("has no sections and one form declared, worth no points", () => {
    const part = readiness(PACK_2568_V3);
    expect(part.sections).toEqual([]);
    expect(part.undisclosed).toMatchObject([{ level: null, expected_items: 1, points: 0 }]);
    expect(structureWords(readinessCheck(PACK_2568_V3), "th").summary).toBe("แบบประเมินความพร้อม: ยังไม่มีรายการ 1 ข้อ ไม่มีคะแนน");
  });
});

describe("pasting the readiness form's ten questions", () => {
  it("previews ten rows without a level, worth 0 points, for the section the first one makes", () => {
    const { rows, setAside } = readPaste(readiness(PACK_2568_V3), READINESS_PASTE, []);
    expect(rows.map((row) => row.code)).toEqual(READINESS_CODES);
    expect(rows.every((row) => row.level === null && row.points === 0 && row.sectionId === "")).toBe(true);
    expect(setAside).toHaveLength(3);
  });

  it("says the form declared goes and the part stays worth nothing", () => {
    const part = readiness(PACK_2568_V3);
    const { rows } = readPaste(part, READINESS_PASTE, []);
    expect(planAdding(part, rows)).toEqual({
      taken: [],
      beyond: [],
      replaced: [{ level: null, declared: 1, items: 10 }],
      totalBefore: 0,
      totalAfter: 0,
    });
  });

  it("adds ten check items with ids from their numbers, in one section made once, and takes the form off", () => {
    const draft = pasted();
    const part = readiness(draft);
    expect(part.sections).toHaveLength(1);
    const [section] = part.sections;
    expect({ id: section.id, code: section.code, title: section.title }).toEqual({
      id: "readiness",
      code: "",
      title: { th: "แบบประเมินความพร้อม", en: "Readiness assessment" },
    });
    expect(section.items.map((item) => item.id)).toEqual(READINESS_CODES.map((code) => `readiness.${code}`));
    expect(section.items.map((item) => item.code)).toEqual(READINESS_CODES);
    for (const item of section.items)
      expect(item).toMatchObject({ level: null, points: 0, answer: { kind: "check" }, evidence_rule: null });
    expect(section.items[2].title.th).toBe("มีการประชุมคณะทำงานเพื่อเตรียมความพร้อม อย่างน้อย 2 ครั้ง");
    expect(part.undisclosed, "the form declared is gone").toEqual([]);
    expect(
      draft.parts.filter((p) => p.id !== "readiness"),
      "no other part changed",
    ).toEqual(PACK_2568_V3.parts.filter((p) => p.id !== "readiness"));
  });

  it("passes the core's rules for sections and items: plain ids, unique across the pack, a Thai title each", () => {
    const draft = pasted();
    const ids = draft.parts.flatMap((p) => p.sections.flatMap((s) => s.items.map((item) => item.id)));
    expect(new Set(ids).size).toBe(ids.length);
    for (const part of draft.parts) {
      expect(new Set(part.sections.map((s) => s.id)).size).toBe(part.sections.length);
      for (const section of part.sections) expect(section.id).toMatch(/^[a-z0-9._-]{1,100}$/);
    }
    for (const item of readiness(draft).sections[0].items) {
      expect(item.id).toMatch(/^[a-z0-9._-]{1,100}$/);
      expect(item.title.th.trim()).not.toBe("");
    }
  });

  it("checks the part as declared: ten questions worth no points; none at all is not", () => {
    const draft = pasted();
    const check = readinessCheck(draft);
    expect(check).toMatchObject({ level: null, questions: true, differences: [], declaredPoints: 0, havePoints: 0 });
    expect(structureWords(check, "th")).toEqual({ summary: "แบบประเมินความพร้อม: กรอกแล้ว 10 ข้อ ไม่มีคะแนน ตรงกับที่ประกาศ", differences: [] });
    expect(structureWords(check, "en").summary).toBe("Readiness assessment: filled in 10 items worth no points, as declared");
    const quality = checkStructure(PACK_2568_V3, draft).find((c) => c.partId === "quality")!;
    expect(structureWords(quality, "th").summary, "the quality part's check is as it was").toBe(
      "ด้านคุณภาพ ขั้นสูง: กรอกแล้ว 0 ข้อ · ยังไม่มีรายการ 22 ข้อ × 2 คะแนน + 3 ข้อ × 6 คะแนน = 62 คะแนน ตรงกับที่ประกาศ",
    );
    readiness(draft).sections[0].items = [];
    expect(structureWords(readinessCheck(draft), "th")).toEqual({
      summary: "แบบประเมินความพร้อม: ไม่ตรงกับที่ประกาศ",
      differences: ["มี 0 ข้อ ข้อละ 0 คะแนน แต่ประกาศไว้ 1 ข้อ"],
    });
  });

  it("adds later questions to the same section, still as declared, and says a question worth points is not", () => {
    const draft = pasted();
    const part = readiness(draft);
    const more = readPaste(part, "11. มีงบประมาณสำหรับปรับปรุงสถานที่\n12. มีแผนประชาสัมพันธ์", []).rows;
    expect(planAdding(part, more, readiness(PACK_2568_V3)), "nothing declared any more, and nothing beyond").toMatchObject({
      taken: [],
      beyond: [],
      replaced: [],
    });
    addPastedRows(draft, PACK_2568_V3, "readiness", more);
    expect(part.sections).toHaveLength(1);
    expect(part.sections[0].items.map((item) => item.id).slice(-2)).toEqual(["readiness.11", "readiness.12"]);
    expect(structureWords(readinessCheck(draft), "th").summary).toBe("แบบประเมินความพร้อม: กรอกแล้ว 12 ข้อ ไม่มีคะแนน ตรงกับที่ประกาศ");
    part.sections[0].items[0].points = 2;
    expect(structureWords(readinessCheck(draft), "th").differences).toEqual([
      "มี 1 ข้อ ข้อละ 2 คะแนน แต่ประกาศไว้ 0 ข้อ",
      "รวม 2 คะแนน แต่ประกาศไว้ 0 คะแนน",
    ]);
  });
});

describe("adding readiness questions one at a time", () => {
  it("makes the section with the first, numbers them 1, 2 and takes the form off", () => {
    const draft = structuredClone(PACK_2568_V3);
    const first = addBlankItem(draft, PACK_2568_V3, "readiness", "readiness");
    expect(first).toMatchObject({ id: "readiness.1", code: "1", level: null, answer: { kind: "check" } });
    expect(readiness(draft).undisclosed).toEqual([]);
    const second = addBlankItem(draft, PACK_2568_V3, "readiness", "readiness");
    expect(second).toMatchObject({ id: "readiness.2", code: "2" });
    expect(readiness(draft).sections.map((s) => [s.id, s.items.length])).toEqual([["readiness", 2]]);
    expect(addBlankItem(draft, PACK_2568_V3, "readiness", "elsewhere"), "a section the part lacks").toBeNull();
  });

  it("fills in the declared form as its first question", () => {
    const draft = structuredClone(PACK_2568_V3);
    fillUndisclosedItem(draft, PACK_2568_V3, "readiness", 0);
    expect(readiness(draft).sections[0].items).toMatchObject([{ id: "readiness.1", code: "1", points: 0, level: null }]);
    expect(readiness(draft).undisclosed).toEqual([]);
  });

  it("leaves the quality part's items added by hand off its declarations, as before", () => {
    const draft = structuredClone(PACK_2568_V3);
    addBlankItem(draft, PACK_2568_V3, "quality", "quality-2");
    expect(draft.parts[1].undisclosed).toEqual(PACK_2568_V3.parts[1].undisclosed);
  });
});

describe("the readiness part in the pack editor", () => {
  function openEditor() {
    const { root, state } = openPackEditor(PACK_2568_V3, "gecc-2568 v3");
    const part = '[data-editor-part="readiness"]';
    const text = (selector: string) => root.querySelector(selector)?.textContent?.replace(/\s+/g, " ").trim() ?? "";
    const lines = (selector: string) =>
      [...root.querySelectorAll(selector)].map((element) => element.textContent!.replace(/\s+/g, " ").trim());
    const click = (selector: string) => root.querySelector<HTMLElement>(selector)!.click();
    const paste = (value: string) => {
      const box = root.querySelector<HTMLTextAreaElement>(`${part} textarea[name="paste"]`)!;
      box.value = value;
      box.dispatchEvent(new Event("input", { bubbles: true }));
    };
    return { root, state, part, text, lines, click, paste };
  }

  it("offers paste and 'เพิ่มข้อ' though the part has no section yet", () => {
    const { root, part, text } = openEditor();
    expect(root.querySelector(`${part} [data-action="open-paste"]`)).not.toBeNull();
    expect(text(`${part} [data-action="add-first-item"]`)).toBe("เพิ่มข้อ");
    expect(text(`${part} [data-structure]`)).toBe("แบบประเมินความพร้อม: ยังไม่มีรายการ 1 ข้อ ไม่มีคะแนน");
  });

  it("previews the ten questions, says a section is made and the form declared goes, and adds them", () => {
    const { root, state, part, text, lines, click, paste } = openEditor();
    click(`${part} [data-action="open-paste"]`);
    expect(text(`${part} [data-paste-box] p.muted`)).toContain("เช่น 1. หรือ ๑. หรือ 4.1");
    paste(READINESS_PASTE);
    expect(text("[data-paste-count]")).toBe("พบ 10 ข้อ เพิ่มได้ 10 ข้อ");
    const row = root.querySelector('[data-paste-row="3"]')!;
    expect(row.querySelector(".paste-new-section")?.textContent).toBe("หมวดใหม่");
    expect(row.querySelector<HTMLSelectElement>('select[name="paste-level"]')!.value).toBe("");
    expect(row.querySelector<HTMLInputElement>('input[name="paste-points"]')!.value).toBe("0");
    expect(lines("[data-paste-plan] p")).toEqual([
      "ส่วนนี้ยังไม่มีหมวด เมื่อเพิ่มแล้วจะสร้างหมวด แบบประเมินความพร้อม ให้",
      "เมื่อเพิ่ม 10 ข้อนี้แล้ว ข้อที่ประกาศไว้ว่ายังไม่มีรายการ 1 ข้อ (ไม่มีคะแนน) จะถูกนำออก เพราะข้อที่เพิ่มเข้ามาแทนแล้ว",
      "แบบประเมินความพร้อมไม่มีคะแนน ข้อที่เพิ่มจึงไม่เปลี่ยนคะแนนรวม",
    ]);
    click('[data-action="add-pasted"]');
    expect(state.editor!.paste).toBeNull();
    expect(text(`${part} h4`)).toBe("แบบประเมินความพร้อม");
    expect([...root.querySelectorAll<HTMLElement>(`${part} [data-draft-item]`)].map((tr) => tr.dataset.draftItem)).toEqual(
      READINESS_CODES.map((code) => `readiness.${code}`),
    );
    expect(root.querySelector(`${part} [data-editor-undisclosed]`), "the form declared is gone").toBeNull();
    expect(root.querySelector(`${part} [data-action="add-first-item"]`), "the section's own button now").toBeNull();
    expect(root.querySelector(`${part} [data-structure]`)!.getAttribute("data-matches")).toBe("true");
    expect(text(`${part} [data-structure]`)).toBe("แบบประเมินความพร้อม: กรอกแล้ว 10 ข้อ ไม่มีคะแนน ตรงกับที่ประกาศ");
    expect(state.notices.at(-1)?.text.th).toBe("เพิ่ม 10 ข้อในแบบประเมินความพร้อมแล้ว");
  });

  it("adds a first question by hand, making the section", () => {
    const { root, state, part, click } = openEditor();
    click(`${part} [data-action="add-first-item"]`);
    expect(readiness(state.editor!.draft).sections.map((s) => s.id)).toEqual(["readiness"]);
    expect(root.querySelector<HTMLInputElement>(`${part} [data-draft-item="readiness.1"] input[name="code"]`)!.value).toBe("1");
    expect(root.querySelector(`${part} [data-editor-undisclosed]`)).toBeNull();
  });
});
