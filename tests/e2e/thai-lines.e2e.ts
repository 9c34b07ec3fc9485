//! Thai words are not cut in the middle in the real webview (issue 15, point 14).
//! WebKitGTK breaks Thai between any two letters whatever the CSS says ("พั|ฒนา",
//! "ธันวา|คม"); the UI cuts Thai into words itself (ui/src/views/thai-words.ts). A note
//! typed into the app and shown whole once the round is submitted, and the sidebar's
//! texts, are measured in the webview's line boxes at many widths.

import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { launch, saveArtifact, startDriver, type Driver } from "./app";
import type { Session } from "./webdriver";

const ITEM = '[data-item-id="physical.service-hours"]';
const NOTE = "ได้ปรับปรุงพื้นที่ให้บริการตามเกณฑ์พื้นฐานเรียบร้อยแล้วตั้งแต่เดือนธันวาคมโดยติดตั้งป้ายบอกทางและจัดที่นั่งรอสำหรับผู้สูงอายุตามมาตรฐาน";
const WHOLE_WORDS = ["พื้นฐาน", "ธันวาคม", "ปรับปรุง", "เรียบร้อย", "ติดตั้ง", "ผู้สูงอายุ", "มาตรฐาน", "กายภาพ", "คุณภาพ", "ผลลัพธ์"];
const SETTLED = '!document.querySelector("[data-modal]")';

/** The words cut by a line break in `selector` at each width of `widthOf` (px). */
async function wordsCut(session: Session, widthOf: string, selector: string): Promise<string[]> {
  return session.execute<string[]>(
    `
    const [widthOf, selector, words] = arguments;
    const mark = /[\\u0e31\\u0e34-\\u0e3a\\u0e47-\\u0e4e]/;
    const line = (node, offset) => {
      const range = document.createRange();
      range.setStart(node, offset);
      range.setEnd(node, offset + 1);
      return Math.round(range.getBoundingClientRect().bottom);
    };
    const cut = new Set();
    for (let width = 192; width <= 384; width += 6) {
      document.querySelector(widthOf).style.width = width + "px";
      for (const element of document.querySelectorAll(selector)) {
        const letters = [];
        const walker = document.createTreeWalker(element, NodeFilter.SHOW_TEXT);
        for (let node = walker.nextNode(); node; node = walker.nextNode()) {
          for (let offset = 0; offset < node.data.length; offset++) letters.push({ node, offset, char: node.data[offset] });
        }
        const text = letters.map((l) => l.char).join("");
        for (const word of words) {
          for (let at = text.indexOf(word); at >= 0; at = text.indexOf(word, at + 1)) {
            const lines = new Set(letters.slice(at, at + word.length).filter((l) => !mark.test(l.char)).map((l) => line(l.node, l.offset)));
            if (lines.size > 1) cut.add(word + " at " + width + "px");
          }
        }
      }
    }
    document.querySelector(widthOf).style.width = "";
    return [...cut];
  `,
    widthOf,
    selector,
    WHOLE_WORDS,
  );
}

describe("Thai line breaks in the real webview", () => {
  let driver: Driver;

  beforeAll(async () => {
    driver = await startDriver();
  });

  afterAll(async () => {
    await driver?.stop();
  });

  it("keeps every Thai word of a submitted round's note and of the sidebar on one line", async () => {
    const { session } = await launch(driver);
    await session.type(`${ITEM} .note textarea`, NOTE);
    await session.waitFor(
      `document.querySelector('${ITEM} [data-saved]') && !document.querySelector(".save-state.saving")`,
      "the note to be saved",
    );
    await session.click('[data-action="submit"]');
    await session.waitFor('document.querySelector("[data-modal=submit]")', "the submit dialog");
    await session.click('[data-modal="submit"] button[type="submit"]');
    await session.waitFor(`${SETTLED} && document.querySelector('${ITEM} [data-read-only="note"] p')`, "the note shown whole");
    expect(await session.text(`${ITEM} [data-read-only="note"] p`)).toBe(NOTE);
    await session.execute(`document.querySelector('${ITEM}').scrollIntoView({ block: "center" })`);
    saveArtifact("issue15-thai-note-webkit.png", await session.screenshot());

    expect(await wordsCut(session, `${ITEM} [data-read-only="note"]`, `${ITEM} [data-read-only="note"] p`)).toEqual([]);
    expect(await wordsCut(session, ".sidebar", ".part-title, .deadline-title, .next-deadline")).toEqual([]);
    await session.end();
  });
});
