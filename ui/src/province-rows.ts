//! The province overview's rows at the scale of a whole department (issue 18, about 9,000
//! offices): what to find and order each office by, worked out once per overview read;
//! the rows a text, a reporting state and a sort leave, as one cheap pass over those keys;
//! and which of them a scrolled table draws, so 10,000 rows cost what 40 do.

import type { OfficeRow, ProvinceStatus } from "./bindings";

/** Which offices the overview shows by what they sent: "sent" counts the late ones too, as the summary does. */
export type ReportingFilter = "all" | "not_sent" | "late" | "sent";
export type SortKey = "name" | "score" | "reporting" | "last_bundle";

export interface ProvinceSort {
  key: SortKey;
  descending: boolean;
}

/** Where the table's box is scrolled to, past its header, and its size, in CSS pixels; 0 until measured. */
export interface MatrixScroll {
  top: number;
  height: number;
  rowHeight: number;
}

/** Up to this many offices every row is drawn, as before; above it only those in view. */
export const WINDOW_THRESHOLD = 200;
/** Rows drawn past each edge of the view: Tab and a short scroll find the next row drawn already. */
export const OVERSCAN = 8;
/** A row's height until one is measured: the stylesheet's 2.2rem at the usual 16 px. */
export const ESTIMATED_ROW_HEIGHT = 35;

/** What the reporting badge says of a row, by what the office sent and when it was due. */
export type ReportingBadge = "local" | "sent" | "late" | "missing" | "not_sent";

export function reportingBadgeOf(row: OfficeRow): ReportingBadge {
  if (row.is_local) return "local";
  switch (row.reporting.state) {
    case "late":
      return "late";
    case "missing":
      return "missing";
    default:
      return row.bundles > 0 ? "sent" : "not_sent";
  }
}

/** The reporting sort's order: the most to chase first (overdue, then not yet due), this office last. */
const URGENCY: Record<ReportingBadge, number> = { missing: 0, not_sent: 1, late: 2, sent: 3, local: 4 };

/** Text as it is compared when finding: one form of Thai (ำ typed as ํ + า), no case, no spaces. */
export function folded(text: string): string {
  return text
    .normalize("NFKC")
    .toLowerCase()
    .replace(/[\s\u200b-\u200d\ufeff]+/g, "");
}

/** Every office's keys, made once per overview read. */
export interface OfficeIndex {
  rows: OfficeRow[];
  /** Name and district folded, apart so a search does not run from one into the other. */
  text: string[];
  urgency: Uint8Array;
  /** Points as a share of the round's total; NaN without a round, which sorts last. */
  score: Float64Array;
  /** The last bundle's time; NaN when nothing came, which sorts last. */
  lastBundle: Float64Array;
  /** How many offices each reporting choice shows. */
  counts: Record<ReportingFilter, number>;
  /** Row numbers in each sort's order, made the first time it is asked for. */
  orders: Map<string, Int32Array>;
  namePlaces: Float64Array | null;
}

const indexes = new WeakMap<ProvinceStatus, OfficeIndex>();

export function officeIndex(status: ProvinceStatus): OfficeIndex {
  const made = indexes.get(status);
  if (made) return made;
  const rows = status.rows;
  const index: OfficeIndex = {
    rows,
    text: rows.map((row) => `${folded(row.office_name)}\u0000${folded(row.district)}`),
    urgency: Uint8Array.from(rows, (row) => URGENCY[reportingBadgeOf(row)]),
    score: Float64Array.from(rows, (row) => (row.round_id === null ? Number.NaN : row.total > 0 ? row.earned / row.total : 0)),
    lastBundle: Float64Array.from(rows, (row) => (row.last_bundle_at ? Date.parse(row.last_bundle_at) : Number.NaN)),
    counts: { all: rows.length, not_sent: 0, late: 0, sent: 0 },
    orders: new Map(),
    namePlaces: null,
  };
  for (const urgency of index.urgency) {
    for (const filter of ["not_sent", "late", "sent"] as const) if (passes(filter, urgency)) index.counts[filter] += 1;
  }
  indexes.set(status, index);
  return index;
}

function passes(filter: ReportingFilter, urgency: number): boolean {
  switch (filter) {
    case "all":
      return true;
    case "not_sent":
      return urgency <= URGENCY.not_sent;
    case "late":
      return urgency === URGENCY.late;
    case "sent":
      return urgency === URGENCY.late || urgency === URGENCY.sent;
  }
}

/** Each row's place in Thai alphabetical order (a leading vowel after its consonant); the collator is slow, so once per read. */
function namePlaces(index: OfficeIndex): Float64Array {
  if (!index.namePlaces) {
    const collator = new Intl.Collator("th");
    const rows = index.rows;
    const byName = rows.map((_, i) => i).sort((a, b) => collator.compare(rows[a].office_name, rows[b].office_name) || a - b);
    index.namePlaces = new Float64Array(rows.length);
    for (let at = 0; at < byName.length; at++) index.namePlaces[byName[at]] = at;
  }
  return index.namePlaces;
}

/**
 * Works out the name order ahead of a press on its header: Thai collation of 10,000 names
 * takes tens of milliseconds, more than the other keys together, so it is made once the
 * overview is on screen rather than before it is drawn or when the clerk asks for it.
 */
export function prepareNameOrder(status: ProvinceStatus): void {
  namePlaces(officeIndex(status));
}

/** Each row's key for a sort, lower first: descending negated, and rows without a value last either way. */
function sortValues(index: OfficeIndex, sort: ProvinceSort): Float64Array {
  const values =
    sort.key === "name"
      ? namePlaces(index)
      : sort.key === "score"
        ? index.score
        : sort.key === "last_bundle"
          ? index.lastBundle
          : index.urgency;
  const sign = sort.descending ? -1 : 1;
  return Float64Array.from(values, (value) => (Number.isNaN(value) ? Number.POSITIVE_INFINITY : sign * value));
}

/** Every row number in a sort's order (ties keep the order the store sent); kept for the next filter. */
function sortedOrder(index: OfficeIndex, sort: ProvinceSort): Int32Array {
  const key = `${sort.key}/${sort.descending}`;
  let order = index.orders.get(key);
  if (!order) {
    const values = sortValues(index, sort);
    order = Int32Array.from(index.rows, (_, i) => i).sort((a, b) => values[a] - values[b] || a - b);
    index.orders.set(key, order);
  }
  return order;
}

let last: { index: OfficeIndex; query: string; reporting: ReportingFilter; sort: string; rows: number[] } | null = null;

/** The row numbers shown, in order: those whose name or district holds the text typed and that match the reporting choice. */
export function shownRows(index: OfficeIndex, query: string, reporting: ReportingFilter, sort: ProvinceSort | null): number[] {
  const sortKey = sort ? `${sort.key}/${sort.descending}` : "";
  // Each scroll redraws: the same question gets the same answer without another pass.
  if (last && last.index === index && last.query === query && last.reporting === reporting && last.sort === sortKey) return last.rows;
  const needle = folded(query);
  const order = sort ? sortedOrder(index, sort) : null;
  const rows: number[] = [];
  for (let at = 0; at < index.rows.length; at++) {
    const row = order ? order[at] : at;
    if (passes(reporting, index.urgency[row]) && (needle === "" || index.text[row].includes(needle))) rows.push(row);
  }
  last = { index, query, reporting, sort: sortKey, rows };
  return rows;
}

/** The rows a table draws, [start, end) of `total`, and the room the rows not drawn take above and below. */
export interface RowWindow {
  start: number;
  end: number;
  before: number;
  after: number;
}

/** Which rows are in view for the box scrolled as `scroll` says, with OVERSCAN more each way. */
export function rowWindow(total: number, scroll: MatrixScroll, viewportHeight: number, overscan = OVERSCAN): RowWindow {
  const rowHeight = scroll.rowHeight > 0 ? scroll.rowHeight : ESTIMATED_ROW_HEIGHT;
  const height = scroll.height > 0 ? scroll.height : viewportHeight;
  const first = Math.min(Math.floor(Math.max(0, scroll.top) / rowHeight), Math.max(0, total - 1));
  const start = Math.max(0, first - overscan);
  const end = Math.min(total, first + Math.ceil(height / rowHeight) + 1 + overscan);
  return { start, end, before: start * rowHeight, after: (total - end) * rowHeight };
}

/** The sort after a click on a column's header: the same column turns round, another starts ascending. */
export function nextSort(current: ProvinceSort | null, key: SortKey): ProvinceSort {
  return current?.key === key ? { key, descending: !current.descending } : { key, descending: false };
}
