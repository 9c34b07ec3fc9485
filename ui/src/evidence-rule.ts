//! Evidence rules as the pack editor handles them: read with the grammar of
//! crates/core/src/evidence/rule.rs (`&` binds tighter than `|`, parentheses group, names
//! are evidence type ids), written back as the core writes them, and turned into what a
//! clerk chooses from (kinds by their Thai names, all of them or any one) and into Thai
//! words, so nobody has to type `report & (photo | document)`.

import type { EvidenceRule, EvidenceType, Language, Localized } from "./bindings";
import { pick, t } from "./i18n";

/** A rule the chooser can hold: some kinds, needed all together or any one of them. */
export interface RuleChoice {
  join: "all" | "any";
  kinds: string[];
}

export type RuleReading = { ok: true; rule: EvidenceRule } | { ok: false; problem: Localized };

const NAME = /^[a-z0-9_-]+/;

function tokens(text: string): string[] | Localized {
  const found: string[] = [];
  for (let rest = text; rest !== ""; ) {
    const name = NAME.exec(rest)?.[0];
    if (name) found.push(name);
    else if ("&|()".includes(rest[0])) found.push(rest[0]);
    else if (rest[0] !== " " && rest[0] !== "\t")
      return { th: `ใช้ตัวอักษร "${rest[0]}" ในเงื่อนไขไม่ได้`, en: `"${rest[0]}" cannot be used in a rule` };
    rest = rest.slice(name?.length ?? 1);
  }
  return found;
}

/** Reads a rule as the core does; what the core refuses is refused here, with the reason. */
export function parseRule(text: string): RuleReading {
  const list = tokens(text);
  if (!Array.isArray(list)) return { ok: false, problem: list };
  let at = 0;
  const missing: Localized = { th: "ขาดชนิดหลักฐานหรือวงเล็บเปิด", en: "an evidence type or '(' is missing" };
  const joined = (next: () => EvidenceRule | null, operator: string, op: "all" | "any") => (): EvidenceRule | null => {
    const of = [next()];
    while (of.at(-1) && list[at] === operator) {
      at += 1;
      of.push(next());
    }
    if (of.some((part) => part === null)) return null;
    return of.length === 1 ? of[0] : { op, of: of as EvidenceRule[] };
  };
  let unclosed = false;
  const single = (): EvidenceRule | null => {
    const token = list[at++];
    if (token === "(") {
      const inner = any();
      if (inner && list[at] !== ")") unclosed = true;
      at += 1;
      return unclosed ? null : inner;
    }
    return token !== undefined && NAME.test(token) ? { op: "type", id: token } : null;
  };
  const all = joined(single, "&", "all");
  const any = joined(all, "|", "any");
  const rule = any();
  if (unclosed) return { ok: false, problem: { th: "วงเล็บเปิดไม่ได้ปิด", en: "a '(' is not closed" } };
  if (!rule) return { ok: false, problem: missing };
  if (at !== list.length) return { ok: false, problem: { th: "มีข้อความเกินหลังเงื่อนไข", en: "unexpected text after the rule" } };
  return { ok: true, rule };
}

/** A rule written as the core writes it: "photo & (order | minutes)". */
export function ruleText(rule: EvidenceRule): string {
  if (rule.op === "type") return rule.id;
  const part = (inner: EvidenceRule) => (inner.op === "type" ? inner.id : `(${ruleText(inner)})`);
  return rule.of.map(part).join(rule.op === "all" ? " & " : " | ");
}

/** Every evidence type a rule names, in order. */
export function typeIds(rule: EvidenceRule): string[] {
  return rule.op === "type" ? [rule.id] : rule.of.flatMap(typeIds);
}

/** What the chooser shows for a rule; null when it cannot hold it (mixed, grouped, unreadable or unknown kinds). */
export function choiceOf(text: string | null, kinds: ReadonlySet<string>): RuleChoice | null {
  if (text === null || text.trim() === "") return { join: "all", kinds: [] };
  const reading = parseRule(text);
  if (!reading.ok) return null;
  const rule = reading.rule;
  const ids = rule.op === "type" ? [rule.id] : rule.of.map((part) => (part.op === "type" ? part.id : null));
  if (ids.some((id) => id === null || !kinds.has(id))) return null;
  return { join: rule.op === "any" ? "any" : "all", kinds: ids as string[] };
}

/** The rule a choice makes: "report & photo", "report | photo", or none. */
export function ruleOfChoice(choice: RuleChoice): string | null {
  if (choice.kinds.length === 0) return null;
  return choice.kinds.join(choice.join === "all" ? " & " : " | ");
}

/** A rule in words: "รายงาน และ (ภาพถ่าย หรือ เอกสารอื่น)". Unknown kinds are named by id. */
export function ruleWords(rule: EvidenceRule, types: EvidenceType[], language: Language): string {
  const title = (id: string) => {
    const type = types.find((candidate) => candidate.id === id);
    return type ? pick(type.title, language) : id;
  };
  if (rule.op === "type") return title(rule.id);
  const part = (inner: EvidenceRule) => (inner.op === "type" ? title(inner.id) : `(${ruleWords(inner, types, language)})`);
  return rule.of.map(part).join(` ${t(rule.op === "all" ? "and" : "or", language)} `);
}
