//! How a line break cut Thai words, measured from the line boxes of the letters: shared by
//! the Chromium flow (tests/ui/thai-lines.flow.ts) and the WebKitGTK e2e test.

import type { Page } from "playwright-core";

/** Words a line must never split (the two the issue saw split, and others in the texts). */
export const WHOLE_WORDS = ["พื้นฐาน", "ธันวาคม", "รายงาน", "พัฒนา", "จังหวัด", "หลักฐาน", "มาตรฐาน", "ปรับปรุง", "ผู้สูงอายุ"];

/** The words of WHOLE_WORDS that a line break cuts, in the elements `selector` matches. */
export async function wordsCut(page: Page, selector: string, words: string[]): Promise<string[]> {
  return page.evaluate(
    ([sel, wanted]) => {
      const cut: string[] = [];
      // Marks above and below a letter have boxes of their own; only the letters' lines count.
      const mark = /[\u0e31\u0e34-\u0e3a\u0e47-\u0e4e]/;
      const line = (node: Text, offset: number) => {
        const range = document.createRange();
        range.setStart(node, offset);
        range.setEnd(node, offset + 1);
        return Math.round(range.getBoundingClientRect().bottom);
      };
      for (const element of Array.from(document.querySelectorAll(sel as string))) {
        // The element's text, and where each of its letters is.
        const letters: Array<{ node: Text; offset: number; char: string }> = [];
        const walker = document.createTreeWalker(element, NodeFilter.SHOW_TEXT);
        for (let node = walker.nextNode() as Text | null; node; node = walker.nextNode() as Text | null) {
          for (let offset = 0; offset < node.data.length; offset++) letters.push({ node, offset, char: node.data[offset]! });
        }
        const text = letters.map((l) => l.char).join("");
        for (const word of wanted as string[]) {
          for (let at = text.indexOf(word); at >= 0; at = text.indexOf(word, at + 1)) {
            const lines = new Set(
              letters
                .slice(at, at + word.length)
                .filter((l) => !mark.test(l.char))
                .map((l) => line(l.node, l.offset)),
            );
            if (lines.size > 1) cut.push(word);
          }
        }
      }
      return cut;
    },
    [selector, words] as const,
  );
}
