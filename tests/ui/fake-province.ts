//! The province desk's part of the in-page stand-in for the shell (issue 16): the roster,
//! the report dates and the overview, answered as the store would from Thailand's shipped
//! list of provinces and three offices that have sent bundles without being listed.
//! Installed before the UI loads; harness.ts's stand-in hands it the commands it does not
//! answer itself.

import fs from "node:fs";
import path from "node:path";

/** The shipped list as the shell sends it (an English name, empty where the file has none). */
export function geography(repoRoot: string): unknown {
  const file = JSON.parse(fs.readFileSync(path.join(repoRoot, "assets/geography/thailand-districts.json"), "utf8"));
  for (const province of file.provinces) {
    province.name_en ??= "";
    for (const district of province.districts) district.name_en ??= "";
  }
  return file;
}

interface Entry {
  id: number;
  kind: string;
  name: string;
  province: string;
  district: string;
  district_code: string;
  phone: string;
  office_id: number | null;
  added_at: string;
}

/** Runs in the page: sets `window.__FAKE_DESK__`, which answers a command or returns undefined. */
export function fakeProvinceDesk({
  geography,
}: {
  geography: { provinces: Array<{ name_th: string; districts: Array<{ code: string; name_th: string }> }> };
}): void {
  const roster: Entry[] = [];
  let nextId = 1;
  const reportDates = new Map<string, Array<{ title: string; date: string }>>();
  const letter = [{ title: "ส่งรายงานผลการประเมินตนเองให้จังหวัด", date: "2026-11-15" }];
  const parts = (decided: number) => [
    {
      part_id: "physical",
      progress: decided >= 14 ? "decided" : "in_progress",
      decided: Math.min(decided, 14),
      listed: 14,
      met: Math.min(decided, 14),
      earned: 0,
      total: 0,
    },
    { part_id: "quality", progress: "in_progress", decided: 4, listed: 8, met: 4, earned: 48, total: 100 },
    { part_id: "outcome", progress: "not_started", decided: 0, listed: 3, met: 0, earned: 0, total: 0 },
  ];
  // Three offices have sent this year's round; none is a district's registration office.
  const senders = [
    {
      office_id: 21,
      name: "เทศบาลเมืองปัตตานี",
      district: "เมืองปัตตานี",
      phone: "073-349-001",
      round_id: 31,
      bundles: 1,
      reporting: { state: "on_time" },
    },
    { office_id: 22, name: "เทศบาลตำบลยะรัง", district: "ยะรัง", phone: "", round_id: 32, bundles: 2, reporting: { state: "late", days: 3 } },
    {
      office_id: 23,
      name: "องค์การบริหารส่วนตำบลตะลุโบะ",
      district: "เมืองปัตตานี",
      phone: "073-335-112",
      round_id: 33,
      bundles: 1,
      reporting: { state: "on_time" },
    },
  ];
  const added = (fields: Partial<Entry>): Entry => {
    const entry: Entry = {
      id: nextId++,
      kind: "other",
      name: "",
      province: "ปัตตานี",
      district: "",
      district_code: "",
      phone: "",
      office_id: null,
      added_at: new Date().toISOString(),
      ...fields,
    };
    roster.push(entry);
    return entry;
  };
  const row = (entry: Entry | null, sender: (typeof senders)[number] | null) => ({
    office_id: sender?.office_id ?? null,
    roster_id: entry?.id ?? null,
    office_name: entry?.name ?? sender?.name ?? "",
    province: "ปัตตานี",
    district: entry?.district || sender?.district || "",
    phone: entry?.phone || sender?.phone || "",
    is_local: false,
    round_id: sender?.round_id ?? null,
    round_state: sender ? "submitted" : null,
    parts: sender ? parts(10 + sender.bundles * 2) : [],
    earned: sender ? 48 : 0,
    total: sender ? 100 : 0,
    level: null,
    gate: sender ? "open" : null,
    last_bundle_at: sender ? "2026-11-12T10:00:00+07:00" : null,
    last_sequence: sender?.bundles ?? null,
    bundles: sender?.bundles ?? 0,
    reporting: sender?.reporting ?? { state: "missing" },
  });
  const answer = (command: string, args: Record<string, unknown>): unknown => {
    switch (command) {
      case "get_geography":
        return geography;
      case "get_roster":
        return roster.map((entry) => ({ ...entry }));
      case "add_province_to_roster": {
        const province = geography.provinces.find((p) => p.name_th === args.province);
        if (!province) throw { code: "INVALID_INPUT", message: { th: "ไม่พบจังหวัด", en: "No such province" } };
        const fresh = province.districts.filter((d) => !roster.some((e) => e.district_code === d.code));
        for (const d of fresh)
          added({
            kind: "district_registration",
            name: `อำเภอ${d.name_th}`,
            province: province.name_th,
            district: d.name_th,
            district_code: d.code,
          });
        return { province: province.name_th, added: fresh.length, already: province.districts.length - fresh.length };
      }
      case "add_office_to_roster": {
        const input = args.input as Entry;
        if (input.name.trim() === "") throw { code: "INVALID_INPUT", message: { th: "กรุณากรอกชื่อสำนักงาน", en: "Fill in the office name." } };
        return added({ ...input, province: input.province || "ปัตตานี" });
      }
      case "add_sender_to_roster": {
        const sender = senders.find((s) => s.office_id === args.officeId)!;
        return added({
          name: sender.name,
          district: sender.district,
          phone: sender.phone,
          office_id: sender.office_id,
          kind: "local_administration",
        });
      }
      case "set_roster_phone":
        return Object.assign(roster.find((e) => e.id === args.id)!, { phone: String(args.phone).trim() });
      case "remove_from_roster":
        roster.splice(
          roster.findIndex((e) => e.id === args.id),
          1,
        );
        return null;
      case "get_report_dates": {
        const saved = reportDates.get(`${args.fiscalYearBe}/${args.kind}`);
        return { fiscal_year_be: args.fiscalYearBe, kind: args.kind, dates: saved ?? letter, edited: saved !== undefined };
      }
      case "set_report_dates":
        reportDates.set(`${args.fiscalYearBe}/${args.kind}`, args.dates as typeof letter);
        return { fiscal_year_be: args.fiscalYearBe, kind: args.kind, dates: args.dates, edited: true };
      case "province_status": {
        // A sender answers for the entry chosen for it, or listed under its own name.
        const claimed = new Set<number>();
        const rows = roster.map((entry) => {
          const sender = senders.find((s) => s.office_id === entry.office_id || s.name === entry.name) ?? null;
          if (sender) claimed.add(sender.office_id);
          return row(entry, sender);
        });
        for (const sender of senders) if (!claimed.has(sender.office_id)) rows.push(row(null, sender));
        return {
          fiscal_year_be: args.fiscalYearBe,
          kind: args.kind,
          columns: [
            { part_id: "physical", title: { th: "ด้านกายภาพ (Checklist)", en: "Physical checklist" } },
            { part_id: "quality", title: { th: "ด้านคุณภาพ", en: "Quality criteria" } },
            { part_id: "outcome", title: { th: "ด้านผลลัพธ์", en: "Outcome criteria" } },
          ],
          report_dates: (reportDates.get(`${args.fiscalYearBe}/${args.kind}`) ?? letter).map((d) => d.date),
          roster_size: roster.length,
          rows,
        };
      }
      default:
        return undefined;
    }
  };
  Object.assign(window, { __FAKE_DESK__: { answer } });
}
