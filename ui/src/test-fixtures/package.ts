//! Records for the province package's and the carry-over's tests (issue 16), shaped as the
//! Rust side sends them: a package preview (the province's 2568 edition with three
//! advanced items, one draft round moving and an approved one staying, the report dates),
//! the packs installed, and a stand-in for the commands behind both dialogs that records
//! every command it is sent.

import { createApi } from "../api";
import type { CarriedRound, Checklist, PackagePreview, PackSummary, ReportDates, Round, RoundKind } from "../bindings";
import { readyState, round } from "./bundles";

export function packSummary(overrides: Partial<PackSummary> = {}): PackSummary {
  return {
    pack_id: "gecc-2568",
    pack_version: 2,
    year_be: 2568,
    title: { th: "เกณฑ์มาตรฐานศูนย์ราชการสะดวก (GECC) ประจำปี 2568", en: "GECC service standard criteria, 2568 (2025)" },
    complete: false,
    builtin: true,
    sha256: "0".repeat(64),
    parts: [],
    ...overrides,
  };
}

/** As list_packs sends them: the shipped ones first, then the province's own edition. */
export const PACKS: PackSummary[] = [
  packSummary(),
  packSummary({ pack_version: 1 }),
  packSummary({ pack_version: 3, builtin: false, title: { th: "เกณฑ์ GECC 2568 ฉบับจังหวัดปัตตานี", en: "GECC 2568, Pattani edition" } }),
];

export function preview(overrides: Partial<PackagePreview> = {}): PackagePreview {
  return {
    province: "ปัตตานี",
    fingerprint: "4F2A-91C3-77DE-0B15",
    trust: { state: "new" },
    bagging_time: "2026-11-20T09:15:00+07:00",
    pack_id: "gecc-2568",
    pack_version: 3,
    pack_title: { th: "เกณฑ์ GECC 2568 ฉบับจังหวัดปัตตานี", en: "GECC 2568, Pattani edition" },
    compared_version: 2,
    items_added: [5, 6, 7].map((n) => ({
      item_id: `quality.2-${n}`,
      code: `2.${n}`,
      title: { th: `มีช่องทางรับฟังความคิดเห็นข้อที่ ${n}`, en: `Feedback channel ${n}` },
      points: 2,
    })),
    items_removed: [],
    parts: [
      {
        part_id: "physical",
        title: { th: "ด้านกายภาพ (Checklist)", en: "Physical checklist" },
        items_before: 14,
        items_after: 14,
        points_before: 0,
        points_after: 0,
      },
      {
        part_id: "quality",
        title: { th: "ด้านคุณภาพ", en: "Quality criteria" },
        items_before: 8,
        items_after: 11,
        points_before: 8,
        points_after: 14,
      },
    ],
    rounds: [
      { round_id: 5, fiscal_year_be: 2570, kind: "application", pack_version: 2, moves: true, reason: null },
      {
        round_id: 3,
        fiscal_year_be: 2569,
        kind: "application",
        pack_version: 2,
        moves: false,
        reason: {
          th: "ส่งหรืออนุมัติแล้ว จึงไม่ย้าย (ปลดล็อกก่อนหากต้องการย้าย)",
          en: "Submitted or approved, so it stays (unlock it first to move it).",
        },
      },
    ],
    report_dates: [
      {
        fiscal_year_be: 2570,
        kind: "application",
        dates: [
          { title: "รายงานจังหวัด ครั้งที่ ๑", date: "2027-01-25" },
          { title: "รายงานจังหวัด ครั้งที่ ๒", date: "2027-02-26" },
        ],
        edited: true,
      },
    ],
    already_taken: false,
    ...overrides,
  };
}

/** This office's rounds, newest first: this year's draft, last year's certified application, and the one before. */
export const OFFICE_ROUNDS: Round[] = [
  round({ id: 5, fiscal_year_be: 2570, kind: "application", state: "draft" }),
  round({ id: 3, fiscal_year_be: 2569, kind: "application", state: "approved", approved_at: "2026-03-01T03:00:00Z" }),
  round({ id: 4, fiscal_year_be: 2569, kind: "maintenance-6-month", state: "approved" }),
  round({ id: 1, fiscal_year_be: 2568, kind: "application", state: "approved" }),
];

export interface PackageStore {
  rounds: Round[];
  /** What choose_province_package answers: a preview, null (cancelled) or a refusal. */
  chosen: PackagePreview | null | { code: string; th: string; en: string };
  /** What create_round_from answers, given the new round. */
  carried: (round: Round) => CarriedRound;
  /** Checklists by round id; the ready screen's otherwise. */
  checklists: Map<number, Checklist>;
  calls: Array<[string, unknown]>;
}

export function newPackageStore(overrides: Partial<PackageStore> = {}): PackageStore {
  return {
    rounds: [...OFFICE_ROUNDS],
    chosen: preview(),
    carried: (made) => ({ round: made, from_round: 3, answers: 12, links: 30, left_behind: [], stale_evidence: [] }),
    checklists: new Map(),
    calls: [],
    ...overrides,
  };
}

const refusal = (value: unknown): value is { code: string; th: string; en: string } =>
  typeof value === "object" && value !== null && "code" in value;

/** A stand-in for the commands the two dialogs and a reload use; `fail` makes one command refuse. */
export function packageApi(store: PackageStore, fail: Record<string, { code: string; th: string; en: string }> = {}) {
  const made = (kind: RoundKind, year: number) => {
    const created = round({ id: Math.max(...store.rounds.map((r) => r.id)) + 1, kind, fiscal_year_be: year });
    store.rounds.unshift(created);
    return created;
  };
  const answer: Record<string, (args: Record<string, unknown>) => unknown> = {
    list_packs: () => PACKS,
    get_report_dates: ({ fiscalYearBe, kind }): ReportDates => ({
      fiscal_year_be: fiscalYearBe as number,
      kind: kind as RoundKind,
      dates: kind === "application" ? [{ title: "ส่งรายงานให้จังหวัด", date: "2027-01-31" }] : [],
      edited: kind === "application",
    }),
    export_province_package: ({ request }) => {
      const { pack_id, pack_version } = request as { pack_id: string; pack_version: number };
      return {
        path: `/media/province/GECC/ชุดเกณฑ์จังหวัดปัตตานี-${pack_id}-v${pack_version}.zip`,
        file_name: `ชุดเกณฑ์จังหวัดปัตตานี-${pack_id}-v${pack_version}.zip`,
        fingerprint: "4F2A-91C3-77DE-0B15",
        bytes: 48_211,
      };
    },
    open_export_folder: () => null,
    choose_province_package: () => {
      if (refusal(store.chosen)) throw { code: store.chosen.code, message: { th: store.chosen.th, en: store.chosen.en } };
      return store.chosen;
    },
    import_province_package: () => store.chosen,
    get_office: () => readyState().office,
    list_rounds: () => store.rounds,
    get_checklist: ({ roundId }) =>
      store.checklists.get(roundId as number) ?? { ...readyState().checklist!, round: store.rounds.find((r) => r.id === roundId) },
    create_round: ({ input }) => {
      const { kind, fiscal_year_be } = input as { kind: RoundKind; fiscal_year_be: number };
      return made(kind, fiscal_year_be);
    },
    create_round_from: ({ input }) => {
      const { kind, fiscal_year_be } = input as { kind: RoundKind; fiscal_year_be: number };
      return store.carried(made(kind, fiscal_year_be));
    },
    get_pack: () => readyState().checklist!.pack,
    // As the store does: a save makes a carried answer this round's own.
    save_answer: ({ roundId, itemId, input }) => ({
      answer: {
        ...(input as object),
        round_id: roundId,
        item_id: itemId,
        updated_at: "2026-11-22T04:00:00Z",
        updated_by: "unknown",
        carried_from_round: null,
      },
      score: readyState().score,
      tallies: [],
      revision: 1,
    }),
  };
  // Through the real API, so the arguments arrive named as the shell's commands name them.
  return createApi(async <T>(command: string, args: Record<string, unknown> = {}) => {
    store.calls.push([command, args]);
    const refused = fail[command];
    if (refused) throw { code: refused.code, message: { th: refused.th, en: refused.en } };
    return answer[command]?.(args) as T;
  });
}
