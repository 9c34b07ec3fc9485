//! The readiness assessment's questions as a province officer copies them out of the
//! department's form (a PDF) into the pack editor's readiness part, which version 3 of
//! the 2568 pack only declares. The questions are made up (the form's are not public);
//! the copy is as a PDF gives it: the form's title and a part heading before the first
//! question, numbers written "1.", "๒." and "3)", a question broken over two lines, a
//! page number. Shared by the UI's unit tests and the Chromium flow.

const NBSP = "\u00a0";

export const READINESS_PASTE = [
  "แบบประเมินความพร้อมในการเข้าสู่มาตรฐานศูนย์ราชการสะดวก (GECC)",
  "ส่วนที่ ๔ ความพร้อมของหน่วยงาน",
  "1. ผู้บริหารของหน่วยงานมอบนโยบายการให้บริการตามมาตรฐานศูนย์ราชการสะดวกเป็นลายลักษณ์อักษร",
  "๒. มีคำสั่งแต่งตั้งคณะทำงานขับเคลื่อนศูนย์ราชการสะดวก",
  `3)${NBSP}มีการประชุมคณะทำงานเพื่อเตรียมความพร้อม`,
  "อย่างน้อย 2 ครั้ง",
  "4. มีการสำรวจความต้องการของผู้รับบริการก่อนปรับปรุงพื้นที่",
  "5. มีแผนปรับปรุงสถานที่ให้บริการตามเกณฑ์ด้านกายภาพ",
  "- 1 -",
  "6. มีการกำหนดผู้รับผิดชอบแต่ละงานบริการ",
  "7. มีการจัดทำคู่มือการให้บริการสำหรับประชาชน",
  "8. เจ้าหน้าที่ได้รับการอบรมเรื่องการให้บริการที่ดี",
  "๙. มีช่องทางรับฟังความคิดเห็นของผู้รับบริการ",
  "10. หน่วยงานพร้อมรับการตรวจประเมินจากคณะกรรมการภายในปีงบประมาณ",
].join("\r\n");

/** The ten questions' numbers, as the editor reads them. */
export const READINESS_CODES = ["1", "2", "3", "4", "5", "6", "7", "8", "9", "10"];
