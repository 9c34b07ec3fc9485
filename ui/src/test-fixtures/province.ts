//! Records for the province desk's tests (issue 16), shaped as the Rust side sends them:
//! overview rows, Thailand's provinces from the shipped list, and a small stand-in for the
//! store behind the desk's commands (settings, office, roster, report dates, overview)
//! that records every command it is sent.

import geographyFile from "../../../assets/geography/thailand-districts.json";
import { createApi } from "../api";
import type {
  RosterAdded,
  Geography,
  Office,
  OfficeProfile,
  OfficeRow,
  ProvinceStatus,
  ReportDate,
  RosterEntry,
  RosterOfficeInput,
  Round,
  RoundKind,
  Settings,
} from "../bindings";
import { newProvinceView } from "../bundle-state";
import { initialState, type State } from "../state";
import { office, readyState, round } from "./bundles";

/** The shipped list as Rust sends it: every name has an English field, empty where unknown. */
export const GEOGRAPHY: Geography = {
  ...geographyFile,
  provinces: geographyFile.provinces.map((p) => ({
    ...p,
    name_en: "",
    districts: p.districts.map((d) => ({ ...d, name_en: "" })),
  })),
};

export function officeRow(overrides: Partial<OfficeRow> = {}): OfficeRow {
  return {
    office_id: 2,
    roster_id: 1,
    office_name: "อำเภอยะรัง",
    province: "ปัตตานี",
    district: "ยะรัง",
    phone: "073-439-123",
    is_local: false,
    round_id: 7,
    round_state: "submitted",
    earned: 71,
    total: 100,
    level: "basic",
    gate: "passed",
    last_bundle_at: "2027-02-03T09:30:00+07:00",
    last_sequence: 2,
    bundles: 2,
    reporting: { state: "on_time" },
    parts: [
      { part_id: "physical", progress: "decided", decided: 14, listed: 14, met: 14, earned: 0, total: 0 },
      { part_id: "quality", progress: "in_progress", decided: 5, listed: 8, met: 5, earned: 71, total: 100 },
      { part_id: "outcome", progress: "not_started", decided: 0, listed: 3, met: 0, earned: 0, total: 0 },
    ],
    ...overrides,
  };
}

/** A roster office nothing has come from yet. */
export function unsentRow(name: string, overrides: Partial<OfficeRow> = {}): OfficeRow {
  return officeRow({
    office_id: null,
    office_name: name,
    round_id: null,
    round_state: null,
    parts: [],
    earned: 0,
    total: 0,
    level: null,
    gate: null,
    last_bundle_at: null,
    last_sequence: null,
    bundles: 0,
    reporting: { state: "not_due" },
    ...overrides,
  });
}

export function provinceStatus(rows: OfficeRow[], rosterSize = rows.filter((r) => r.roster_id !== null).length): ProvinceStatus {
  return {
    fiscal_year_be: 2570,
    kind: "application",
    report_dates: ["2027-01-31", "2027-03-01"],
    roster_size: rosterSize,
    rows,
    columns: [
      { part_id: "physical", title: { th: "ด้านกายภาพ (Checklist)", en: "Physical checklist" } },
      { part_id: "quality", title: { th: "ด้านคุณภาพ", en: "Quality criteria" } },
      { part_id: "outcome", title: { th: "ด้านผลลัพธ์", en: "Outcome criteria" } },
    ],
  };
}

/** The overview on screen, on a district PC with a round of its own (as before issue 16). */
export function provinceState(rows: OfficeRow[], rosterSize?: number): State {
  const state = readyState();
  state.role = "district";
  state.view = "province";
  state.province = { ...newProvinceView(2570, "application"), status: provinceStatus(rows, rosterSize) };
  return state;
}

/** A first run's state, before the start asks anything. */
export function firstRunState(): State {
  return initialState("2026-11-22");
}

export interface DeskStore {
  settings: Settings;
  office: Office;
  /** This office's rounds; a first run has none. */
  rounds: Round[];
  roster: RosterEntry[];
  /** Report dates by "year/kind"; absent until the province sets its own. */
  reportDates: Map<string, ReportDate[]>;
  /** Every command sent, with its arguments, in order. */
  calls: Array<[string, unknown]>;
}

const LETTER_DATES: ReportDate[] = [{ title: "ส่งรายงานผลการประเมินตนเองให้จังหวัด", date: "2027-01-31" }];

/** A store for the desk's commands, answering as the Rust side does; `fail` makes one command refuse. */
export function deskApi(store: DeskStore = newDeskStore(), fail: Record<string, { code: string; th: string; en: string }> = {}) {
  const entry = (input: RosterOfficeInput, office_id: number | null = null): RosterEntry => ({
    id: Math.max(0, ...store.roster.map((e) => e.id)) + 1,
    ...input,
    province: input.province || store.office.province,
    district_code: "",
    office_id,
    added_at: "2026-11-22T03:00:00Z",
  });
  const answer: Record<string, (args: Record<string, unknown>) => unknown> = {
    get_settings: () => store.settings,
    set_role: ({ role }) => Object.assign(store.settings, { role }),
    work_for_province: ({ province, addDistricts }) => {
      const name = province as string;
      Object.assign(store.office, { name: `ที่ทำการปกครองจังหวัด${name}`, kind: "other", province: name });
      const added = addDistricts ? (answer.add_province_to_roster({ province: name }) as RosterAdded) : null;
      return { settings: Object.assign(store.settings, { role: "province" }), office: store.office, added };
    },
    get_office: () => store.office,
    set_office: ({ input }) => Object.assign(store.office, input as OfficeProfile),
    list_rounds: () => store.rounds,
    create_round: () => {
      store.rounds.push(round({ id: store.rounds.length + 1 }));
      return store.rounds.at(-1);
    },
    get_checklist: ({ roundId }) => ({ ...readyState().checklist!, round: store.rounds.find((r) => r.id === roundId) }),
    list_packs: () => [],
    get_staff: () => ({ names: [], current: null }),
    get_geography: () => GEOGRAPHY,
    get_roster: () => store.roster.map((e) => ({ ...e })),
    add_province_to_roster: ({ province }) => {
      const found = GEOGRAPHY.provinces.find((p) => p.name_th === province)!;
      const fresh = found.districts.filter((d) => !store.roster.some((e) => e.district_code === d.code));
      for (const d of fresh) {
        const name = `อำเภอ${d.name_th}`;
        store.roster.push({
          ...entry({ name, kind: "district_registration", province: found.name_th, district: d.name_th, phone: "" }),
          district_code: d.code,
        });
      }
      return { province: found.name_th, added: fresh.length, already: found.districts.length - fresh.length };
    },
    add_office_to_roster: ({ input }) => {
      const added = entry(input as RosterOfficeInput);
      store.roster.push(added);
      return added;
    },
    add_sender_to_roster: ({ officeId }) => {
      const added = entry({ name: `สำนักงานหมายเลข ${officeId}`, kind: "other", province: "", district: "", phone: "" }, officeId as number);
      store.roster.push(added);
      return added;
    },
    set_roster_phone: ({ id, phone }) => Object.assign(store.roster.find((e) => e.id === id)!, { phone: String(phone).trim() }),
    remove_from_roster: ({ id }) => {
      store.roster = store.roster.filter((e) => e.id !== id);
      return null;
    },
    get_report_dates: ({ fiscalYearBe, kind }) => {
      const saved = store.reportDates.get(`${fiscalYearBe}/${kind}`);
      return { fiscal_year_be: fiscalYearBe, kind, dates: saved ?? LETTER_DATES, edited: saved !== undefined };
    },
    set_report_dates: ({ fiscalYearBe, kind, dates }) => {
      store.reportDates.set(`${fiscalYearBe}/${kind}`, dates as ReportDate[]);
      return { fiscal_year_be: fiscalYearBe, kind, dates, edited: true };
    },
    province_status: ({ fiscalYearBe, kind }) => ({
      ...provinceStatus(store.roster.map((e) => unsentRow(e.name, { roster_id: e.id, district: e.district, phone: e.phone }))),
      fiscal_year_be: fiscalYearBe as number,
      kind: kind as RoundKind,
    }),
  };
  // Through the real API, so the arguments arrive named as the shell's commands name them.
  return createApi(async <T>(command: string, args: Record<string, unknown> = {}) => {
    store.calls.push([command, args]);
    const refusal = fail[command];
    if (refusal) throw { code: refusal.code, message: { th: refusal.th, en: refusal.en } };
    return answer[command]?.(args) as T;
  });
}

export function newDeskStore(overrides: Partial<DeskStore> = {}): DeskStore {
  return {
    settings: { language: "th", role: null },
    office: office(),
    rounds: [],
    roster: [],
    reportDates: new Map(),
    calls: [],
    ...overrides,
  };
}
