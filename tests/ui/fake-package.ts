//! The province package's and the carry-over's part of the in-page stand-in for the shell
//! (issue 16): writing a package, choosing one (held "in the shell") and taking it in,
//! refused as the store refuses a key nobody has checked; and a new round started from an
//! earlier one, whose answers and evidence links say where they came from. Installed
//! before the UI loads; harness.ts's stand-in asks it first, and answers itself whatever
//! it leaves (undefined).

/** A package from ปัตตานี signed by a key this PC has not seen: three advanced items added to the 2568 criteria. */
export const NEW_KEY_PACKAGE = {
  province: "ปัตตานี",
  fingerprint: "4F2A-91C3-77DE-0B15",
  trust: { state: "new" },
  bagging_time: "2026-11-20T09:15:00+07:00",
  pack_id: "gecc-2568",
  pack_version: 3,
  pack_title: { th: "เกณฑ์ GECC 2568 ฉบับจังหวัดปัตตานี", en: "GECC 2568, Pattani edition" },
  compared_version: 2,
  items_added: [
    { item_id: "quality.2-5", code: "2.5", title: { th: "มีช่องทางรับฟังความคิดเห็นและข้อร้องเรียนหลายช่องทาง", en: "" }, points: 2 },
    { item_id: "quality.2-6", code: "2.6", title: { th: "ตอบข้อร้องเรียนภายในเวลาที่ประกาศไว้", en: "" }, points: 2 },
    { item_id: "quality.2-7", code: "2.7", title: { th: "เผยแพร่ผลการปรับปรุงบริการจากข้อร้องเรียนให้ประชาชนทราบ", en: "" }, points: 2 },
  ],
  items_removed: [],
  parts: [
    {
      part_id: "physical",
      title: { th: "ด้านกายภาพ (Checklist)", en: "" },
      items_before: 14,
      items_after: 14,
      points_before: 0,
      points_after: 0,
    },
    { part_id: "quality", title: { th: "ด้านคุณภาพ", en: "" }, items_before: 8, items_after: 11, points_before: 8, points_after: 14 },
    { part_id: "outcome", title: { th: "ด้านผลลัพธ์", en: "" }, items_before: 3, items_after: 3, points_before: 30, points_after: 30 },
  ],
  rounds: [
    { round_id: 1, fiscal_year_be: 2570, kind: "application", pack_version: 2, moves: true, reason: null },
    {
      round_id: 9,
      fiscal_year_be: 2569,
      kind: "application",
      pack_version: 2,
      moves: false,
      reason: { th: "ส่งหรืออนุมัติแล้ว จึงไม่ย้าย (ปลดล็อกก่อนหากต้องการย้าย)", en: "" },
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
};

interface Round {
  id: number;
  kind: string;
  fiscal_year_be: number;
  state: string;
  approved_at: string | null;
}

interface Checklist {
  round: Round;
  answers: Array<Record<string, unknown>>;
  links: Array<Record<string, unknown>>;
  item_evidence: Array<Record<string, unknown>>;
}

/** Runs in the page: sets `window.__FAKE_PACKAGE__`, which answers a command or returns undefined. */
export function fakePackageDesk({ checklist, preview }: { checklist: Checklist; preview: typeof NEW_KEY_PACKAGE }): void {
  // Rounds started from an earlier one, newest first, each with its checklist.
  const made: Checklist[] = [];
  let taken = false;
  const refuse = (code: string, th: string) => {
    throw { code, message: { th, en: th } };
  };
  const answer = (command: string, args: Record<string, unknown>): unknown => {
    switch (command) {
      case "export_province_package": {
        const request = args.request as { pack_id: string; pack_version: number };
        const fileName = `ชุดเกณฑ์จังหวัดปัตตานี-${request.pack_id}-v${request.pack_version}.zip`;
        return { path: `/media/province/GECC/${fileName}`, file_name: fileName, fingerprint: "4F2A-91C3-77DE-0B15", bytes: 48_211 };
      }
      case "choose_province_package":
        return { ...preview, already_taken: taken };
      case "import_province_package":
        if (preview.trust.state !== "known" && args.acceptNewKey !== true) {
          refuse("BUNDLE_REFUSED", `ชุดเกณฑ์นี้ลงนามด้วยกุญแจที่เครื่องนี้ยังไม่รู้จัก (ลายนิ้วมือ ${preview.fingerprint})`);
        }
        taken = true;
        return preview;
      case "create_round_from": {
        const input = args.input as { kind: string; fiscal_year_be: number };
        const carry = args.carry as { from_round: number; statuses: boolean; notes: boolean; evidence_before: string | null };
        const round = {
          ...checklist.round,
          id: 100 + made.length,
          kind: input.kind,
          fiscal_year_be: input.fiscal_year_be,
          state: "draft",
          approved_at: null,
        };
        const answers = checklist.answers.map((a) => ({
          ...a,
          round_id: round.id,
          status: carry.statuses ? a.status : "not_started",
          note: carry.notes ? a.note : "",
          carried_from_round: carry.from_round,
        }));
        const links = checklist.links.map((l) => ({ ...l, round_id: round.id, carried_from_round: carry.from_round }));
        // Every carried file is older than any day chosen: each item with evidence wants a new photo.
        const stale = carry.evidence_before ? checklist.links.map((l) => String(l.item_id)) : [];
        const itemEvidence = checklist.item_evidence.map((e) => ({ ...e, needs_new_photo: stale.includes(String(e.item_id)) }));
        made.unshift({ ...checklist, round, answers, links, item_evidence: itemEvidence });
        return {
          round,
          from_round: carry.from_round,
          answers: answers.length,
          links: links.length,
          left_behind: [],
          stale_evidence: stale,
        };
      }
      case "list_rounds":
        return made.length > 0 ? [...made.map((c) => c.round), checklist.round] : undefined;
      case "get_checklist":
        return made.find((c) => c.round.id === args.roundId);
      default:
        return undefined;
    }
  };
  Object.assign(window, { __FAKE_PACKAGE__: { answer } });
}
