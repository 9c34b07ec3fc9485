//! Reading numbers as clerks type them: Arabic or Thai digits, a decimal point or comma.

import { thaiDigitsToArabic } from "../thai-date";

/** A number typed in a field, or null when the field is empty or not a number. */
export function parseTypedNumber(text: string): number | null {
  const cleaned = thaiDigitsToArabic(text.trim()).replace(",", ".");
  if (cleaned === "") return null;
  const value = Number(cleaned);
  return Number.isFinite(value) ? value : null;
}
