//! A part's declared structure: the items a pack lists and those it only declares
//! (`undisclosed`: so many items of a level worth so many points each). Filling in a
//! declared item takes it off its declaration, so the part is worth what it was; the
//! check compares an edition with the pack it started from and names any difference
//! ("23 items of 2 points, but 22 were declared") before a province sends it out.
//! A declaration worth no points (the readiness assessment: one form, its questions not
//! known) stands for a form, not for items: the questions filled in replace it, however many.

import type { CriteriaPack, Item, ItemLevel, Localized, Part, UndisclosedItems } from "./bindings";

/** So many items worth so many points each. */
export interface Group {
  points: number;
  items: number;
}

/** One level of a part that declared items: what was declared, what is listed and still declared now. */
export interface LevelCheck {
  partId: string;
  partTitle: Localized;
  level: ItemLevel | null;
  /** The pack as opened: its listed items of this level and its declared ones. */
  declared: Group[];
  /** The edition's listed items of this level. */
  listed: Group[];
  /** What the edition still declares. */
  pending: Group[];
  /** Points values whose count differs, with both counts. */
  differences: Array<{ points: number; have: number; declared: number }>;
  declaredPoints: number;
  havePoints: number;
  /** Whether the level declared only forms worth no points: any number of 0-point items is as declared. */
  questions: boolean;
}

// Points are compared as written in packs (2, 6, 0.5); a division may leave a trace of rounding.
const samePoints = (a: number, b: number) => Math.abs(a - b) < 1e-9;
const rounded = (points: number) => Math.round(points * 1e6) / 1e6;

export function pointsOf(part: Part, item: Item): number {
  return item.points ?? part.rule.points_per_item;
}

/** Whether a declaration stands for a form whose questions are not known yet: it is worth no points. */
export function isPlaceholder(block: UndisclosedItems): boolean {
  return block.points === 0;
}

/** Whether all a part's declarations of a level are such forms (none is not). */
export function questionLevel(part: Part, level: ItemLevel | null): boolean {
  const blocks = part.undisclosed.filter((block) => block.level === level);
  return blocks.length > 0 && blocks.every(isPlaceholder);
}

/** Points each item of a declared block is worth. */
export function pointsEach(block: UndisclosedItems): number {
  return block.expected_items > 0 ? rounded(block.points / block.expected_items) : 0;
}

/** What a part is worth: its listed items and its declared ones. */
export function partTotal(part: Part): number {
  const listed = part.sections.flatMap((s) => s.items).reduce((sum, item) => sum + pointsOf(part, item), 0);
  return rounded(listed + part.undisclosed.reduce((sum, block) => sum + block.points, 0));
}

function grouped(entries: Array<{ points: number; items: number }>): Group[] {
  const byPoints = new Map<number, number>();
  for (const { points, items } of entries) byPoints.set(rounded(points), (byPoints.get(rounded(points)) ?? 0) + items);
  return [...byPoints].map(([points, items]) => ({ points, items })).sort((a, b) => a.points - b.points);
}

const listedOf = (part: Part, level: ItemLevel | null) =>
  grouped(
    part.sections
      .flatMap((s) => s.items)
      .filter((item) => item.level === level)
      .map((item) => ({ points: pointsOf(part, item), items: 1 })),
  );
const pendingOf = (part: Part, level: ItemLevel | null) =>
  grouped(
    part.undisclosed
      .filter((b) => b.level === level && b.expected_items > 0)
      .map((b) => ({ points: pointsEach(b), items: b.expected_items })),
  );
const total = (groups: Group[]) => rounded(groups.reduce((sum, group) => sum + group.points * group.items, 0));

/** For each part the pack opened with declared items in, and each level declared: does the edition add up? */
export function checkStructure(base: CriteriaPack, draft: CriteriaPack): LevelCheck[] {
  return base.parts.flatMap((basePart) => {
    const part = draft.parts.find((p) => p.id === basePart.id);
    if (!part || basePart.undisclosed.length === 0) return [];
    const levels = [...new Set(basePart.undisclosed.map((block) => block.level))];
    return levels.map((level) => {
      const declared = grouped([...listedOf(basePart, level), ...pendingOf(basePart, level)]);
      const listed = listedOf(part, level);
      const pending = pendingOf(part, level);
      const have = grouped([...listed, ...pending]);
      const values = [...new Set([...declared, ...have].map((group) => group.points))].sort((a, b) => a - b);
      const count = (groups: Group[], points: number) => groups.find((group) => group.points === points)?.items ?? 0;
      // A form's questions are worth no points, and however many there are (but none) is as declared.
      const questions = questionLevel(basePart, level);
      const differences = values
        .map((points) => ({ points, have: count(have, points), declared: count(declared, points) }))
        .filter((difference) => difference.have !== difference.declared && !(questions && difference.points === 0 && difference.have > 0));
      return {
        partId: part.id,
        partTitle: part.title,
        level,
        declared,
        listed,
        pending,
        differences,
        declaredPoints: total(declared),
        havePoints: total(have),
        questions,
      };
    });
  });
}

/**
 * Takes one item of `level` worth `points` off the part's declaration that has such
 * items, as the item is now listed; a declaration left empty goes, and a form's (worth
 * no points) goes at its first question. False when none has.
 */
export function takeFromDeclared(part: Part, level: ItemLevel | null, points: number): boolean {
  const index = part.undisclosed.findIndex((b) => b.level === level && b.expected_items >= 1 && samePoints(pointsEach(b), points));
  const block = part.undisclosed[index];
  if (!block) return false;
  block.points = rounded(block.points - pointsEach(block));
  block.expected_items = isPlaceholder(block) ? 0 : block.expected_items - 1;
  if (block.expected_items === 0) part.undisclosed.splice(index, 1);
  return true;
}

/** Items about to be added: their level and points. */
export interface Adding {
  level: ItemLevel | null;
  points: number | null;
}

/** What adding items does to a part's declarations and its worth. */
export interface AddingPlan {
  /** Each declaration the items are taken from: its items before and after. */
  taken: Array<{ level: ItemLevel | null; points: number; before: number; after: number }>;
  /** Items no declaration has room for, by level and points: they add to the part's worth. */
  beyond: Array<{ level: ItemLevel | null; points: number; items: number }>;
  /** Forms (declarations worth no points) the items replace: the forms declared, the items that replace them. */
  replaced: Array<{ level: ItemLevel | null; declared: number; items: number }>;
  totalBefore: number;
  totalAfter: number;
}

/**
 * What adding items to `part` does. `base` is the part as the pack opened it: a level it
 * declared as forms takes any number of 0-point items, the form itself taken off or not.
 */
export function planAdding(part: Part, adding: Adding[], base: Part = part): AddingPlan {
  const after = structuredClone(part);
  // The declarations as they are; taking from one changes it in `after` (and may drop it there).
  const blocks = after.undisclosed.map((block) => ({
    block,
    level: block.level,
    points: pointsEach(block),
    before: block.expected_items,
    form: isPlaceholder(block),
  }));
  const beyond: AddingPlan["beyond"] = [];
  for (const item of adding) {
    const points = item.points ?? part.rule.points_per_item;
    if (takeFromDeclared(after, item.level, points)) continue;
    if (points === 0 && (questionLevel(base, item.level) || questionLevel(part, item.level))) continue;
    const same = beyond.find((group) => group.level === item.level && samePoints(group.points, points));
    if (same) same.items += 1;
    else beyond.push({ level: item.level, points, items: 1 });
  }
  const changed = blocks.filter(({ block, before }) => block.expected_items !== before);
  const taken = changed
    .filter(({ form }) => !form)
    .map(({ block, level, points, before }) => ({ level, points, before, after: block.expected_items }));
  const replaced = changed
    .filter(({ form }) => form)
    .map(({ level, before }) => ({
      level,
      declared: before,
      items: adding.filter((item) => item.level === level && (item.points ?? part.rule.points_per_item) === 0).length,
    }));
  // A taken item moves from declared to listed and keeps its worth; only items beyond add.
  const totalBefore = partTotal(part);
  return { taken, beyond, replaced, totalBefore, totalAfter: rounded(totalBefore + total(beyond)) };
}
