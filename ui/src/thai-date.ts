//! Dates as Thai offices write them: day/month/Buddhist-era year in, "15 ม.ค. 2570" out.
//! Stored dates stay ISO (Common Era), as the Rust side keeps them.

const MONTHS_ABBREVIATED = ["ม.ค.", "ก.พ.", "มี.ค.", "เม.ย.", "พ.ค.", "มิ.ย.", "ก.ค.", "ส.ค.", "ก.ย.", "ต.ค.", "พ.ย.", "ธ.ค."];
const MONTHS_ENGLISH = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"];
const BUDDHIST_ERA_OFFSET = 543;

/** Thai digits (๐-๙) as ASCII digits, for reading what clerks type. */
export function thaiDigitsToArabic(text: string): string {
  return text.replace(/[๐-๙]/g, (digit) => String(digit.charCodeAt(0) - 0x0e50));
}

function isoDate(year: number, month: number, day: number): string | null {
  const date = new Date(Date.UTC(year, month - 1, day));
  const valid = date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day;
  return valid ? `${String(year).padStart(4, "0")}-${String(month).padStart(2, "0")}-${String(day).padStart(2, "0")}` : null;
}

/**
 * Reads "15/1/2570" (day/month/B.E. year; Thai digits, "-" and "." also accepted) or an
 * ISO date, and returns the ISO date, or null when it is not a real date. Years below
 * 2400 are taken as Common Era, so "15/1/2027" also works.
 */
export function parseThaiDate(text: string): string | null {
  const cleaned = thaiDigitsToArabic(text.trim());
  const iso = /^(\d{4})-(\d{1,2})-(\d{1,2})$/.exec(cleaned);
  if (iso) return isoDate(Number(iso[1]), Number(iso[2]), Number(iso[3]));
  const parts = /^(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})$/.exec(cleaned);
  if (!parts) return null;
  const year = Number(parts[3]);
  return isoDate(year >= 2400 ? year - BUDDHIST_ERA_OFFSET : year, Number(parts[2]), Number(parts[1]));
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
