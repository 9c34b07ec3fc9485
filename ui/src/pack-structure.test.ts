import { describe, expect, it } from "vitest";
import type { CriteriaPack, Item, ItemLevel } from "./bindings";
import { newItem } from "./new-items";
import { checkStructure, partTotal, planAdding, takeFromDeclared } from "./pack-structure";
import { PACK_2568 } from "./test-fixtures/pack";
import { structureWords } from "./views/pack-structure";

const quality = (pack: CriteriaPack) => pack.parts.find((p) => p.id === "quality")!;

/** The 2568 edition with `twos` advanced items of 2 points and `sixes` of 6 listed, each taken off its declaration. */
function filledIn(twos: number, sixes: number): CriteriaPack {
  const draft = structuredClone(PACK_2568);
  const part = quality(draft);
  const add = (count: number, points: number, level: ItemLevel = "advanced") => {
    for (let n = 0; n < count; n++) {
      const item: Item = { ...newItem(`quality.x-${points}-${n}`, `2.${n + 20}`, points, level), title: { th: "ข้อ", en: "" } };
      part.sections[0].items.push(item);
      takeFromDeclared(part, level, points);
    }
  };
  add(twos, 2);
  add(sixes, 6);
  return draft;
}

describe("the part's declared structure", () => {
  it("adds up 22 × 2 + 3 × 6 = 62 when all 25 advanced items are filled in", () => {
    const draft = filledIn(22, 3);
    expect(quality(draft).undisclosed, "nothing is declared any more").toEqual([]);
    const [check] = checkStructure(PACK_2568, draft);
    expect(check).toMatchObject({
      partId: "quality",
      level: "advanced",
      declared: [
        { points: 2, items: 22 },
        { points: 6, items: 3 },
      ],
      listed: [
        { points: 2, items: 22 },
        { points: 6, items: 3 },
      ],
      pending: [],
      differences: [],
      declaredPoints: 62,
      havePoints: 62,
    });
    expect(structureWords(check, "th").summary).toBe("ด้านคุณภาพ ขั้นสูง: กรอกแล้ว 22 ข้อ × 2 คะแนน + 3 ข้อ × 6 คะแนน = 62 คะแนน ตรงกับที่ประกาศ");
    expect(structureWords(check, "en").summary).toBe(
      "Quality criteria, advanced: filled in 22 × 2 points + 3 × 6 points = 62 points, as declared",
    );
    expect(partTotal(quality(draft)), "8 basic items of 1 point and the 62").toBe(70);
  });

  it("counts what is still declared with what is listed while the edition is half done", () => {
    const check = checkStructure(PACK_2568, filledIn(10, 1))[0];
    expect(check.differences).toEqual([]);
    expect(structureWords(check, "th").summary).toBe(
      "ด้านคุณภาพ ขั้นสูง: กรอกแล้ว 10 ข้อ × 2 คะแนน + 1 ข้อ × 6 คะแนน · ยังไม่มีรายการ 12 ข้อ × 2 คะแนน + 2 ข้อ × 6 คะแนน = 62 คะแนน ตรงกับที่ประกาศ",
    );
    expect(structureWords(checkStructure(PACK_2568, PACK_2568)[0], "th").summary).toBe(
      "ด้านคุณภาพ ขั้นสูง: กรอกแล้ว 0 ข้อ · ยังไม่มีรายการ 22 ข้อ × 2 คะแนน + 3 ข้อ × 6 คะแนน = 62 คะแนน ตรงกับที่ประกาศ",
    );
  });

  it("names the difference when one item too many is listed", () => {
    const check = checkStructure(PACK_2568, filledIn(23, 3))[0];
    expect(check.differences).toEqual([{ points: 2, have: 23, declared: 22 }]);
    expect(structureWords(check, "th")).toEqual({
      summary: "ด้านคุณภาพ ขั้นสูง: ไม่ตรงกับที่ประกาศ",
      differences: ["มี 23 ข้อ ข้อละ 2 คะแนน แต่ประกาศไว้ 22 ข้อ", "รวม 64 คะแนน แต่ประกาศไว้ 62 คะแนน"],
    });
  });

  it("names both sides when a listed 6-point item is changed to 2 points afterwards", () => {
    const draft = filledIn(22, 3);
    quality(draft).sections[0].items.at(-1)!.points = 2;
    const check = checkStructure(PACK_2568, draft)[0];
    expect(check.differences).toEqual([
      { points: 2, have: 23, declared: 22 },
      { points: 6, have: 2, declared: 3 },
    ]);
    expect(structureWords(check, "th").differences).toEqual([
      "มี 23 ข้อ ข้อละ 2 คะแนน แต่ประกาศไว้ 22 ข้อ",
      "มี 2 ข้อ ข้อละ 6 คะแนน แต่ประกาศไว้ 3 ข้อ",
      "รวม 58 คะแนน แต่ประกาศไว้ 62 คะแนน",
    ]);
  });

  it("checks only parts that declared items, and leaves a basic item out of the advanced count", () => {
    const draft = filledIn(22, 3);
    quality(draft).sections[0].items.push({ ...newItem("quality.extra", "2.40", null, "basic"), title: { th: "ข้อ", en: "" } });
    const checks = checkStructure(PACK_2568, draft);
    expect(checks.map((check) => [check.partId, check.level])).toEqual([["quality", "advanced"]]);
    expect(checks[0].differences).toEqual([]);
  });
});

describe("taking filled-in items off their declaration", () => {
  it("takes an item from the declaration of its level and points, and drops a declaration left empty", () => {
    const part = quality(structuredClone(PACK_2568));
    expect(takeFromDeclared(part, "advanced", 6)).toBe(true);
    expect(part.undisclosed.map((b) => [b.expected_items, b.points])).toEqual([
      [22, 44],
      [2, 12],
    ]);
    takeFromDeclared(part, "advanced", 6);
    takeFromDeclared(part, "advanced", 6);
    expect(part.undisclosed.map((b) => b.expected_items)).toEqual([22]);
    expect(takeFromDeclared(part, "advanced", 6), "none is left").toBe(false);
    expect(takeFromDeclared(part, "basic", 2), "no basic items were declared").toBe(false);
    expect(takeFromDeclared(part, "advanced", 3), "no 3-point items were declared").toBe(false);
  });

  it("plans adding 25 items: 22 of 2 points and 3 of 6 empty both declarations and keep the part at 70", () => {
    const adding = [...Array(22).fill({ level: "advanced", points: 2 }), ...Array(3).fill({ level: "advanced", points: 6 })];
    const part = quality(PACK_2568);
    expect(planAdding(part, adding)).toEqual({
      taken: [
        { level: "advanced", points: 2, before: 22, after: 0 },
        { level: "advanced", points: 6, before: 3, after: 0 },
      ],
      beyond: [],
      replaced: [],
      totalBefore: 70,
      totalAfter: 70,
    });
    expect(part.undisclosed, "planning changes nothing").toHaveLength(2);
  });

  it("plans items beyond what was declared as raising the part's worth", () => {
    const adding = [...Array(25).fill({ level: "advanced", points: 2 }), { level: "basic", points: null }];
    const plan = planAdding(quality(PACK_2568), adding);
    expect(plan.taken).toEqual([{ level: "advanced", points: 2, before: 22, after: 0 }]);
    expect(plan.beyond).toEqual([
      { level: "advanced", points: 2, items: 3 },
      { level: "basic", points: 1, items: 1 },
    ]);
    expect(plan.totalAfter).toBe(77);
  });
});
