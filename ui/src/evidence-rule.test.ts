import { describe, expect, it } from "vitest";
import { choiceOf, parseRule, type RuleChoice, ruleOfChoice, ruleText, ruleWords } from "./evidence-rule";
import sharedCases from "../../tests/fixtures/evidence-rules.json";
import { PACK_2568 } from "./test-fixtures/pack";

const TYPES = PACK_2568.evidence_types;
const KINDS = new Set(TYPES.map((type) => type.id));
const words = (text: string, language: "th" | "en" = "th") => {
  const reading = parseRule(text);
  if (!reading.ok) throw new Error(reading.problem.en);
  return ruleWords(reading.rule, TYPES, language);
};

/** The cases crates/core/src/evidence/rule.rs runs too: a rule and how the core writes it back, or that it is refused. */
type SharedCase = { rule: string; written?: string; error?: boolean };
const SHARED: SharedCase[] = sharedCases;

describe("evidence rules read as the core reads them", () => {
  it("shares at least 25 cases with the core, each either written back or refused", () => {
    expect(SHARED.length).toBeGreaterThanOrEqual(25);
    for (const { rule, written, error } of SHARED) {
      expect(typeof rule, JSON.stringify(rule)).toBe("string");
      expect((typeof written === "string") !== (error === true), `${JSON.stringify(rule)} has "written" or "error": true`).toBe(true);
    }
    expect(SHARED.filter((c) => c.error).length, "refused cases").toBeGreaterThanOrEqual(10);
    expect(SHARED.filter((c) => c.written !== undefined).length, "read cases").toBeGreaterThanOrEqual(10);
  });

  it.each(SHARED.filter((c) => c.written !== undefined))("reads $rule as the core writes it", ({ rule, written }) => {
    const reading = parseRule(rule);
    if (!reading.ok) throw new Error(`${JSON.stringify(rule)} was refused: ${reading.problem.en}`);
    expect(ruleText(reading.rule)).toBe(written);
    const again = parseRule(written!);
    expect(again.ok && ruleText(again.rule), "what is written reads back the same").toBe(written);
  });

  it.each(SHARED.filter((c) => c.error))("refuses $rule, saying why in Thai and English", ({ rule }) => {
    const reading = parseRule(rule);
    expect(reading.ok, `${JSON.stringify(rule)} is refused`).toBe(false);
    if (!reading.ok) {
      expect(reading.problem.th).not.toBe("");
      expect(reading.problem.en).not.toBe("");
    }
  });

  it("says which reason in Thai", () => {
    expect(parseRule("(photo")).toMatchObject({ ok: false, problem: { th: "วงเล็บเปิดไม่ได้ปิด" } });
    expect(parseRule("photo &")).toMatchObject({ ok: false, problem: { th: "ขาดชนิดหลักฐานหรือวงเล็บเปิด" } });
    expect(parseRule("photo)")).toMatchObject({ ok: false, problem: { th: "มีข้อความเกินหลังเงื่อนไข" } });
    expect(parseRule("photo ! order")).toMatchObject({ ok: false, problem: { th: 'ใช้ตัวอักษร "!" ในเงื่อนไขไม่ได้' } });
  });
});

describe("choosing a rule by the kinds' Thai names", () => {
  it("holds a rule of one kind, of kinds all needed, or of any one of them, and gives back the same rule", () => {
    for (const rule of ["report", "report & photo", "report | photo", "survey & report & statistics", "map | manual"]) {
      const choice = choiceOf(rule, KINDS);
      expect(choice, rule).not.toBeNull();
      expect(ruleOfChoice(choice!), "rule → chooser → rule").toBe(rule);
    }
    expect(choiceOf("report & photo", KINDS)).toEqual({ join: "all", kinds: ["report", "photo"] });
    expect(choiceOf("report | photo", KINDS)).toEqual({ join: "any", kinds: ["report", "photo"] });
  });

  it("starts empty for an item without a rule, and an empty choice is no rule", () => {
    expect(choiceOf(null, KINDS)).toEqual({ join: "all", kinds: [] });
    expect(choiceOf("  ", KINDS)).toEqual({ join: "all", kinds: [] });
    expect(ruleOfChoice({ join: "any", kinds: [] })).toBeNull();
  });

  it("makes the token rule from ticked kinds and the and/or switch", () => {
    const choice: RuleChoice = { join: "all", kinds: ["report", "photo"] };
    expect(ruleOfChoice(choice)).toBe("report & photo");
    expect(ruleOfChoice({ ...choice, join: "any" })).toBe("report | photo");
    expect(ruleOfChoice({ join: "any", kinds: ["plan"] }), "one kind needs no switch").toBe("plan");
  });

  it("cannot hold mixed and/or, groups, unreadable rules or kinds the pack lacks", () => {
    expect(choiceOf("report & (photo | document)", KINDS)).toBeNull();
    expect(choiceOf("(map | screenshot) & photo", KINDS)).toBeNull();
    expect(choiceOf("photo & order | minutes", KINDS)).toBeNull();
    expect(choiceOf("photo &", KINDS)).toBeNull();
    expect(choiceOf("photo & stamp", KINDS)).toBeNull();
  });
});

describe("rules in words", () => {
  it("names kinds by their Thai titles, joined by และ and หรือ, with groups in brackets", () => {
    expect(words("report & (photo | document)")).toBe("รายงาน และ (ภาพถ่าย หรือ เอกสารอื่น)");
    expect(words("report & photo")).toBe("รายงาน และ ภาพถ่าย");
    expect(words("map | manual")).toBe("แผนที่ แผนผัง หรือผังขั้นตอน หรือ คู่มือหรือแนวปฏิบัติ");
    expect(words("(photo & order) | minutes")).toBe("(ภาพถ่าย และ คำสั่ง) หรือ รายงานการประชุมหรือบันทึก");
  });

  it("speaks English when asked, and names a kind the pack lacks by its id", () => {
    expect(words("report & (photo | document)", "en")).toBe("Report and (Photo or Other document)");
    expect(words("photo & stamp")).toBe("ภาพถ่าย และ stamp");
  });
});
