//! Thai is written without spaces between words, so where a line may break is up to the
//! webview's line breaker, and both get it wrong (issue 15, point 14): WebKitGTK (the
//! Linux webview) breaks Thai between any two letters ("พั|ฒนา", "ธันวา|คม"), whatever the
//! CSS says, and ICU's dictionary, which Chromium and WebView2 use, splits compounds
//! ("พื้น|ฐาน"). Text we show is therefore cut into words here, with Intl.Segmenter's
//! dictionary and a short list of compounds kept whole, and each word is drawn unbreakable
//! (`white-space: nowrap`; Chromium ignores `word-break: keep-all` for Thai) with a
//! `<wbr>` between words, so a line breaks only there.
//! The text itself is not changed: copied, it reads as it was written.

import { html, type TemplateResult } from "lit";

const segmenter = new Intl.Segmenter("th", { granularity: "word" });

/** Words the dictionary splits in two but a reader sees as one (months, common compounds). */
const COMPOUNDS = new Set([
  "มกราคม",
  "กุมภาพันธ์",
  "มีนาคม",
  "เมษายน",
  "พฤษภาคม",
  "มิถุนายน",
  "กรกฎาคม",
  "สิงหาคม",
  "กันยายน",
  "ตุลาคม",
  "พฤศจิกายน",
  "ธันวาคม",
  "พื้นฐาน",
  "หลักฐาน",
  "มาตรฐาน",
  "ฐานข้อมูล",
  "ผู้รับบริการ",
  "ผู้ใช้บริการ",
  "ผู้สูงอายุ",
  "ผู้พิการ",
  "ประชาชน",
  // The criteria's own words (issue 16): titles pasted from the manual and the editor's checks.
  "เจ้าหน้าที่",
  "ขั้นสูง",
  // The province package and rounds started from an earlier one (issue 16).
  "ชุดเกณฑ์",
  "ลายนิ้วมือ",
  "ลงนาม",
  "นำเข้า",
  "ก่อนหน้า",
  "คำตอบ",
  "ขอรับรอง",
  "ช่องทาง",
  "ร้องเรียน",
  "ปลดล็อก",
]);
const THAI = /[\u0e00-\u0e7f]/;

/** The text cut where a line may break: between Thai words, and after spaces. */
export function thaiWords(text: string): string[] {
  // Offsets between two Thai letters where the dictionary sees a word end.
  const breaks = new Set<number>();
  for (const { index } of segmenter.segment(text)) {
    if (index > 0 && THAI.test(text[index - 1]!) && THAI.test(text[index]!)) breaks.add(index);
  }
  // And after every space, where a line could always break (each word is drawn unbreakable).
  for (let index = 1; index < text.length; index++) if (/\s/.test(text[index - 1]!) && !/\s/.test(text[index]!)) breaks.add(index);
  // None inside a compound, however the dictionary cut around it.
  for (const word of COMPOUNDS) {
    for (let at = text.indexOf(word); at >= 0; at = text.indexOf(word, at + 1)) {
      for (let inside = at + 1; inside < at + word.length; inside++) breaks.delete(inside);
    }
  }
  const offsets = [0, ...[...breaks].sort((a, b) => a - b), text.length];
  return offsets
    .slice(1)
    .map((end, i) => text.slice(offsets[i], end))
    .filter((word) => word !== "");
}

/** The text as words that do not break inside, with a `<wbr>` between them. */
export function thaiText(text: string): TemplateResult {
  const words = thaiWords(text);
  if (words.length < 2) return html`${text}`;
  return html`${words.map((word, index) => html`${index === 0 ? "" : html`<wbr>`}<span class="word">${word}</span>`)}`;
}
