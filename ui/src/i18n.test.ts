import { describe, expect, it } from "vitest";
import { formatPoints, pick, t } from "./i18n";

describe("interface words", () => {
  it("fills placeholders in both languages", () => {
    expect(t("incompleteBody", "th", { items: 25, points: "62" })).toContain("25 ข้อ รวม 62 คะแนน");
    expect(t("incompleteBody", "en", { items: 25, points: "62" })).toContain("25 items worth 62 points");
  });

  it("falls back to Thai where a pack has no English", () => {
    expect(pick({ th: "ด้านกายภาพ", en: "" }, "en")).toBe("ด้านกายภาพ");
    expect(pick({ th: "ด้านกายภาพ", en: "Physical" }, "en")).toBe("Physical");
  });

  it("writes points without trailing zeros", () => {
    expect(formatPoints(62, "th")).toBe("62");
    expect(formatPoints(7.5, "en")).toBe("7.5");
  });
});
