//! The one reader of numbers typed in any box: Arabic, Thai (๐-๙) or full-width digits,
//! commas between thousands ("1,200", "๑,๒๐๐") and a decimal point, as Thai offices
//! write them. A box is text, not `type="number"`, because a number box hands over an
//! empty value for anything the browser cannot read, so what was typed would be lost
//! without a word; here every refusal carries the reason to show beside the box.

import type { WordKey } from "../i18n";
import { thaiDigitsToArabic } from "../thai-date";

/** What a box accepts; the Rust side checks the same limits before it saves. */
export interface NumberRule {
  min?: number | null;
  max?: number | null;
  /** Counts: whole numbers only. */
  whole?: boolean;
}

export type NumberReading =
  | { kind: "empty" }
  | { kind: "number"; value: number }
  | { kind: "refused"; why: WordKey; values: Record<string, number> };

// Thousands only in groups of three after the first ("1,200", not "1,2"): a comma could
// otherwise be a decimal comma, and reading "1,200" as 1.2 is the mistake this prevents.
const NUMBER = /^-?(?:\d{1,3}(?:,\d{3})+|\d+)(?:\.\d*)?$|^-?\.\d+$/;

/** Reads what was typed in a number box and checks it against the box's rule. */
export function readNumber(text: string, rule: NumberRule = {}): NumberReading {
  const cleaned = thaiDigitsToArabic(text.trim())
    .replace(/\s+/g, "")
    .replace(/\uFF0C/g, ",")
    .replace(/[−–]/g, "-");
  if (cleaned === "") return { kind: "empty" };
  if (!NUMBER.test(cleaned)) return { kind: "refused", why: "notANumber", values: {} };
  const value = Number(cleaned.replace(/,/g, ""));
  if (!Number.isFinite(value)) return { kind: "refused", why: "notANumber", values: {} };
  if (rule.whole && !Number.isInteger(value)) return { kind: "refused", why: "mustBeWhole", values: {} };
  if (rule.min != null && value < rule.min) return { kind: "refused", why: "atLeast", values: { min: rule.min } };
  if (rule.max != null && value > rule.max) return { kind: "refused", why: "atMost", values: { max: rule.max } };
  return { kind: "number", value };
}

/** A number typed in a field, or null when the field is empty or cannot be read. */
export function parseTypedNumber(text: string): number | null {
  const reading = readNumber(text);
  return reading.kind === "number" ? reading.value : null;
}
