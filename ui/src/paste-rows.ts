//! Items pasted from the manual, between reading and adding: each number's row with the
//! section, level and points it will get (the level and points the part declared by
//! default, so the 22 advanced 2-point items need no change and only the three 6-point
//! ones do), which numbers the part has already, and adding them to the draft, each at
//! its number's place and taken off the part's declared items. A part without sections
//! (the readiness assessment, only declared) gets one with its first item; its questions,
//! numbered 1, 2, 3, replace the form it declared.

import type { CriteriaPack, Item, ItemLevel, Part } from "./bindings";
import { insertByCode, itemIdFor, itemIds, newItem, sectionForNewItems } from "./new-items";
import { type KeptAsText, parsePastedItems, type SetAside } from "./pack-paste";
import { pointsEach, takeFromDeclared } from "./pack-structure";
import { thaiDigitsToArabic } from "./thai-date";

export interface PasteRow {
  code: string;
  title: string;
  sectionId: string;
  level: ItemLevel | null;
  points: number | null;
}

/** The paste box of one part: the text as pasted, what it reads as, and what was set aside. */
export interface PasteBox {
  partId: string;
  text: string;
  rows: PasteRow[];
  setAside: SetAside[];
  keptAsText: KeptAsText[];
}

/** Whether the part already has an item of this number (in any of its sections). */
export function codeTaken(part: Part, code: string): boolean {
  const wanted = thaiDigitsToArabic(code.trim());
  return part.sections.some((s) => s.items.some((item) => thaiDigitsToArabic(item.code.trim()) === wanted));
}

/** The rows that would be added: numbers the part lacks, with a text. */
export function rowsToAdd(part: Part, rows: PasteRow[]): PasteRow[] {
  return rows.filter((row) => row.title !== "" && !codeTaken(part, row.code));
}

/** Whether a part's items are numbered 1, 2, 3 (or it has none yet), so "1. …" starts one; never where 2.5 does. */
export function plainNumbers(part: Part): boolean {
  return !part.sections.some((s) => s.items.some((item) => /^\d+\.\d/.test(thaiDigitsToArabic(item.code.trim()))));
}

/** The section numbered as the item's number begins ("2" for 2.5), else the part's last; "" when it has none yet. */
function sectionFor(part: Part, code: string): string {
  const prefix = code.split(".").slice(0, -1).join(".");
  return (part.sections.find((s) => thaiDigitsToArabic(s.code.trim()) === prefix) ?? part.sections.at(-1))?.id ?? "";
}

/** The level of the items the part declared (advanced, for the quality part). */
function defaultLevel(part: Part): ItemLevel | null {
  return part.undisclosed[0]?.level ?? (part.kind === "quality" ? "advanced" : null);
}

/** The points each of the part's largest declaration of this level is worth; none leaves the part's default. */
function defaultPoints(part: Part, level: ItemLevel | null): number | null {
  const blocks = part.undisclosed.filter((b) => b.level === level && b.expected_items > 0);
  const largest = blocks.sort((a, b) => b.expected_items - a.expected_items)[0];
  return largest ? pointsEach(largest) : null;
}

/** Reads pasted text into rows, keeping what was chosen for a number already in the preview. */
export function readPaste(part: Part, text: string, before: PasteRow[]): Omit<PasteBox, "partId" | "text"> {
  const read = parsePastedItems(text, { plain: plainNumbers(part) });
  const level = defaultLevel(part);
  const rows = read.items.map(({ code, title }) => {
    const chosen = before.find((row) => row.code === code);
    return chosen ? { ...chosen, title } : { code, title, sectionId: sectionFor(part, code), level, points: defaultPoints(part, level) };
  });
  return { rows, setAside: read.setAside, keptAsText: read.keptAsText };
}

/** Adds the rows the part lacks to the draft; returns the items added. */
export function addPastedRows(draft: CriteriaPack, base: CriteriaPack, partId: string, rows: PasteRow[]): Item[] {
  const part = draft.parts.find((p) => p.id === partId);
  if (!part) return [];
  const taken = itemIds(draft, base);
  return rowsToAdd(part, rows).map((row) => {
    const section = part.sections.find((s) => s.id === row.sectionId) ?? sectionForNewItems(part);
    const item = newItem(itemIdFor(part.id, row.code, taken), row.code, row.points, row.level);
    item.title.th = row.title;
    taken.add(item.id);
    insertByCode(section, item);
    takeFromDeclared(part, row.level, row.points ?? part.rule.points_per_item);
    return item;
  });
}
