//! Every character the interface shows (its words in i18n.ts and the text in its views)
//! and the built-in criteria packs hold exists in the Sarabun faces the app ships, so no
//! PC shows an empty box where a sign should be (as "＋" once did on every add button).

import fs from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { drawable } from "./font-coverage";

const root = path.resolve(__dirname, "../../..");
const fontsource = path.join(root, "node_modules/@fontsource/sarabun");

/** The UI's source files whose strings reach the screen: everything but tests and generated types. */
function uiSources(dir = path.join(root, "ui/src")): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const file = path.join(dir, entry.name);
    if (entry.isDirectory()) return entry.name === "fonts" ? [] : uiSources(file);
    return /\.ts$/.test(entry.name) && !/(\.test|^test-.*|^bindings)\.ts$/.test(entry.name) ? [file] : [];
  });
}

/** Text outside comments (comments are never shown, and may use any sign). */
function withoutComments(source: string): string {
  return source
    .replace(/\/\*[\s\S]*?\*\//g, "")
    .replace(/^\s*\/\/.*$/gm, "")
    .replace(/\s\/\/\s.*$/gm, "");
}

function packTexts(): string {
  const dir = path.join(root, "assets/criteria");
  return fs
    .readdirSync(dir)
    .filter((name) => name.endsWith(".json") && name.startsWith("gecc-"))
    .map((name) => fs.readFileSync(path.join(dir, name), "utf8"))
    .join("");
}

function missing(text: string, faces: Set<number>): Map<string, string> {
  const gaps = new Map<string, string>();
  for (const char of text) {
    const code = char.codePointAt(0)!;
    if (code < 0x20 || code === 0x7f || faces.has(code)) continue;
    gaps.set(char, `U+${code.toString(16).toUpperCase().padStart(4, "0")}`);
  }
  return gaps;
}

describe("the bundled fonts", () => {
  for (const weight of ["400.css", "600.css"]) {
    it(`draw every character the interface shows (Sarabun ${weight})`, () => {
      const faces = drawable(fontsource, weight);
      expect(faces.has("ก".codePointAt(0)!), "the reader works").toBe(true);
      const shown = [
        ...uiSources().map((file) => withoutComments(fs.readFileSync(file, "utf8"))),
        fs.readFileSync(path.join(root, "ui/index.html"), "utf8"),
      ].join("");
      expect(Object.fromEntries(missing(shown, faces))).toEqual({});
    });
  }

  it("draw every character of the built-in criteria packs", () => {
    expect(Object.fromEntries(missing(packTexts(), drawable(fontsource, "400.css")))).toEqual({});
  });
});
