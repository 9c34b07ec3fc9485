//! Dates as Thai offices write them: day/month/Buddhist-era year in, "15 ม.ค. 2570" out.
//! Stored dates stay ISO (Common Era), as the Rust side keeps them.

const MONTHS_ABBREVIATED = ["ม.ค.", "ก.พ.", "มี.ค.", "เม.ย.", "พ.ค.", "มิ.ย.", "ก.ค.", "ส.ค.", "ก.ย.", "ต.ค.", "พ.ย.", "ธ.ค."];
const MONTHS_ENGLISH = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"];
const BUDDHIST_ERA_OFFSET = 543;

/**
 * Thai (๐-๙) and full-width (０-９, from some input methods) digits as ASCII digits, for
 * reading what clerks type; every number and date box reads through this.
 */
export function thaiDigitsToArabic(text: string): string {
  return text
    .replace(/[๐-๙]/g, (digit) => String(digit.charCodeAt(0) - 0x0e50))
    .replace(/[\uFF10-\uFF19]/g, (digit) => String(digit.charCodeAt(0) - 0xff10));
}

function isoDate(year: number, month: number, day: number): string | null {
  const date = new Date(Date.UTC(year, month - 1, day));
  const valid = date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day;
  return valid ? `${String(year).padStart(4, "0")}-${String(month).padStart(2, "0")}-${String(day).padStart(2, "0")}` : null;
}

/** How many years before and after this one a typed date may fall: further is a typo. */
const PLAUSIBLE_YEARS = 10;

export type DateReading =
  | { kind: "empty" }
  | { kind: "date"; iso: string }
  | { kind: "refused"; why: "notADate" | "noSuchDay" | "commonEraYear" | "implausibleYear"; values: Record<string, number> };

/**
 * Reads "15/1/2570" (day/month/B.E. year; Thai digits, "-" and "." also accepted) or an
 * ISO date (Common Era by definition). A year such as 2027 in day/month/year is refused
 * with the B.E. year it probably means, never converted silently, and a year further
 * than ten years from `today` (an ISO date) is refused as a typo.
 */
export function readThaiDate(text: string, today: string = todayIso()): DateReading {
  const cleaned = thaiDigitsToArabic(text.trim());
  if (cleaned === "") return { kind: "empty" };
  const iso = /^(\d{4})-(\d{1,2})-(\d{1,2})$/.exec(cleaned);
  const parts = iso ? null : /^(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})$/.exec(cleaned);
  if (!iso && !parts) return { kind: "refused", why: "notADate", values: {} };
  const [yearText, month, day] = iso ? [iso[1], Number(iso[2]), Number(iso[3])] : [parts![3], Number(parts![2]), Number(parts![1])];
  const typedYear = Number(yearText);
  const yearBe = iso ? typedYear + BUDDHIST_ERA_OFFSET : typedYear;
  const thisYearBe = Number(today.slice(0, 4)) + BUDDHIST_ERA_OFFSET;
  const [from, to] = [thisYearBe - PLAUSIBLE_YEARS, thisYearBe + PLAUSIBLE_YEARS];
  if (!iso && typedYear + BUDDHIST_ERA_OFFSET >= from && typedYear + BUDDHIST_ERA_OFFSET <= to) {
    return { kind: "refused", why: "commonEraYear", values: { year: typedYear, be: typedYear + BUDDHIST_ERA_OFFSET } };
  }
  if (yearBe < from || yearBe > to) return { kind: "refused", why: "implausibleYear", values: { year: yearBe, from, to } };
  const date = isoDate(yearBe - BUDDHIST_ERA_OFFSET, month, day);
  return date ? { kind: "date", iso: date } : { kind: "refused", why: "noSuchDay", values: {} };
}

/** The ISO date `text` stands for, or null when it is refused or empty. */
export function parseThaiDate(text: string, today: string = todayIso()): string | null {
  const reading = readThaiDate(text, today);
  return reading.kind === "date" ? reading.iso : null;
}

/** "2027-01-15" → "15 ม.ค. 2570" (Thai) or "15 Jan 2027" (English). */
export function formatThaiDate(iso: string, language: "th" | "en"): string {
  const match = /^(\d{4})-(\d{2})-(\d{2})/.exec(iso);
  if (!match) return iso;
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  return language === "th"
    ? `${day} ${MONTHS_ABBREVIATED[month - 1]} ${year + BUDDHIST_ERA_OFFSET}`
    : `${day} ${MONTHS_ENGLISH[month - 1]} ${year}`;
}

/** The ISO date as the clerk types it: "15/01/2570". */
export function toTypedThaiDate(iso: string | null): string {
  const match = iso ? /^(\d{4})-(\d{2})-(\d{2})/.exec(iso) : null;
  return match ? `${match[3]}/${match[2]}/${Number(match[1]) + BUDDHIST_ERA_OFFSET}` : "";
}

/** Today's ISO date on this computer. */
export function todayIso(now = new Date()): string {
  return isoDate(now.getFullYear(), now.getMonth() + 1, now.getDate()) ?? "";
}

/**
 * A moment (RFC 3339) as local date and time, "22 พ.ย. 2569 14:05"; with `seconds`,
 * "22 พ.ย. 2569 14:05:09", for moments that can be a minute apart (backups).
 */
export function formatMoment(rfc3339: string, language: "th" | "en", seconds = false): string {
  const date = new Date(rfc3339);
  if (Number.isNaN(date.getTime())) return rfc3339;
  const day = formatThaiDate(todayIso(date), language);
  const parts = [date.getHours(), date.getMinutes(), ...(seconds ? [date.getSeconds()] : [])];
  return `${day} ${parts.map((part) => String(part).padStart(2, "0")).join(":")}`;
}

/** The fiscal year (B.E.) an ISO date falls in: from 1 October it is the next year's. */
export function fiscalYearBe(iso: string): number {
  const [year, month] = iso.split("-").map(Number);
  return (month >= 10 ? year + 1 : year) + BUDDHIST_ERA_OFFSET;
}

/** Whole days from `fromIso` to `toIso` (negative when `toIso` is earlier). */
export function daysBetween(fromIso: string, toIso: string): number {
  return Math.round((Date.parse(`${toIso}T00:00:00Z`) - Date.parse(`${fromIso}T00:00:00Z`)) / 86_400_000);
}
