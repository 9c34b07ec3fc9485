//! Items made in the pack editor: a blank item, the number it most likely has, and its
//! stable id made from its part and number ("quality.2-5" for item 2.5), so that an id
//! says where the item is. Answers are carried from pack to pack by id, so an id the pack
//! already had is never given to another item, and an item the pack had keeps its id.

import type { CriteriaPack, Item, ItemLevel, Part, Section } from "./bindings";
import { thaiDigitsToArabic } from "./thai-date";

export function newItem(id: string, code: string, points: number | null, level: ItemLevel | null): Item {
  return {
    id,
    code,
    level,
    points,
    title: { th: "", en: "" },
    guidance: null,
    typical_evidence: null,
    answer: { kind: "check" },
    confidence: "official",
    evidence_rule: null,
    figures: [],
  };
}

/**
 * The section new items of a part go in: its last, or for a part that has none yet (the
 * readiness assessment, only declared) one made now, once: its id the part's, no number
 * (its items are numbered 1, 2, 3), titled as the part.
 */
export function sectionForNewItems(part: Part): Section {
  const last = part.sections.at(-1);
  if (last) return last;
  const made: Section = { id: part.id, code: "", title: { ...part.title }, items: [] };
  part.sections.push(made);
  return made;
}

/** Every item id of the packs given. */
export function itemIds(...packs: CriteriaPack[]): Set<string> {
  return new Set(packs.flatMap((pack) => pack.parts.flatMap((p) => p.sections.flatMap((s) => s.items.map((i) => i.id)))));
}

/** "b", "c", … "z", then "27", "28", …: what tells apart two items of the same number. */
function suffix(index: number): string {
  return index < 26 ? String.fromCharCode(0x61 + index) : String(index + 1);
}

/** The id of a new item numbered `code` in part `partId`: "quality.2-5", or "quality.2-5-b" if taken. */
export function itemIdFor(partId: string, code: string, taken: ReadonlySet<string>): string {
  const number = thaiDigitsToArabic(code)
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-+|-+$/g, "")
    .slice(0, 60);
  const id = `${partId}.${number || "new"}`;
  if (!taken.has(id)) return id;
  for (let index = 1; ; index++) if (!taken.has(`${id}-${suffix(index)}`)) return `${id}-${suffix(index)}`;
}

/** Whether an item was made in this edition (its id is not one the pack started with). */
export function isNewItem(base: CriteriaPack, item: Item): boolean {
  return !itemIds(base).has(item.id);
}

/**
 * Changes an item's number; a new item's id follows it. Ids taken are those of the draft
 * (but this item's own) and every id the pack started with, even of items removed since.
 */
export function setItemCode(draft: CriteriaPack, base: CriteriaPack, partId: string, item: Item, code: string): void {
  item.code = code;
  if (!isNewItem(base, item)) return;
  const taken = itemIds(draft, base);
  taken.delete(item.id);
  item.id = itemIdFor(partId, code, taken);
}

/** The first free number in a section: "2.5" after 2.1 to 2.4 and 2.8; "M2" after "M1"; "15" after 1 to 14. */
export function nextCode(section: Section): string {
  const numbered = section.items
    .map((item) => /^(.*?)(\d+)$/.exec(thaiDigitsToArabic(item.code.trim())))
    .filter((match): match is RegExpExecArray => match !== null);
  const prefix = numbered.at(-1)?.[1] ?? (/^\d+$/.test(section.code) ? `${section.code}.` : section.code);
  const used = new Set(numbered.filter((match) => match[1] === prefix).map((match) => Number(match[2])));
  let number = 1;
  while (used.has(number)) number += 1;
  return `${prefix}${number}`;
}

/** Orders item numbers as numbers: 2.5 before 2.10, 2.10 before 3.1; anything else after. */
export function compareCodes(a: string, b: string): number {
  const parts = (code: string) => thaiDigitsToArabic(code.trim()).split(".");
  const [left, right] = [parts(a), parts(b)];
  for (let index = 0; index < Math.max(left.length, right.length); index++) {
    const [x, y] = [left[index], right[index]];
    if (x === undefined || y === undefined) return x === undefined ? -1 : 1;
    const [m, n] = [/^\d+$/.test(x) ? Number(x) : Number.NaN, /^\d+$/.test(y) ? Number(y) : Number.NaN];
    if (Number.isNaN(m) || Number.isNaN(n)) return Number.isNaN(m) === Number.isNaN(n) ? x.localeCompare(y) : Number.isNaN(m) ? 1 : -1;
    if (m !== n) return m - n;
  }
  return 0;
}

/** Puts an item into a section at its number's place (2.5 between 2.4 and 2.8). */
export function insertByCode(section: Section, item: Item): void {
  const at = section.items.findIndex((other) => compareCodes(other.code, item.code) > 0);
  if (at < 0) section.items.push(item);
  else section.items.splice(at, 0, item);
}
