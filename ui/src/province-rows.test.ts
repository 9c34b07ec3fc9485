//! The overview's rows for a department (issue 18): which rows a scrolled table draws, and
//! what finding by name or district and ordering by a column leave, in Thai.

import { describe, expect, it } from "vitest";
import type { OfficeRow } from "./bindings";
import { folded, nextSort, officeIndex, rowWindow, shownRows, type ProvinceSort, type ReportingFilter } from "./province-rows";
import { officeRow, provinceStatus, unsentRow } from "./test-fixtures/province";

describe("the rows a scrolled table draws", () => {
  const scroll = (top: number, height = 400, rowHeight = 40) => ({ top, height, rowHeight });

  it("draws the rows in view and eight more each way, with room kept for the others", () => {
    // 400 px show 10 rows of 40 px, and part of an eleventh.
    expect(rowWindow(10_000, scroll(0), 768)).toEqual({ start: 0, end: 19, before: 0, after: (10_000 - 19) * 40 });
    expect(rowWindow(10_000, scroll(4_000), 768)).toEqual({ start: 92, end: 119, before: 92 * 40, after: (10_000 - 119) * 40 });
    expect(rowWindow(10_000, scroll(4_020), 768), "half a row further: the same rows").toMatchObject({ start: 92, end: 119 });
  });

  it("ends at the last row when scrolled to the bottom, and never past it", () => {
    const bottom = 10_000 * 40 - 400;
    expect(rowWindow(10_000, scroll(bottom), 768)).toEqual({ start: 9_982, end: 10_000, before: 9_982 * 40, after: 0 });
    expect(rowWindow(12, scroll(bottom), 768), "a filter left 12 rows under a box scrolled far down").toEqual({
      start: 3,
      end: 12,
      before: 120,
      after: 0,
    });
    expect(rowWindow(0, scroll(bottom), 768)).toEqual({ start: 0, end: 0, before: 0, after: 0 });
  });

  it("guesses from the window's height and a 35 px row until the box is measured", () => {
    expect(rowWindow(10_000, { top: 0, height: 0, rowHeight: 0 }, 840)).toEqual({
      start: 0,
      end: 33,
      before: 0,
      after: (10_000 - 33) * 35,
    });
  });
});

/** Offices of a department: districts and local organisations, sent, late and not sent. */
function department(): OfficeRow[] {
  return [
    unsentRow("อำเภอหนองบัว", { roster_id: 1, district: "หนองบัว", reporting: { state: "not_due" } }),
    officeRow({ office_name: "เทศบาลตำบลยะรัง", roster_id: 2, office_id: 12, district: "ยะรัง", earned: 48, total: 100 }),
    unsentRow("องค์การบริหารส่วนตำบล ตะลุโบะ", { roster_id: 3, district: "เมืองปัตตานี", reporting: { state: "missing" } }),
    officeRow({
      office_name: "Pattani Municipality",
      roster_id: 4,
      office_id: 14,
      district: "เมืองปัตตานี",
      earned: 90,
      total: 100,
      last_bundle_at: "2027-01-05T10:00:00+07:00",
      reporting: { state: "late", days: 5 },
    }),
    officeRow({ office_name: "กองคลัง", roster_id: null, office_id: 1, is_local: true, earned: 71, total: 100 }),
    unsentRow("อำเภอโคกโพธิ์", { roster_id: 5, district: "โคกโพธิ์", reporting: { state: "missing" } }),
  ];
}

const names = (rows: OfficeRow[], query: string, reporting: ReportingFilter = "all", sort: ProvinceSort | null = null) => {
  const index = officeIndex(provinceStatus(rows));
  return shownRows(index, query, reporting, sort).map((row) => rows[row].office_name);
};

describe("finding offices", () => {
  it("finds by part of the name or the district, case and spaces aside", () => {
    const rows = department();
    expect(names(rows, "ตะลุ โบะ")).toEqual(["องค์การบริหารส่วนตำบล ตะลุโบะ"]);
    expect(names(rows, "  ตำบลตะลุโบะ ")).toEqual(["องค์การบริหารส่วนตำบล ตะลุโบะ"]);
    expect(names(rows, "PATTANI mun")).toEqual(["Pattani Municipality"]);
    expect(names(rows, "เมืองปัตตานี"), "by district").toEqual(["องค์การบริหารส่วนตำบล ตะลุโบะ", "Pattani Municipality"]);
    expect(names(rows, "หนองบัวหนองบัว"), "never across the name and the district").toEqual([]);
    expect(names(rows, "")).toHaveLength(6);
  });

  it("finds ำ whether it was typed as one letter or as ํ and า", () => {
    expect(folded("กองคลัง อำเภอ")).toBe(folded("กองคลังอําเภอ"));
    expect(names(department(), "อําเภอ"), "ํ + า typed").toEqual(["อำเภอหนองบัว", "อำเภอโคกโพธิ์"]);
  });

  it("shows the offices not sent, sent late, or sent (late ones too, as the summary counts), this office only among all", () => {
    const rows = department();
    expect(names(rows, "", "not_sent")).toEqual(["อำเภอหนองบัว", "องค์การบริหารส่วนตำบล ตะลุโบะ", "อำเภอโคกโพธิ์"]);
    expect(names(rows, "", "late")).toEqual(["Pattani Municipality"]);
    expect(names(rows, "", "sent")).toEqual(["เทศบาลตำบลยะรัง", "Pattani Municipality"]);
    expect(names(rows, "อำเภอ", "not_sent")).toEqual(["อำเภอหนองบัว", "อำเภอโคกโพธิ์"]);
    expect(officeIndex(provinceStatus(rows)).counts).toEqual({ all: 6, not_sent: 3, late: 1, sent: 2 });
  });
});

describe("ordering offices", () => {
  it("orders names as a Thai dictionary does (a leading vowel after its consonant), then turns round", () => {
    const rows = department();
    const ascending = names(rows, "", "all", { key: "name", descending: false });
    expect(ascending).toEqual([
      "กองคลัง",
      "เทศบาลตำบลยะรัง",
      "องค์การบริหารส่วนตำบล ตะลุโบะ",
      "อำเภอโคกโพธิ์",
      "อำเภอหนองบัว",
      "Pattani Municipality",
    ]);
    expect(names(rows, "", "all", { key: "name", descending: true })).toEqual([...ascending].reverse());
  });

  it("puts the offices overdue first when ordered by reporting, then those not due, late, sent and this office", () => {
    expect(names(department(), "", "all", { key: "reporting", descending: false })).toEqual([
      "องค์การบริหารส่วนตำบล ตะลุโบะ",
      "อำเภอโคกโพธิ์",
      "อำเภอหนองบัว",
      "Pattani Municipality",
      "เทศบาลตำบลยะรัง",
      "กองคลัง",
    ]);
  });

  it("orders by score and by the last bundle with the offices that sent nothing last, either way", () => {
    const rows = department();
    const byScore = (descending: boolean) => names(rows, "", "sent", { key: "score", descending });
    expect(byScore(false)).toEqual(["เทศบาลตำบลยะรัง", "Pattani Municipality"]);
    expect(byScore(true)).toEqual(["Pattani Municipality", "เทศบาลตำบลยะรัง"]);
    const byBundle = (descending: boolean) => names(rows, "", "all", { key: "last_bundle", descending }).slice(0, 3);
    expect(byBundle(false), "oldest first; the store's order among equals").toEqual(["Pattani Municipality", "เทศบาลตำบลยะรัง", "กองคลัง"]);
    expect(byBundle(true)).toEqual(["เทศบาลตำบลยะรัง", "กองคลัง", "Pattani Municipality"]);
    expect(names(rows, "", "all", { key: "last_bundle", descending: true }).slice(3), "never sent: last").toEqual([
      "อำเภอหนองบัว",
      "องค์การบริหารส่วนตำบล ตะลุโบะ",
      "อำเภอโคกโพธิ์",
    ]);
  });

  it("turns the order round on a second press of the same header; another header starts ascending", () => {
    expect(nextSort(null, "name")).toEqual({ key: "name", descending: false });
    expect(nextSort({ key: "name", descending: false }, "name")).toEqual({ key: "name", descending: true });
    expect(nextSort({ key: "name", descending: true }, "score")).toEqual({ key: "score", descending: false });
  });
});
