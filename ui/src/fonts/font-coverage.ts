//! Which characters the fonts the UI ships can draw: the Sarabun faces it imports from
//! @fontsource (each subset's character map, limited to its CSS unicode-range, since the
//! browser uses a face only inside that range). A PC without Thai fonts shows anything
//! outside this set as an empty box, so the font test checks every character the UI and
//! the built-in packs show against it. Read with Node (tests only): WOFF 1 tables are
//! zlib-compressed one by one, and the character map is the `cmap` table.

import fs from "node:fs";
import path from "node:path";
import zlib from "node:zlib";

function tables(woff: Buffer): Map<string, Buffer> {
  const found = new Map<string, Buffer>();
  for (let index = 0; index < woff.readUInt16BE(12); index++) {
    const entry = 44 + index * 20;
    const [offset, compressed, original] = [woff.readUInt32BE(entry + 4), woff.readUInt32BE(entry + 8), woff.readUInt32BE(entry + 12)];
    const bytes = woff.subarray(offset, offset + compressed);
    found.set(woff.toString("latin1", entry, entry + 4), compressed === original ? bytes : zlib.inflateSync(bytes));
  }
  return found;
}

/** The code points a `cmap` table maps to a real glyph (formats 4 and 12). */
function mapped(cmap: Buffer): Set<number> {
  const points = new Set<number>();
  for (let index = 0; index < cmap.readUInt16BE(2); index++) {
    const at = cmap.readUInt32BE(4 + index * 8 + 4);
    const format = cmap.readUInt16BE(at);
    if (format === 4) {
      const segments = cmap.readUInt16BE(at + 6) / 2;
      const ends = at + 14,
        starts = ends + segments * 2 + 2,
        deltas = starts + segments * 2,
        offsets = deltas + segments * 2;
      for (let s = 0; s < segments; s++) {
        const [end, start, delta, rangeOffset] = [
          cmap.readUInt16BE(ends + s * 2),
          cmap.readUInt16BE(starts + s * 2),
          cmap.readInt16BE(deltas + s * 2),
          cmap.readUInt16BE(offsets + s * 2),
        ];
        for (let code = start; code <= end && code !== 0xffff; code++) {
          const indexed = rangeOffset === 0 ? code : cmap.readUInt16BE(offsets + s * 2 + rangeOffset + (code - start) * 2);
          // Glyph 0 is the "missing" box: a code mapped to it is not drawable.
          const glyph = rangeOffset !== 0 && indexed === 0 ? 0 : (indexed + delta) & 0xffff;
          if (glyph !== 0) points.add(code);
        }
      }
    } else if (format === 12) {
      for (let group = 0; group < cmap.readUInt32BE(at + 12); group++) {
        const entry = at + 16 + group * 12;
        const [start, end] = [cmap.readUInt32BE(entry), cmap.readUInt32BE(entry + 4)];
        for (let code = start; code <= end; code++) points.add(code);
      }
    }
  }
  return points;
}

function inRange(code: number, ranges: string): boolean {
  return ranges.split(",").some((range) => {
    const [from, to] = range
      .trim()
      .replace(/^U\+/i, "")
      .split("-")
      .map((hex) => parseInt(hex, 16));
    return code >= from && code <= (to ?? from);
  });
}

/** Every code point the faces of one @fontsource CSS file (e.g. "400.css") can draw. */
export function drawable(fontsourceDir: string, cssFile: string): Set<number> {
  const css = fs.readFileSync(path.join(fontsourceDir, cssFile), "utf8");
  const points = new Set<number>();
  for (const face of css.matchAll(/url\(\.\/files\/([^)]+)\.woff2\)[^;]*;\s*unicode-range:\s*([^;]+);/g)) {
    const woff = fs.readFileSync(path.join(fontsourceDir, "files", `${face[1]}.woff`));
    for (const code of mapped(tables(woff).get("cmap")!)) if (inRange(code, face[2])) points.add(code);
  }
  return points;
}
