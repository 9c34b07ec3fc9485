//! Where Thai text may break a line: between words, never inside "พื้นฐาน" or "ธันวาคม".

import { render } from "lit";
import { describe, expect, it } from "vitest";
import { thaiText, thaiWords } from "./thai-words";

describe("Thai word breaks", () => {
  it("cuts Thai text between words and keeps compounds the dictionary splits whole", () => {
    const words = thaiWords("ส่งรายงานตามเกณฑ์พื้นฐานภายในเดือนธันวาคมพร้อมหลักฐาน");
    expect(words).toContain("พื้นฐาน");
    expect(words).toContain("ธันวาคม");
    expect(words).toContain("หลักฐาน");
    expect(words).toContain("รายงาน");
    expect(words.join("")).toBe("ส่งรายงานตามเกณฑ์พื้นฐานภายในเดือนธันวาคมพร้อมหลักฐาน");
  });

  it("breaks Latin words and digits at their spaces only, as before", () => {
    expect(thaiWords("GECC Online 2570")).toEqual(["GECC ", "Online ", "2570"]);
    expect(thaiWords("ด้านกายภาพ (Checklist)")).toEqual(["ด้าน", "กายภาพ ", "(Checklist)"]);
  });

  it("draws each word unbreakable with a <wbr> between them and the text unchanged", () => {
    const host = document.createElement("p");
    render(thaiText("เกณฑ์พื้นฐานเดือนธันวาคม"), host);
    expect(host.querySelectorAll("wbr").length).toBe(3);
    expect([...host.querySelectorAll(".word")].map((w) => w.textContent)).toEqual(["เกณฑ์", "พื้นฐาน", "เดือน", "ธันวาคม"]);
    expect(host.textContent).toBe("เกณฑ์พื้นฐานเดือนธันวาคม");
  });
});
