//! Reads the numbered list of items a province officer copies out of the official manual
//! (a PDF) into draft items: one item per number ("2.5", "๒.๗"), each item's text joined
//! from the lines a PDF copy breaks it into, and what a copy brings along besides (page
//! numbers, running headers, bullets, odd spaces) set aside and said, never silently lost.
//! A part numbered 1, 2, 3 (the readiness assessment's questions) may be pasted as
//! "1. …", "๒) …" or "ข้อ 3 …" too: the first number read says which kind the list is.

import { thaiDigitsToArabic } from "./thai-date";

export interface PastedItem {
  /** The item's number in Arabic digits, e.g. "2.10". */
  code: string;
  /** The item's text, its lines joined with single spaces (Thai digits kept as written). */
  title: string;
  /** The line (counted from 1) its number was on. */
  line: number;
}

export type SetAsideReason = "page-number" | "running-header" | "section-heading" | "before-first-item";

/** A line that is not part of any item. */
export interface SetAside {
  line: number;
  text: string;
  why: SetAsideReason;
}

/** A line that begins with an item number out of order, so kept as the text of item `into`. */
export interface KeptAsText {
  line: number;
  code: string;
  into: string;
}

export interface PastedList {
  items: PastedItem[];
  setAside: SetAside[];
  keptAsText: KeptAsText[];
}

// Copies from PDFs carry zero-width spaces, soft hyphens and byte-order marks between letters.
const INVISIBLE = /[\u00ad\u200b-\u200d\u2060\ufeff]/g;
// Bullets as PDFs copy them, private-use Symbol and Wingdings bullets included; written
// as escapes because the font test reads every character in the UI's sources.
const BULLET =
  /^(?:[\u2022\u2023\u2043\u2219\u25aa\u25ab\u25a0\u25a1\u25cb\u25cf\u25e6\u00b7\u2013\u2014\u27a2\u2713\u2714\uf0a7\uf0b7\uf0d8\uf0fc*-]|o(?=\s))\s*/;
const PAGE_NUMBER = [
  /^\d{1,4}$/,
  /^[-\u2013\u2014([]\s*\d{1,4}\s*[-\u2013\u2014)\]]$/,
  /^หน้า(?:ที่)?\s*\d{1,4}(?:\s*(?:\/|จาก)\s*\d{1,4})?$/,
  /^(?:page|p\.)\s*\d{1,4}(?:\s*(?:\/|of)\s*\d{1,4})?$/i,
  /^\d{1,4}\s*(?:\/|จาก|of)\s*\d{1,4}$/i,
];
// A section's heading ("หมวดที่ 3 การบริหารบุคลากร") between the last item of one section and the first of the next.
const SECTION_HEADING = /^หมวด(?:ที่)?\s*\d{1,2}(?:\s|$)/;
// An item number at the very start of a line: "2.5", "ข้อ 2.5", "2.5)" or "2.5.", followed by
// a space, Thai or nothing; never "2.5.1" (a sub-point), "08.30" (a time) or "2.5%".
const ITEM_START = /^(?:ข้อ(?:ที่)?\s*)?([1-9]\d?)\.([1-9]\d{0,2})(?!\d|\.\d)[.)]?(?=\s|[\u0e01-\u0e4f"\u201c(]|$)\s*/;
// A plain question number: "3." or "3)" followed by a space, Thai or nothing, or "ข้อ 3"
// with or without them; never "3.5" (that is ITEM_START's), "15 วันทำการ" or "3.5%".
const PLAIN_START = /^(?:ข้อ(?:ที่)?\s*([1-9]\d{0,2})[.)]?|([1-9]\d{0,2})[.)])(?=\s|[\u0e01-\u0e4f"\u201c(]|$)\s*/;

/** An item's number: [2, 5] for "2.5", [3] for a plain "3.". */
type ItemNumber = number[];

/** Whether `next` can follow `previous` in a manual's list: on within a section, or the next section; plain numbers on. */
function followsOn(previous: ItemNumber | null, next: ItemNumber): boolean {
  if (previous === null) return true;
  if (next.length !== previous.length) return false;
  if (next.length === 1) return next[0] > previous[0];
  if (next[0] === previous[0]) return next[1] > previous[1];
  return next[0] === previous[0] + 1;
}

/** The item number a line starts with, and how long it is written; plain numbers only if asked. */
function itemStart(arabic: string, plain: boolean): { number: ItemNumber; length: number } | null {
  const dotted = ITEM_START.exec(arabic);
  if (dotted) return { number: [Number(dotted[1]), Number(dotted[2])], length: dotted[0].length };
  const single = plain ? PLAIN_START.exec(arabic) : null;
  return single ? { number: [Number(single[1] ?? single[2])], length: single[0].length } : null;
}

/** How a paste is read: `plain` also reads plain numbers ("1.", "๒)", "ข้อ 3"), for a part numbered so. */
export interface ReadOptions {
  plain?: boolean;
}

interface Line {
  /** The whole line, its spaces made plain and single: what is said when it is set aside. */
  whole: string;
  /** The same with any bullet taken off. */
  text: string;
  /** The same in Arabic digits, for matching: Thai and full-width digits map one to one, so offsets stay. */
  arabic: string;
  /** Whether the whole line is a page number ("12", "- 12 -", "หน้า 12"). */
  pageNumber: boolean;
}

function readLine(raw: string): Line {
  const whole = raw.replace(INVISIBLE, "").replace(/\s+/g, " ").trim();
  const text = whole.replace(BULLET, "");
  const wholeArabic = thaiDigitsToArabic(whole);
  return { whole, text, arabic: thaiDigitsToArabic(text), pageNumber: PAGE_NUMBER.some((pattern) => pattern.test(wholeArabic)) };
}

/**
 * Lines repeated at page breaks (a manual's title at the top of every page): the same
 * line more than once, beside a page number at least once.
 */
function runningHeaders(lines: Line[], plain: boolean): Set<string> {
  const counts = new Map<string, number>();
  for (const { arabic } of lines) if (arabic !== "") counts.set(arabic, (counts.get(arabic) ?? 0) + 1);
  const filled = lines.filter((line) => line.arabic !== "");
  const headers = new Set<string>();
  filled.forEach((line, index) => {
    if ((counts.get(line.arabic) ?? 0) < 2 || line.pageNumber || itemStart(line.arabic, plain)) return;
    const beside = [filled[index - 1], filled[index + 1]].some((other) => other?.pageNumber);
    if (beside) headers.add(line.arabic);
  });
  return headers;
}

/** Reads pasted text into items, in the order the manual lists them. */
export function parsePastedItems(pasted: string, { plain = false }: ReadOptions = {}): PastedList {
  const lines = pasted.split(/\r\n?|[\n\f\v\u2028\u2029]/).map(readLine);
  const headers = runningHeaders(lines, plain);
  const items: Array<PastedItem & { parts: string[] }> = [];
  const setAside: SetAside[] = [];
  const keptAsText: KeptAsText[] = [];
  let previous: ItemNumber | null = null;
  for (const [index, { whole, text, arabic, pageNumber }] of lines.entries()) {
    const line = index + 1;
    if (text === "") continue;
    const why: SetAsideReason | null = pageNumber
      ? "page-number"
      : headers.has(arabic)
        ? "running-header"
        : SECTION_HEADING.test(arabic)
          ? "section-heading"
          : null;
    if (why) {
      setAside.push({ line, text: whole, why });
      continue;
    }
    const start = itemStart(arabic, plain);
    const current = items.at(-1);
    if (start) {
      const { number } = start;
      const code = number.join(".");
      if (followsOn(previous, number)) {
        previous = number;
        items.push({ code, title: "", line, parts: [text.slice(start.length)] });
        continue;
      }
      if (current) keptAsText.push({ line, code, into: current.code });
    }
    if (current) current.parts.push(text);
    else setAside.push({ line, text: whole, why: "before-first-item" });
  }
  return {
    items: items.map(({ code, line, parts }) => ({ code, line, title: parts.join(" ").replace(/ +/g, " ").trim() })),
    setAside,
    keptAsText,
  };
}
