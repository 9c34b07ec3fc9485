//! Reads the numbered list of items a province officer copies out of the official manual
//! (a PDF) into draft items: one item per number ("2.5", "๒.๗"), each item's text joined
//! from the lines a PDF copy breaks it into, and what a copy brings along besides (page
//! numbers, running headers, bullets, odd spaces) set aside and said, never silently lost.

import { thaiDigitsToArabic } from "./thai-date";

export interface PastedItem {
  /** The item's number in Arabic digits, e.g. "2.10". */
  code: string;
  /** The item's text, its lines joined with single spaces (Thai digits kept as written). */
  title: string;
  /** The line (counted from 1) its number was on. */
  line: number;
}

export type SetAsideReason = "page-number" | "running-header" | "before-first-item";

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
const BULLET = /^(?:[\u2022\u2023\u2043\u2219\u25aa\u25ab\u25a0\u25a1\u25cb\u25cf\u25e6\u00b7\u2013\u2014\u27a2\u2713\u2714\uf0a7\uf0b7\uf0d8\uf0fc*-]|o(?=\s))\s*/;
const PAGE_NUMBER = [
  /^\d{1,4}$/,
  /^[-\u2013\u2014([]\s*\d{1,4}\s*[-\u2013\u2014)\]]$/,
  /^หน้า(?:ที่)?\s*\d{1,4}(?:\s*(?:\/|จาก)\s*\d{1,4})?$/,
  /^(?:page|p\.)\s*\d{1,4}(?:\s*(?:\/|of)\s*\d{1,4})?$/i,
  /^\d{1,4}\s*(?:\/|จาก|of)\s*\d{1,4}$/i,
];
// An item number at the very start of a line: "2.5", "ข้อ 2.5", "2.5)" or "2.5.", followed by
// a space, Thai or nothing; never "2.5.1" (a sub-point), "08.30" (a time) or "2.5%".
const ITEM_START = /^(?:ข้อ(?:ที่)?\s*)?([1-9]\d?)\.([1-9]\d{0,2})(?!\d|\.\d)[.)]?(?=\s|[\u0e01-\u0e4f"\u201c(]|$)\s*/;

interface ItemNumber {
  major: number;
  minor: number;
}

/** Whether `next` can follow `previous` in a manual's list: on within a section, or the next section. */
function followsOn(previous: ItemNumber | null, next: ItemNumber): boolean {
  if (previous === null) return true;
  if (next.major === previous.major) return next.minor > previous.minor;
  return next.major === previous.major + 1;
}

interface Line {
  /** The line with its spaces made plain and single and any bullet taken off. */
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
  return { text, arabic: thaiDigitsToArabic(text), pageNumber: PAGE_NUMBER.some((pattern) => pattern.test(wholeArabic)) };
}

/**
 * Lines repeated at page breaks (a manual's title at the top of every page): the same
 * line more than once, beside a page number at least once.
 */
function runningHeaders(lines: Line[]): Set<string> {
  const counts = new Map<string, number>();
  for (const { arabic } of lines) if (arabic !== "") counts.set(arabic, (counts.get(arabic) ?? 0) + 1);
  const filled = lines.filter((line) => line.arabic !== "");
  const headers = new Set<string>();
  filled.forEach((line, index) => {
    if ((counts.get(line.arabic) ?? 0) < 2 || line.pageNumber || ITEM_START.test(line.arabic)) return;
    const beside = [filled[index - 1], filled[index + 1]].some((other) => other?.pageNumber);
    if (beside) headers.add(line.arabic);
  });
  return headers;
}

/** Reads pasted text into items, in the order the manual lists them. */
export function parsePastedItems(pasted: string): PastedList {
  const lines = pasted.split(/\r\n?|[\n\f\v\u2028\u2029]/).map(readLine);
  const headers = runningHeaders(lines);
  const items: Array<PastedItem & { parts: string[] }> = [];
  const setAside: SetAside[] = [];
  const keptAsText: KeptAsText[] = [];
  let previous: ItemNumber | null = null;
  lines.forEach(({ text, arabic, pageNumber }, index) => {
    const line = index + 1;
    if (text === "") return;
    if (pageNumber) return setAside.push({ line, text, why: "page-number" });
    if (headers.has(arabic)) return setAside.push({ line, text, why: "running-header" });
    const start = ITEM_START.exec(arabic);
    const current = items.at(-1);
    if (start) {
      const number = { major: Number(start[1]), minor: Number(start[2]) };
      const code = `${number.major}.${number.minor}`;
      if (followsOn(previous, number)) {
        previous = number;
        items.push({ code, title: "", line, parts: [text.slice(start[0].length)] });
        return;
      }
      if (current) keptAsText.push({ line, code, into: current.code });
    }
    if (current) current.parts.push(text);
    else setAside.push({ line, text, why: "before-first-item" });
  });
  return {
    items: items.map(({ code, line, parts }) => ({ code, line, title: parts.join(" ").replace(/ +/g, " ").trim() })),
    setAside,
    keptAsText,
  };
}
