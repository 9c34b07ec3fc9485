//! A department's overview for the flows and the matrix bench (issue 18): thousands of
//! offices as province_status would send them, every district of Thailand's shipped list
//! and local organisations named as real ones are, sent on time, late or not at all; and
//! a way to have the in-page stand-in answer with them, parsed from JSON on each read as
//! the shell's IPC does.

import type { Page } from "playwright-core";
import type { OfficeRow, ProvinceStatus } from "../../ui/src/bindings";
import { geography } from "./fake-province";
import { repoRoot } from "./harness";

/** The one office a search finds: no generated name holds ตะลุโบะ. */
export const FOUND_ONCE = "องค์การบริหารส่วนตำบลตะลุโบะ";

const KINDS = ["องค์การบริหารส่วนตำบล", "เทศบาลตำบล", "องค์การบริหารส่วนตำบล", "เทศบาลเมือง"];
const FIRST = [
  "หนอง",
  "บ้าน",
  "โคก",
  "ดอน",
  "ท่า",
  "นา",
  "ป่า",
  "วัง",
  "ห้วย",
  "บึง",
  "เขา",
  "ทุ่ง",
  "แม่",
  "บาง",
  "สระ",
  "คลอง",
  "หัว",
  "ลำ",
  "นาง",
  "ไผ่",
];
const SECOND = [
  "แก้ว",
  "ใหญ่",
  "น้อย",
  "ทอง",
  "บัว",
  "สะแก",
  "ยาง",
  "ม่วง",
  "ขาม",
  "จาน",
  "หลวง",
  "ใหม่",
  "เหนือ",
  "ใต้",
  "กลาง",
  "งาม",
  "ตะเคียน",
  "โพธิ์",
  "ไทร",
  "สูง",
  "ลาด",
  "ศรี",
  "ชัย",
];

/** The same offices on every run: a small linear congruential generator. */
function random(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (Math.imul(state, 1_664_525) + 1_013_904_223) >>> 0;
    return state / 2 ** 32;
  };
}

const PARTS = [
  { id: "physical", title: { th: "ด้านกายภาพ (Checklist)", en: "Physical checklist" }, listed: 14 },
  { id: "quality", title: { th: "ด้านคุณภาพ", en: "Quality criteria" }, listed: 8 },
  { id: "outcome", title: { th: "ด้านผลลัพธ์", en: "Outcome criteria" }, listed: 3 },
];

/**
 * `count` offices: this office (the province's) first, then every district's registration
 * office, then local organisations; about a third not sent (overdue), one in twenty not
 * sent before the date, one in seven sent late, the rest on time; one in 200 sent without
 * being on the roster. Row `count - 1` is FOUND_ONCE.
 */
export function matrixRows(count: number): OfficeRow[] {
  const next = random(18);
  const pick = <T>(list: T[]) => list[Math.floor(next() * list.length)];
  const districts = (
    geography(repoRoot) as { provinces: Array<{ name_th: string; districts: Array<{ name_th: string }> }> }
  ).provinces.flatMap((province) => province.districts.map((district) => ({ province: province.name_th, district: district.name_th })));
  const rows: OfficeRow[] = [];
  for (let i = 0; i < count; i++) {
    const place = i === 0 ? { province: "ปัตตานี", district: "เมืองปัตตานี" } : i <= districts.length ? districts[i - 1] : pick(districts);
    const name =
      i === 0
        ? "ที่ทำการปกครองจังหวัดปัตตานี"
        : i === count - 1
          ? FOUND_ONCE
          : i <= districts.length
            ? `อำเภอ${place.district}`
            : `${pick(KINDS)}${pick(FIRST)}${pick(SECOND)}`;
    const luck = next();
    const reporting: OfficeRow["reporting"] =
      luck < 0.33
        ? { state: "missing" }
        : luck < 0.38
          ? { state: "not_due" }
          : luck < 0.52
            ? { state: "late", days: 1 + Math.floor(next() * 40) }
            : { state: "on_time" };
    const sent = i === 0 || reporting.state === "late" || reporting.state === "on_time";
    const earned = sent ? Math.round(20 + next() * 80) : 0;
    const bundles = sent ? 1 + Math.floor(next() * 3) : 0;
    const day = 1 + Math.floor(next() * 28);
    rows.push({
      office_id: sent ? 100 + i : null,
      roster_id: i === 0 || (sent && i % 200 === 7) ? null : i,
      office_name: name,
      province: place.province,
      district: place.district,
      phone: next() < 0.8 ? `0${73 + (i % 20)}-${String(300 + (i % 700)).padStart(3, "0")}-${String(i % 1000).padStart(3, "0")}` : "",
      is_local: i === 0,
      round_id: sent ? 10_000 + i : null,
      round_state: sent ? pick(["draft", "submitted", "submitted", "approved"] as const) : null,
      parts: sent
        ? PARTS.map((part) => {
            const decided = Math.min(part.listed, Math.floor(next() * (part.listed + 3)));
            const progress = decided === 0 ? "not_started" : decided === part.listed ? "decided" : "in_progress";
            return { part_id: part.id, progress, decided, listed: part.listed, met: decided, earned: 0, total: 0 };
          })
        : [],
      earned,
      total: sent ? 100 : 0,
      level: earned >= 90 ? "excellent" : earned >= 75 ? "progressive" : earned >= 60 ? "basic" : null,
      gate: sent ? (next() < 0.05 ? "failed" : "passed") : null,
      last_bundle_at: sent ? `2027-0${1 + Math.floor(next() * 2)}-${String(day).padStart(2, "0")}T10:00:00+07:00` : null,
      last_sequence: sent ? bundles : null,
      bundles,
      reporting: i === 0 ? { state: "not_due" } : reporting,
    });
  }
  return rows;
}

export function matrixStatus(count: number): ProvinceStatus {
  const rows = matrixRows(count);
  return {
    fiscal_year_be: 2570,
    kind: "application",
    columns: PARTS.map((part) => ({ part_id: part.id, title: part.title })),
    report_dates: ["2026-11-15"],
    roster_size: rows.filter((row) => row.roster_id !== null).length,
    rows,
  };
}

/** From now on province_status answers with `status` (whatever the year and kind asked), parsed from JSON each time. */
export async function answerWithMatrix(page: Page, status: ProvinceStatus): Promise<void> {
  await page.evaluate((json) => {
    type Desk = { answer(command: string, args: Record<string, unknown>): unknown };
    const desk = (window as unknown as { __FAKE_DESK__: Desk }).__FAKE_DESK__;
    const answer = desk.answer;
    desk.answer = (command, args) =>
      command === "province_status" ? { ...JSON.parse(json), fiscal_year_be: args.fiscalYearBe, kind: args.kind } : answer(command, args);
  }, JSON.stringify(status));
}
