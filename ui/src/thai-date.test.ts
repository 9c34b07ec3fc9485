import { describe, expect, it } from "vitest";
import { daysBetween, fiscalYearBe, formatThaiDate, parseThaiDate, readThaiDate, toTypedThaiDate } from "./thai-date";

const TODAY = "2026-12-01";

describe("Thai dates", () => {
  it("reads day/month/Buddhist-era year as typed in Thai offices", () => {
    expect(parseThaiDate("15/1/2570", TODAY)).toBe("2027-01-15");
    expect(parseThaiDate("๑๕/๐๑/๒๕๗๐", TODAY), "Thai digits").toBe("2027-01-15");
    expect(parseThaiDate("15.01.2570", TODAY), "dots").toBe("2027-01-15");
    expect(parseThaiDate("29-2-2567", TODAY), "29 Feb of a leap year").toBe("2024-02-29");
  });

  it("refuses dates that do not exist", () => {
    expect(parseThaiDate("29/2/2568", TODAY), "2568 (2025) has no 29 February").toBeNull();
    expect(parseThaiDate("31/4/2570", TODAY)).toBeNull();
    expect(parseThaiDate("พรุ่งนี้", TODAY)).toBeNull();
  });

  it("accepts ISO dates, whose years are Common Era by definition", () => {
    expect(parseThaiDate("2027-01-15", TODAY)).toBe("2027-01-15");
  });

  it("never turns a Common Era year into B.E. silently: it refuses it, naming the B.E. year", () => {
    expect(readThaiDate("15/01/2027", TODAY)).toEqual({ kind: "refused", why: "commonEraYear", values: { year: 2027, be: 2570 } });
    expect(parseThaiDate("15/01/2027", TODAY)).toBeNull();
  });

  it("refuses years too far from this one to be meant, and says why a date is refused", () => {
    expect(readThaiDate("1/1/2500", TODAY)).toEqual({
      kind: "refused",
      why: "implausibleYear",
      values: { year: 2500, from: 2559, to: 2579 },
    });
    expect(readThaiDate("1/1/2600", TODAY).kind).toBe("refused");
    expect(readThaiDate("1990-01-01", TODAY).kind, "an ISO year far back").toBe("refused");
    expect(readThaiDate("31/4/2570", TODAY)).toMatchObject({ kind: "refused", why: "noSuchDay" });
    expect(readThaiDate("15/1", TODAY)).toMatchObject({ kind: "refused", why: "notADate" });
    expect(readThaiDate("  ", TODAY)).toEqual({ kind: "empty" });
  });

  it("names the fiscal year by the B.E. year it ends in", () => {
    expect(fiscalYearBe("2026-09-30")).toBe(2569);
    expect(fiscalYearBe("2026-10-01")).toBe(2570);
    expect(fiscalYearBe("2027-01-15")).toBe(2570);
  });

  it("counts days across month and leap-year ends", () => {
    expect(daysBetween("2024-02-28", "2024-03-01")).toBe(2);
    expect(daysBetween("2026-12-31", "2027-01-01")).toBe(1);
    expect(daysBetween("2027-01-10", "2027-01-08")).toBe(-2);
  });

  it("writes dates the Thai way, with the Buddhist era", () => {
    expect(formatThaiDate("2027-01-15", "th")).toBe("15 ม.ค. 2570");
    expect(formatThaiDate("2026-09-30", "en")).toBe("30 Sep 2026");
    expect(toTypedThaiDate("2027-01-05")).toBe("05/01/2570");
    expect(toTypedThaiDate(null)).toBe("");
  });
});
