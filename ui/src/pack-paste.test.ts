import { describe, expect, it } from "vitest";
import { compareCodes } from "./new-items";
import { parsePastedItems } from "./pack-paste";
import { MANUAL_PASTE, NEW_CODES } from "./test-fixtures/manual-2568";
import { READINESS_CODES, READINESS_PASTE } from "./test-fixtures/readiness-2568";

const codes = (text: string) => parsePastedItems(text).items.map((item) => item.code);
const plainCodes = (text: string) => parsePastedItems(text, { plain: true }).items.map((item) => item.code);

describe("reading items pasted from the manual", () => {
  it("reads a messy copy of two pages into one item per number, each item's lines joined with single spaces", () => {
    const pasted = [
      "เกณฑ์ขั้นสูง",
      "  2.5   มีการจัดบริการเชิงรุกนอกสถานที่",
      "\u00a0อย่างน้อยปีละ 2 ครั้ง\u200b  ",
      "\u2022 มีภาพถ่ายการให้บริการ",
      "",
      "2.6 มีช่องทางรับฟังความคิดเห็นของผู้รับบริการ\t",
      "หน้า 12",
      "คู่มือการประเมินศูนย์ราชการสะดวก (GECC) ปี 2568",
      "ครบทุกช่องทาง",
      "\uf0b7 2.7 มีการวิเคราะห์ข้อร้องเรียน",
      "คู่มือการประเมินศูนย์ราชการสะดวก (GECC) ปี 2568",
      "13",
    ].join("\r\n");
    const read = parsePastedItems(pasted);
    expect(read.items).toEqual([
      { code: "2.5", line: 2, title: "มีการจัดบริการเชิงรุกนอกสถานที่ อย่างน้อยปีละ 2 ครั้ง มีภาพถ่ายการให้บริการ" },
      { code: "2.6", line: 6, title: "มีช่องทางรับฟังความคิดเห็นของผู้รับบริการ ครบทุกช่องทาง" },
      { code: "2.7", line: 10, title: "มีการวิเคราะห์ข้อร้องเรียน" },
    ]);
    expect(read.setAside, "the heading, the page numbers and the manual's title repeated at page breaks").toEqual([
      { line: 1, text: "เกณฑ์ขั้นสูง", why: "before-first-item" },
      { line: 7, text: "หน้า 12", why: "page-number" },
      { line: 8, text: "คู่มือการประเมินศูนย์ราชการสะดวก (GECC) ปี 2568", why: "running-header" },
      { line: 11, text: "คู่มือการประเมินศูนย์ราชการสะดวก (GECC) ปี 2568", why: "running-header" },
      { line: 12, text: "13", why: "page-number" },
    ]);
    expect(read.keptAsText).toEqual([]);
  });

  it("reads Thai digits in numbers as Arabic codes, and leaves the text as it was written", () => {
    const read = parsePastedItems("๒.๗ มีเอกสารแนะนำการใช้บริการ ๓ ภาษา\nข้อ ๒.๘ มีระบบนัดหมายล่วงหน้า\n๒.๙) มีป้ายบอกทาง");
    expect(read.items.map((item) => [item.code, item.title])).toEqual([
      ["2.7", "มีเอกสารแนะนำการใช้บริการ ๓ ภาษา"],
      ["2.8", "มีระบบนัดหมายล่วงหน้า"],
      ["2.9", "มีป้ายบอกทาง"],
    ]);
  });

  it("tells 2.10 from 2.1: numbers run on as numbers, not as text", () => {
    expect(codes("2.9 ก\n2.10 ข\n2.11 ค\n3.1 ง\n3.10 จ")).toEqual(["2.9", "2.10", "2.11", "3.1", "3.10"]);
    const read = parsePastedItems("2.10 มีการประชุมทบทวน\n2.1 ครั้ง\n2.11 มีการรายงานผล");
    expect(
      read.items.map((item) => item.code),
      "2.1 after 2.10 goes backwards",
    ).toEqual(["2.10", "2.11"]);
    expect(read.items[0].title).toBe("มีการประชุมทบทวน 2.1 ครั้ง");
    expect(read.keptAsText).toEqual([{ line: 2, code: "2.1", into: "2.10" }]);
  });

  it("starts no item at a number in the middle of a sentence, a sub-point, a time or a count", () => {
    const pasted = [
      "2.12 มีการติดตามผลตามข้อ 2.3 ของคู่มือ",
      "ให้เป็นไปตามข้อ 2.4 และ",
      "2.12.1 มีแผนติดตาม",
      "08.30 น. ถึง 16.30 น.",
      "15 วันทำการ",
      "2.5% ของผู้รับบริการ",
      "2.13 มีการปรับปรุงบริการ",
    ].join("\n");
    const read = parsePastedItems(pasted);
    expect(read.items.map((item) => item.code)).toEqual(["2.12", "2.13"]);
    expect(read.items[0].title).toBe(
      "มีการติดตามผลตามข้อ 2.3 ของคู่มือ ให้เป็นไปตามข้อ 2.4 และ 2.12.1 มีแผนติดตาม 08.30 น. ถึง 16.30 น. 15 วันทำการ 2.5% ของผู้รับบริการ",
    );
    expect(read.setAside).toEqual([]);
  });

  it("keeps a wrapped line that looks like an out-of-order item as text, and says where it went", () => {
    const read = parsePastedItems("2.6 ลดระยะเวลารอคอยลง\n1.5 เท่าจากปีก่อน\n2.7 มีการประเมินผล\n4.1 ครั้งต่อปี");
    expect(read.items.map((item) => [item.code, item.title])).toEqual([
      ["2.6", "ลดระยะเวลารอคอยลง 1.5 เท่าจากปีก่อน"],
      ["2.7", "มีการประเมินผล 4.1 ครั้งต่อปี"],
    ]);
    expect(read.keptAsText).toEqual([
      { line: 2, code: "1.5", into: "2.6" },
      { line: 4, code: "4.1", into: "2.7" },
    ]);
  });

  it("gives a number alone on its line the text of the lines after it", () => {
    const read = parsePastedItems("2.14\nมีการเผยแพร่ผลการดำเนินงาน\nต่อสาธารณะ\n2.15.\tมีคู่มือ");
    expect(read.items.map((item) => [item.code, item.title])).toEqual([
      ["2.14", "มีการเผยแพร่ผลการดำเนินงาน ต่อสาธารณะ"],
      ["2.15", "มีคู่มือ"],
    ]);
  });

  it("sets aside every kind of page number, and a line repeated but never beside one stays text", () => {
    const pasted = ["2.5 ก", "- 12 -", "(13)", "หน้า ๑๔ จาก ๔๐", "Page 15 of 40", "16/40", "2.6 ข", "และมีหลักฐาน", "2.7 ค", "และมีหลักฐาน"];
    const read = parsePastedItems(pasted.join("\n"));
    expect(read.setAside.map((line) => line.why)).toEqual(Array(5).fill("page-number"));
    expect(
      read.setAside.map((line) => line.text),
      "said as they were, dashes and all",
    ).toEqual(["- 12 -", "(13)", "หน้า ๑๔ จาก ๔๐", "Page 15 of 40", "16/40"]);
    expect(read.items.map((item) => item.title)).toEqual(["ก", "ข และมีหลักฐาน", "ค และมีหลักฐาน"]);
  });

  it("reads nothing from empty text or text without item numbers, and says what it set aside", () => {
    expect(parsePastedItems("")).toEqual({ items: [], setAside: [], keptAsText: [] });
    expect(parsePastedItems(" \n\t\n\u00a0")).toEqual({ items: [], setAside: [], keptAsText: [] });
    const read = parsePastedItems("หมวดที่ 2 การให้บริการ\nเกณฑ์ขั้นสูง");
    expect(read.items).toEqual([]);
    expect(read.setAside.map((line) => line.why)).toEqual(["section-heading", "before-first-item"]);
  });

  it("reads pages a PDF tool separated with form feeds, and old Mac line ends", () => {
    expect(codes("2.5 ก\f2.6 ข\r2.7 ค")).toEqual(["2.5", "2.6", "2.7"]);
  });

  it("reads three pages of the quality part's list: 25 new items and 2 the pack has, headings and page breaks set aside", () => {
    const read = parsePastedItems(MANUAL_PASTE);
    expect(
      read.items.map((item) => item.code),
      "in the manual's order",
    ).toEqual([...NEW_CODES, "2.8", "2.12"].sort(compareCodes));
    const title = (code: string) => read.items.find((item) => item.code === code)?.title;
    expect(title("2.6")).toBe("มีช่องทางรับฟังความคิดเห็นและข้อร้องเรียนของผู้รับบริการ อย่างน้อย 3 ช่องทาง");
    expect(title("2.9"), "nothing of the page break behind it").toBe("มีระบบนัดหมายล่วงหน้าผ่านช่องทางออนไลน์");
    expect(title("2.14")).toBe("มีการให้บริการนอกเวลาราชการ (หลัง 16.30 น.) หรือในวันหยุดราชการ");
    expect(title("2.22"), "the next section's heading is not part of it").toBe("มีการเทียบเคียงผลการดำเนินงานกับหน่วยงานที่เป็นเลิศ");
    expect(title("3.5")).toBe("มีการประเมินผลการปฏิบัติงานของเจ้าหน้าที่ ที่เชื่อมโยงกับคุณภาพการให้บริการ");
    expect(read.setAside.map((line) => line.why)).toEqual([
      "section-heading",
      "page-number",
      "running-header",
      "running-header",
      "page-number",
      "section-heading",
      "page-number",
      "running-header",
    ]);
    expect(read.keptAsText).toEqual([]);
  });
});

describe("reading questions numbered 1, 2, 3 (a part asks for plain numbers)", () => {
  it("reads the readiness form's ten questions: '1.', '๒.', '3)', a broken line, the heading and a page number set aside", () => {
    const read = parsePastedItems(READINESS_PASTE, { plain: true });
    expect(read.items.map((item) => item.code)).toEqual(READINESS_CODES);
    expect(read.items[1].title).toBe("มีคำสั่งแต่งตั้งคณะทำงานขับเคลื่อนศูนย์ราชการสะดวก");
    expect(read.items[2].title).toBe("มีการประชุมคณะทำงานเพื่อเตรียมความพร้อม อย่างน้อย 2 ครั้ง");
    expect(read.setAside.map((line) => [line.line, line.why])).toEqual([
      [1, "before-first-item"],
      [2, "before-first-item"],
      [9, "page-number"],
    ]);
    expect(read.keptAsText).toEqual([]);
  });

  it("reads no plain number where a part is numbered 2.5 (the quality part), as before", () => {
    expect(parsePastedItems(READINESS_PASTE).items).toEqual([]);
    expect(codes("2.5 ก\n1. ข้อย่อย\n2.6 ค")).toEqual(["2.5", "2.6"]);
  });

  it("reads 'ข้อ 1', 'ข้อที่ ๒.' and '3.ค', and numbers such as 4.1 when the list starts so", () => {
    expect(plainCodes("ข้อ 1 ก\nข้อที่ ๒. ข\n3.ค")).toEqual(["1", "2", "3"]);
    expect(plainCodes("4.1 ก\n4.2 ข\n๔.๓ ค")).toEqual(["4.1", "4.2", "4.3"]);
  });

  it("starts no question at a count, a percentage, a sub-point or a number going backwards, and says so for those out of order", () => {
    const read = parsePastedItems("1. มีแผน\n15 วันทำการ\n2.5% ของผู้รับบริการ\nข้อ 2.5.1 ย่อย\n2. มีคำสั่ง\n1. ซ้ำ\n1.5 เท่า", { plain: true });
    expect(read.items.map((item) => [item.code, item.title])).toEqual([
      ["1", "มีแผน 15 วันทำการ 2.5% ของผู้รับบริการ ข้อ 2.5.1 ย่อย"],
      ["2", "มีคำสั่ง 1. ซ้ำ 1.5 เท่า"],
    ]);
    expect(read.keptAsText).toEqual([
      { line: 6, code: "1", into: "2" },
      { line: 7, code: "1.5", into: "2" },
    ]);
  });
});
